/**
 * The `split` layout: one panel per country, each with its own projection, western country first.
 */
import { geoAzimuthalEqualArea, geoCircle, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { GeometryCollection } from 'geojson';
import { hasValidCoordinates, kmToDegrees, longitudeDelta, placesCentre } from './geo-math.ts';
import type { LayoutPlace, Panel, SplitLayout } from './types.ts';

/** Options of `splitPanels()`. */
export interface SplitOptions {
  /** Width of the drawing space in pixels. */
  readonly width: number;
  /** Height of the drawing space in pixels. */
  readonly height: number;
  /** Space between the two panels in pixels. Default 24. */
  readonly gap?: number;
  /** Space kept free inside each panel's edges (dots, labels). Default 28 px, at most a quarter of the panel. */
  readonly padding?: number;
  /** Smallest ground distance a panel spans, so one city is not zoomed to street level. Default 400 km. */
  readonly minSpanKm?: number;
  /** Below this width the panels are stacked, western on top. Default 560 px. */
  readonly stackBelow?: number;
}

/**
 * The two countries of a two-country set of places, western first, or `null` when the places
 * (those with valid coordinates) do not belong to exactly two countries.
 * "Western" is decided between the countries' centres the shorter way round the globe,
 * so Japan is west of Canada across the Pacific (105° apart), not east of it (255°).
 */
export function splitCountries(places: readonly LayoutPlace[]): [string, string] | null {
  const groups = groupByCountry(places);
  if (groups.size !== 2) return null;
  const [a, b] = [...groups.keys()] as [string, string];
  const delta = longitudeDelta(placesCentre(groups.get(a)!)[0], placesCentre(groups.get(b)!)[0]);
  return delta >= 0 ? [a, b] : [b, a];
}

/**
 * Lays out one panel per country for places that belong to exactly two countries.
 * Panels sit side by side (`split`) with the western country on the left, or, when `width` is
 * below `stackBelow`, one above the other (`stacked`) with the western country on top.
 * The space is shared so that the product of the areas the two panels' contents fill is largest
 * (a balance: neither country is shrunk to feed the other), each panel getting 25–75 %.
 *
 * Each panel gets a Lambert conformal conic projection centred on its places' mean longitude,
 * with standard parallels at one sixth and five sixths of their latitude range: shapes stay
 * true (familiar national-map look; Canada's own atlases use it) and north is up on the central
 * meridian. Places spanning more than 120° of longitude or reaching beyond 75° of latitude get an
 * azimuthal equal-area projection centred on them instead, where a cone would tear.
 * The projection is fitted to the places plus a circle `minSpanKm` wide around their centre,
 * and its stream is clipped to the panel.
 *
 * Places with invalid coordinates are ignored here; `placeDots()` reports them.
 * @throws Error `invalid places: …` when the places do not belong to exactly two countries.
 */
export function splitPanels(places: readonly LayoutPlace[], options: SplitOptions): SplitLayout {
  const { width, height, gap = 24, padding = 28, minSpanKm = 400, stackBelow = 560 } = options;
  const order = splitCountries(places);
  if (!order) {
    const found = [...groupByCountry(places).keys()].join(', ') || 'none';
    throw new Error(`invalid places: the split layout needs exactly two countries, got ${found}`);
  }
  const groups = groupByCountry(places);
  const stacked = width < stackBelow;
  const fits = order.map((country) => panelFit(groups.get(country)!, minSpanKm));
  const along = (stacked ? height : width) - gap;
  const across = stacked ? width : height;
  const first = Math.round(along * bestShare(fits[0]!.aspect, fits[1]!.aspect, along, across, padding, stacked));
  const sizes = [first, along - first] as const;
  const panels = order.map((country, i): Panel => {
    const offset = i === 0 ? 0 : sizes[0] + gap;
    const x = stacked ? 0 : offset;
    const y = stacked ? offset : 0;
    const w = stacked ? width : sizes[i]!;
    const h = stacked ? sizes[i]! : height;
    const pad = Math.min(padding, w / 4, h / 4);
    const { projection, object } = fits[i]!;
    projection.fitExtent([[x + pad, y + pad], [x + w - pad, y + h - pad]], object);
    projection.clipExtent([[x, y], [x + w, y + h]]);
    return { country, x, y, width: w, height: h, projection, placeIds: groups.get(country)!.map((p) => p.id) };
  });
  return { layoutKind: stacked ? 'stacked' : 'split', width, height, panels: [panels[0]!, panels[1]!] };
}

/** Picks and orients the projection for one country's places; returns what to fit and its aspect. */
function panelFit(places: readonly LayoutPlace[], minSpanKm: number) {
  const centre = placesCentre(places);
  const deltas = places.map((p) => longitudeDelta(centre[0], p.lon));
  const lonSpan = extent(deltas)[1] - extent(deltas)[0];
  const [lat0, lat1] = extent(places.map((p) => p.lat));
  let projection: GeoProjection;
  if (lonSpan > 120 || Math.max(Math.abs(lat0), Math.abs(lat1)) > 75) {
    projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]);
  } else {
    const sixth = (lat1 - lat0) / 6;
    projection = geoConicConformal().rotate([-centre[0], 0]).parallels([lat0 + sixth, lat1 - sixth]);
  }
  const object: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) },
      geoCircle().center(centre).radius(kmToDegrees(minSpanKm) / 2)(),
    ],
  };
  projection.fitExtent([[0, 0], [1000, 1000]], object);
  const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(object);
  const aspect = clamp((bx1 - bx0) / Math.max(1e-6, by1 - by0), 0.4, 3);
  return { projection, object, aspect };
}

/** The first panel's share (0.25–0.75, in steps of 0.01) that maximises the product of filled areas. */
function bestShare(a0: number, a1: number, along: number, across: number, padding: number, stacked: boolean): number {
  const filled = (aspect: number, size: number) => {
    const w = Math.max(1, (stacked ? across : size) - 2 * padding);
    const h = Math.max(1, (stacked ? size : across) - 2 * padding);
    return Math.min(w, aspect * h) * Math.min(w / aspect, h);
  };
  let best = 0.5;
  let bestValue = -1;
  for (let step = 25; step <= 75; step++) {
    const share = step / 100;
    const value = filled(a0, along * share) * filled(a1, along * (1 - share));
    if (value > bestValue + 1e-9) [best, bestValue] = [share, value];
  }
  return best;
}

function groupByCountry(places: readonly LayoutPlace[]): Map<string, LayoutPlace[]> {
  const groups = new Map<string, LayoutPlace[]>();
  for (const place of places) {
    if (!hasValidCoordinates(place)) continue;
    const list = groups.get(place.country);
    if (list) list.push(place);
    else groups.set(place.country, [place]);
  }
  return groups;
}

/** [min, max] without spreading (safe for tens of thousands of values). */
function extent(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
