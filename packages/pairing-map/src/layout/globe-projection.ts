/**
 * The `globe` layout: one world map turned to face the places.
 */
import { geoCircle, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { GeometryCollection } from 'geojson';
import { circularMeanLongitude, hasValidCoordinates, kmToDegrees } from './geo-math.ts';
import type { GlobeLayout, LayoutPlace } from './types.ts';

/** Options of `globeProjection()`. */
export interface GlobeOptions {
  /** Width of the drawing space in pixels. */
  readonly width: number;
  /** Height of the drawing space in pixels. */
  readonly height: number;
  /** Space kept free inside the edges. Default 28 px, at most a quarter of the smaller side. */
  readonly padding?: number;
  /** Smallest ground distance the view spans, which caps the zoom on a tight cluster. Default 2,000 km. */
  readonly minSpanKm?: number;
}

/**
 * A Natural Earth projection turned so the places' circular-mean longitude is the central
 * meridian, then fitted to the places (plus a circle `minSpanKm` wide around that centre).
 * A trans-Pacific set is thus centred near 180° and its cut (the antimeridian of the turned map)
 * falls in the Atlantic, away from every place and link. Only longitude turns, so north stays up.
 * With no valid places it shows the whole world centred on 0°.
 */
export function globeProjection(places: readonly LayoutPlace[], options: GlobeOptions): GeoProjection {
  const { width, height, minSpanKm = 2000 } = options;
  const pad = Math.min(options.padding ?? 28, width / 4, height / 4);
  const valid = places.filter(hasValidCoordinates);
  const extent: [[number, number], [number, number]] = [[pad, pad], [width - pad, height - pad]];
  const projection = geoNaturalEarth1();
  if (valid.length === 0) return projection.fitExtent(extent, { type: 'Sphere' });
  const lon0 = circularMeanLongitude(valid.map((p) => p.lon));
  const lat0 = valid.reduce((sum, p) => sum + p.lat, 0) / valid.length;
  projection.rotate([-lon0, 0]);
  const object: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'MultiPoint', coordinates: valid.map((p) => [p.lon, p.lat]) },
      geoCircle().center([lon0, lat0]).radius(kmToDegrees(minSpanKm) / 2)(),
    ],
  };
  return projection.fitExtent(extent, object);
}

/** `globeProjection()` wrapped as a `GlobeLayout`, the shape `pairingLinks()` and `projector()` take. */
export function globeLayout(places: readonly LayoutPlace[], options: GlobeOptions): GlobeLayout {
  return { layoutKind: 'globe', width: options.width, height: options.height, projection: globeProjection(places, options) };
}
