/**
 * Small spherical helpers shared by the layout functions.
 */
import type { LayoutPlace } from './types.ts';

const RAD = Math.PI / 180;

/** Mean radius of the Earth in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/** True when a place has finite WGS84 coordinates within range; others can't be drawn. */
export function hasValidCoordinates(place: Pick<LayoutPlace, 'lat' | 'lon'>): boolean {
  const { lat, lon } = place;
  return (
    typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) &&
    lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
  );
}

/**
 * The great-circle angle between two [lon, lat] points, in degrees (the formula d3-geo's
 * `geoDistance` uses, stable for short and antipodal distances; written here so the map does not
 * download d3's copy).
 */
export function angularDistanceDegrees(a: readonly [number, number], b: readonly [number, number]): number {
  const dLon = Math.abs(b[0] - a[0]) * RAD;
  const sinLat0 = Math.sin(a[1] * RAD), cosLat0 = Math.cos(a[1] * RAD);
  const sinLat1 = Math.sin(b[1] * RAD), cosLat1 = Math.cos(b[1] * RAD);
  const x = cosLat1 * Math.sin(dLon);
  const y = cosLat0 * sinLat1 - sinLat0 * cosLat1 * Math.cos(dLon);
  return Math.atan2(Math.sqrt(x * x + y * y), sinLat0 * sinLat1 + cosLat0 * cosLat1 * Math.cos(dLon)) / RAD;
}

/** Wraps a longitude into [-180, 180). */
export function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * Circular mean of longitudes in degrees, so 179° and −179° average to 180° (returned as −180),
 * not 0°. Returns 0 for an empty list or for longitudes that cancel out exactly.
 */
export function circularMeanLongitude(lons: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const lon of lons) {
    s += Math.sin(lon * RAD);
    c += Math.cos(lon * RAD);
  }
  if (Math.hypot(s, c) < 1e-9) return 0;
  return wrapLongitude(Math.atan2(s, c) / RAD);
}

/**
 * Signed shortest-way difference `to − from` in degrees, in (−180, 180]:
 * positive means `to` lies east of `from` going the shorter way round.
 */
export function longitudeDelta(from: number, to: number): number {
  const d = wrapLongitude(to - from);
  return d === -180 ? 180 : d;
}

/** Centre of a group of places: circular mean longitude, arithmetic mean latitude. */
export function placesCentre(places: readonly LayoutPlace[]): [number, number] {
  const lat = places.reduce((sum, p) => sum + p.lat, 0) / Math.max(1, places.length);
  return [circularMeanLongitude(places.map((p) => p.lon)), lat];
}

/** Rounds to two decimals, the precision of every number the layout emits. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Converts a distance on the ground in kilometres to degrees of arc. */
export function kmToDegrees(km: number): number {
  return km / EARTH_RADIUS_KM / RAD;
}
