/**
 * Basemap geometry: land and country outlines as SVG paths, clipped to a panel or view.
 * Loading the topology is the element's job; this only turns it into paths.
 */
import { geoClipRectangle, geoPath, geoTransform, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { angularDistanceDegrees } from './geo-math.ts';
import type { Extent } from './types.ts';

/** One basemap shape: a country or a piece of land. */
export interface BasemapPath {
  /** The feature's id (ISO 3166-1 numeric for world-atlas countries), else its name, else its index. */
  readonly id: string;
  /** The feature's name when it has one (world-atlas countries do). */
  readonly name?: string;
  /** SVG path data, two decimals. */
  readonly d: string;
}

/** World-atlas resolutions the element can load. */
export type Resolution = '110m' | '50m';

/**
 * Paths of the given features in a projection, clipped to `extent` (without changing the
 * projection). Features entirely outside the extent are left out.
 */
export function basemapPaths(
  features: FeatureCollection | readonly Feature[],
  projection: GeoProjection,
  extent: Extent,
  options: { planar?: boolean } = {},
): BasemapPath[] {
  const path = options.planar ? planarPath(projection, extent) : clippedPath(projection, extent);
  const list = 'features' in features ? features.features : features;
  const view = viewBounds(projection, extent);
  const paths: BasemapPath[] = [];
  list.forEach((f, index) => {
    // Projecting every point of a 50m world costs hundreds of ms; skip what can't be in view.
    if (view && !boundsOverlap(featureBounds(f), view)) return;
    const d = path(view && options.planar ? polygonsInView(f, view) : f);
    if (!d) return;
    const name = typeof f.properties?.['name'] === 'string' ? (f.properties['name'] as string) : undefined;
    const id = f.id !== undefined ? String(f.id) : (name ?? String(index));
    paths.push(name === undefined ? { id, d } : { id, name, d });
  });
  return paths;
}

/**
 * Great-circle distance, in degrees, across the middle of the view: from the left edge to the
 * right edge of `extent` at half its height, divided by the zoom factor `k`. A point that
 * falls off the projected world counts as a whole-world view (360°).
 */
export function viewSpanDegrees(projection: GeoProjection, extent: Extent, k = 1): number {
  const [[x0, y0], [x1, y1]] = extent;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const half = (x1 - x0) / 2 / k;
  const left = projection.invert?.([cx - half, cy]);
  const right = projection.invert?.([cx + half, cy]);
  if (!left || !right || !left.every(Number.isFinite) || !right.every(Number.isFinite)) return 360;
  return angularDistanceDegrees(left, right);
}

/**
 * Which world-atlas resolution suits a view: `50m` when the view spans less than `threshold`
 * degrees (default 25°: a region, where 110m coastlines look crude), else `110m`.
 * Pass the zoom factor `k` when the user has zoomed in.
 */
export function chooseResolution(projection: GeoProjection, extent: Extent, options: { k?: number; threshold?: number } = {}): Resolution {
  return viewSpanDegrees(projection, extent, options.k ?? 1) < (options.threshold ?? 25) ? '50m' : '110m';
}

/** A path generator drawing through `projection` and then a rectangle clip, two decimals. */
/**
 * For outlines already cut to a region that does not cross the antimeridian (the regional
 * assets): each point projected and the rings clipped to the panel in the plane, without the
 * spherical clipping and adaptive resampling of `projection.stream`, which were the largest
 * share of the map's first render (bench/profile-notes.md). Segments of outlines simplified for
 * the panel's scale are short, so drawing them straight is within a fraction of a pixel.
 */
function planarPath(projection: GeoProjection, extent: Extent) {
  const [[x0, y0], [x1, y1]] = extent;
  const clip = geoClipRectangle(x0, y0, x1, y1);
  const project = geoTransform({
    point(lon, lat) {
      const p = projection([lon, lat]);
      if (p) this.stream.point(p[0], p[1]);
    },
  });
  return geoPath({ stream: (sink) => project.stream(clip(sink)) }).digits(2);
}

export function clippedPath(projection: GeoProjection, extent: Extent) {
  const [[x0, y0], [x1, y1]] = extent;
  const clip = geoClipRectangle(x0, y0, x1, y1);
  return geoPath({ stream: (sink) => projection.stream(clip(sink)) }).digits(2);
}

type LonLatBox = [[number, number], [number, number]];
const boundsCache = new WeakMap<object, LonLatBox>();

/**
 * A regional feature without the polygons wholly outside `view` (the Canada panel does not
 * project Hawaii, the Caribbean or southern Mexico's islands of the North America asset). Such
 * a polygon draws nothing in the panel: its straight projected edges join vertices that are all
 * beyond the view box and its margin, and it cannot enclose the panel. Whole polygons only: no
 * vertex is moved, so the drawn outline is the same. Planar (regional) paths only.
 */
function polygonsInView(f: Feature, view: LonLatBox): Feature {
  if (f.geometry?.type !== 'MultiPolygon') return f;
  const polygons = f.geometry.coordinates;
  const kept = polygons.filter((polygon) => boundsOverlap(featureBounds(polygon, { type: 'Polygon', coordinates: polygon }), view));
  return kept.length === polygons.length ? f : { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/**
 * A feature's (or one polygon's) longitude/latitude box from its vertices, computed once per object. Only
 * used to skip what can't be in view, so it may err wide, never narrow: a feature spanning more
 * than 180° of longitude (it crosses the antimeridian) gets a crossing box, which always
 * overlaps; edges bulging past their vertices (great circles) stay within `viewBounds`'s margin.
 * (d3-geo's `geoBounds` is exact but weighs 0.9 kB gzip, downloaded before every map paints.)
 */
function featureBounds(f: object, geometry = (f as Feature).geometry): LonLatBox {
  let box = boundsCache.get(f);
  if (!box) {
    let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
    const visit = (c: Position) => {
      if (c[0]! < west) west = c[0]!;
      if (c[0]! > east) east = c[0]!;
      if (c[1]! < south) south = c[1]!;
      if (c[1]! > north) north = c[1]!;
    };
    eachPosition(geometry, visit);
    box = !(west <= east) ? [[-180, -90], [180, 90]] : east - west > 180 ? [[180, south], [-180, north]] : [[west, south], [east, north]];
    boundsCache.set(f, box);
  }
  return box;
}

/** Calls `visit` with every vertex of `geometry`. */
function eachPosition(geometry: Geometry | null, visit: (c: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point': return visit(geometry.coordinates);
    case 'MultiPoint': case 'LineString': return geometry.coordinates.forEach(visit);
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.forEach((line) => line.forEach(visit));
    case 'MultiPolygon': return geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
    case 'GeometryCollection': return geometry.geometries.forEach((g) => eachPosition(g, visit));
  }
}

/**
 * The longitude/latitude box a panel shows, from a grid of its points inverted through the
 * projection, widened by a margin; null when the view is too wide or crosses the antimeridian,
 * where a box can't be trusted (then nothing is skipped).
 */
export function viewBounds(projection: GeoProjection, extent: Extent, margin = 5): LonLatBox | null {
  const [[x0, y0], [x1, y1]] = extent;
  const lons: number[] = [];
  const lats: number[] = [];
  for (let i = 0; i <= 8; i++) {
    for (let j = 0; j <= 8; j++) {
      const point = projection.invert?.([x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * j) / 8]);
      if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
      lons.push(point[0]);
      lats.push(point[1]);
    }
  }
  const west = Math.min(...lons) - margin;
  const east = Math.max(...lons) + margin;
  if (east - west > 180) return null;
  return [[west, Math.max(-90, Math.min(...lats) - margin)], [east, Math.min(90, Math.max(...lats) + margin)]];
}

/** Whether two boxes overlap; a feature box that crosses the antimeridian overlaps in longitude always. */
function boundsOverlap(a: LonLatBox, b: LonLatBox): boolean {
  const latOverlap = a[0][1] <= b[1][1] && a[1][1] >= b[0][1];
  if (a[0][0] > a[1][0]) return latOverlap;
  const lonOverlap = (shift: number) => a[0][0] + shift <= b[1][0] && a[1][0] + shift >= b[0][0];
  return latOverlap && (lonOverlap(0) || lonOverlap(360) || lonOverlap(-360));
}
