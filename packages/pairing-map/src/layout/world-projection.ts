/**
 * The projection of the `world` layout: the whole world turned so that no link is cut.
 *
 * Decision (docs/design/partners.md has the pictures' verdict): an Equal Earth map whose central
 * meridian is the home place's longitude. A minor great-circle arc from the home place changes
 * longitude monotonically by less than 180°, so it can never reach the meridian opposite home,
 * which is where the turned map is cut: every home–partner link is drawn whole. The azimuthal
 * equidistant alternative (`kind: 'azimuthal-equidistant'`) draws links as straight spokes with
 * true distances from home, but shears far continents past recognition; it stays available.
 */
import { geoAzimuthalEquidistant, geoCircle, geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { Geometry, GeometryCollection } from 'geojson';
import { circularMeanLongitude, hasValidCoordinates, kmToDegrees, longitudeDelta, wrapLongitude } from './geo-math.ts';
import type { LayoutPlace } from './types.ts';

/** Which projection the `world` layout uses. */
export const WORLD_PROJECTIONS = ['equal-earth', 'azimuthal-equidistant'] as const;
export type WorldProjectionKind = (typeof WORLD_PROJECTIONS)[number];

/** Options of `worldProjection()`. */
export interface WorldProjectionOptions {
  readonly width: number;
  readonly height: number;
  /** Space kept free inside the edges for dots and labels. Default 32 px, at most a quarter of the smaller side. */
  readonly padding?: number;
  /** Default `equal-earth`. */
  readonly kind?: WorldProjectionKind;
  /** Smallest ground distance the view spans around the centre. Default 3,000 km. */
  readonly minSpanKm?: number;
}

/** A link to keep whole: two `[lon, lat]` ends of a great-circle arc. */
export type Arc = readonly [readonly [number, number], readonly [number, number]];

/**
 * The central meridian that cuts none of `arcs`: the middle of the widest stretch of longitude
 * that no arc crosses (each arc taken the short way), turned round by 180°. `null` when the arcs
 * cover every longitude together (then some arc must be cut, whatever the turn).
 */
export function uncutCentralMeridian(arcs: readonly Arc[]): number | null {
  if (arcs.length === 0) return null;
  // Each arc covers [start, start + span] eastwards, with start in [0, 360).
  const spans = arcs
    .map(([a, b]) => {
      const d = longitudeDelta(a[0], b[0]);
      const start = d >= 0 ? a[0] : b[0];
      return [((start % 360) + 360) % 360, Math.abs(d)] as const;
    })
    .sort((x, y) => x[0] - y[0]);
  let best: { gap: number; at: number } | null = null;
  // An arc that runs past 360° covers the start of the circle too.
  let reach = Math.max(spans[0]![0] + spans[0]![1], ...spans.map(([start, span]) => start + span - 360));
  for (const [start, span] of [...spans.slice(1), [spans[0]![0] + 360, 0] as const]) {
    if (start > reach && (!best || start - reach > best.gap)) best = { gap: start - reach, at: (start + reach) / 2 };
    reach = Math.max(reach, start + span);
  }
  return best ? wrapLongitude(best.at + 180) : null;
}

/**
 * A projection fitted to `[[pad, pad], [width − pad, height − pad]]` that shows every place and
 * every arc whole (the arcs are part of what is fitted, so a link bulging toward a pole stays in
 * view), clipped to the drawing space. Centred on `home` when given, else on
 * `uncutCentralMeridian(arcs)`, else on the places' circular-mean longitude.
 */
export function worldProjection(
  places: readonly LayoutPlace[],
  arcs: readonly Arc[],
  home: LayoutPlace | null,
  options: WorldProjectionOptions,
): GeoProjection {
  const { width, height, kind = 'equal-earth', minSpanKm = 3000 } = options;
  const pad = Math.min(options.padding ?? 32, width / 4, height / 4);
  const valid = places.filter(hasValidCoordinates);
  const homeOk = home && hasValidCoordinates(home) ? home : null;
  const lon0 = homeOk ? homeOk.lon : (uncutCentralMeridian(arcs) ?? circularMeanLongitude(valid.map((p) => p.lon)));
  const lat0 = homeOk ? homeOk.lat : valid.reduce((sum, p) => sum + p.lat, 0) / Math.max(1, valid.length);
  const projection = kind === 'equal-earth'
    ? geoEqualEarth().rotate([-lon0, 0])
    : geoAzimuthalEquidistant().rotate([-lon0, -lat0]);
  const extent: [[number, number], [number, number]] = [[pad, pad], [width - pad, height - pad]];
  const geometries: Geometry[] = [
    ...arcs.map((arc): Geometry => ({ type: 'LineString', coordinates: [[...arc[0]], [...arc[1]]] })),
    geoCircle().center([lon0, lat0]).radius(kmToDegrees(minSpanKm) / 2)(),
  ];
  if (valid.length > 0) geometries.push({ type: 'MultiPoint', coordinates: valid.map((p) => [p.lon, p.lat]) });
  const object: GeometryCollection = { type: 'GeometryCollection', geometries };
  return projection.fitExtent(extent, object).clipExtent([[0, 0], [width, height]]);
}
