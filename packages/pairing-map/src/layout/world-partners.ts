/**
 * The `world` layout: one place's partners across many countries, on one world map centred on
 * the home place (see `worldProjection()`), with every home–partner link drawn whole along its
 * great circle, the home place emphasised and labels that never collide.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { hasValidCoordinates, round2 } from './geo-math.ts';
import type { Link } from './pairing-links.ts';
import { agreementCounts, placeDots, type Dot, type SkippedPlace } from './place-dots.ts';
import { labelPriority, placeLabels, type Label } from './place-labels.ts';
import { projector } from './project.ts';
import type { GlobeLayout, LayoutPlace, LayoutTwinning } from './types.ts';
import { worldProjection, type Arc, type WorldProjectionKind } from './world-projection.ts';

/**
 * The world layout's frame. It is a `GlobeLayout` (one projection over the whole drawing space),
 * so `projector()`, `basemapPaths()` and the map's globe renderer draw it as they are; the extra
 * fields say why it was turned the way it is.
 */
export interface WorldLayout extends GlobeLayout {
  readonly variant: 'world';
  readonly projectionKind: WorldProjectionKind;
  /** The home place's id, `null` when none was given or it can't be drawn. */
  readonly home: string | null;
}

/** A dot of the world layout; `home` marks the place whose partners are shown. */
export interface WorldDot extends Dot {
  readonly home: boolean;
}

/** A link the world layout could not draw, and why. */
export interface WorldSkippedLink {
  readonly id: string;
  readonly placeIds: readonly [string, string];
  /** `not-home`: the twinning does not involve the home place (pass only the home's twinnings). */
  readonly reason: 'unknown-place' | 'invalid-coordinates' | 'outside-view' | 'not-home';
}

/** Options of `worldPartners()`. */
export interface WorldPartnersOptions {
  readonly width: number;
  readonly height: number;
  readonly padding?: number;
  readonly projection?: WorldProjectionKind;
  /** Label text of a place (its name in the reader's language). Default: the id. */
  readonly labelText?: (place: LayoutPlace) => string;
  readonly fontSize?: number;
  /** Dot radii: partners get `radius`, the home place `homeRadius`. Defaults 4 and 7 px. */
  readonly radius?: number;
  readonly homeRadius?: number;
}

/** Everything the map draws in the world layout, as plain numbers and strings. */
export interface WorldPartners {
  readonly layout: WorldLayout;
  /** Home first, then partners in the order of `places`. */
  readonly dots: WorldDot[];
  /** One per home–partner pair, in twinning order; `placeIds` is always `[home, partner]`. */
  readonly links: Link[];
  readonly labels: Label[];
  /** Ids of drawn places that found no free spot for a label (the element lists them, e.g. in the legend). */
  readonly unlabelled: string[];
  readonly skipped: { readonly places: SkippedPlace[]; readonly links: WorldSkippedLink[] };
  /**
   * The height the drawing needs at this width: the fitted content (places and whole links) plus
   * the padding above and below. On a phone the world is wider than tall; an element that sizes
   * itself by this (then lays out again) leaves no empty band under the map.
   */
  readonly contentHeight: number;
}

/**
 * Lays out the partners of `homeId`. Every twinning that includes the home place gives a link from
 * home to each other party; twinnings without it, and partners that can't be placed, come back in
 * `skipped` (never dropped). The home label is placed first, then partners by id.
 * Pass the framed subset (`frameSubset(data, { place: homeId })`): every place given is drawn.
 * @throws Error `invalid home: …` when `homeId` is not among `places`.
 */
export function worldPartners<P extends LayoutPlace>(
  places: readonly P[],
  twinnings: readonly LayoutTwinning[],
  homeId: string,
  options: WorldPartnersOptions,
): WorldPartners {
  const { width, height, labelText = (p: LayoutPlace) => p.id, fontSize = 12, radius = 4, homeRadius = 7 } = options;
  const placeById = new Map<string, LayoutPlace>(places.map((p) => [p.id, p]));
  const home = placeById.get(homeId);
  if (!home) throw new Error(`invalid home: "${homeId}" is not one of the places`);
  const skippedLinks: WorldSkippedLink[] = [];
  const pairs: { id: string; partner: LayoutPlace }[] = [];
  for (const t of twinnings) {
    if (!t.places.includes(homeId)) {
      skippedLinks.push({ id: t.id, placeIds: [t.places[0] ?? '', t.places[1] ?? ''], reason: 'not-home' });
      continue;
    }
    for (const otherId of t.places.filter((id) => id !== homeId)) {
      const partner = placeById.get(otherId);
      const placeIds = [homeId, otherId] as const;
      if (!partner) skippedLinks.push({ id: t.id, placeIds, reason: 'unknown-place' });
      else if (!hasValidCoordinates(home) || !hasValidCoordinates(partner)) skippedLinks.push({ id: t.id, placeIds, reason: 'invalid-coordinates' });
      else pairs.push({ id: t.id, partner });
    }
  }
  const arcs: Arc[] = pairs.map(({ partner }) => [[home.lon, home.lat], [partner.lon, partner.lat]]);
  const kind = options.projection ?? 'equal-earth';
  const projection = worldProjection(places, arcs, home, { width, height, padding: options.padding, kind });
  const layout: WorldLayout = {
    layoutKind: 'globe', variant: 'world', projectionKind: kind, width, height, projection,
    home: hasValidCoordinates(home) ? homeId : null,
  };
  const project = projector(layout);
  const ordered = [home, ...places.filter((p) => p.id !== homeId)];
  const { dots: plain, skipped } = placeDots(ordered, [], project, { minRadius: radius, maxRadius: radius });
  const counts = agreementCounts(twinnings);
  const dots = plain.map((d): WorldDot => ({ ...d, r: d.id === homeId ? homeRadius : radius, count: counts.get(d.id) ?? 0, home: d.id === homeId }));
  const links = drawLinks(pairs, home, projection, project, skippedLinks);
  const labels = placeLabels(
    dots.map((d) => ({ id: d.id, x: d.x, y: d.y, r: d.r, text: labelText(placeById.get(d.id)!), priority: labelPriority({ selected: d.home, count: 0 }) })),
    { width, height, fontSize },
  );
  const labelled = new Set(labels.map((l) => l.id));
  const pad = Math.min(options.padding ?? 32, width / 4, height / 4);
  const [[, y0], [, y1]] = geoPath(projection).bounds({
    type: 'GeometryCollection',
    geometries: [
      ...arcs.map((arc): Geometry => ({ type: 'LineString', coordinates: [[...arc[0]], [...arc[1]]] })),
      { type: 'MultiPoint', coordinates: [home, ...pairs.map((p) => p.partner)].filter(hasValidCoordinates).map((p) => [p.lon, p.lat]) },
    ],
  });
  const contentHeight = Number.isFinite(y1 - y0) ? Math.ceil(y1 - y0 + 2 * pad) : height;
  return {
    layout, dots, links, labels, unlabelled: dots.filter((d) => !labelled.has(d.id)).map((d) => d.id),
    skipped: { places: skipped, links: skippedLinks }, contentHeight: Math.min(height, contentHeight),
  };
}

function drawLinks(
  pairs: readonly { id: string; partner: LayoutPlace }[],
  home: LayoutPlace,
  projection: GeoProjection,
  project: ReturnType<typeof projector>,
  skipped: WorldSkippedLink[],
): Link[] {
  const path = geoPath(projection).digits(2);
  const from = project(home);
  const links: Link[] = [];
  for (const { id, partner } of pairs) {
    const to = project(partner);
    if (!from.ok || !to.ok) {
      skipped.push({ id, placeIds: [home.id, partner.id], reason: 'outside-view' });
      continue;
    }
    const d = path({ type: 'LineString', coordinates: [[home.lon, home.lat], [partner.lon, partner.lat]] }) ?? '';
    links.push({
      key: `${id}/${partner.id}`, id, d,
      source: [round2(from.x), round2(from.y)], target: [round2(to.x), round2(to.y)], placeIds: [home.id, partner.id],
    });
  }
  return links;
}

export { chooseLayout, joinedCountries, MAP_LAYOUTS, type MapLayoutName } from './layout-choice.ts';
export { uncutCentralMeridian, worldProjection, WORLD_PROJECTIONS, type Arc, type WorldProjectionKind, type WorldProjectionOptions } from './world-projection.ts';
