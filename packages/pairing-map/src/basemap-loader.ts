/**
 * Loads world outlines from the `world-atlas` package that ships with Twinning (never from a
 * third-party server), as separate chunks on first use: 110m for wide views, 50m for regions.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type BasemapResolution = '110m' | '50m';
export type Countries = FeatureCollection<Polygon | MultiPolygon>;

const cache = new Map<BasemapResolution, Promise<Countries>>();

function toCountries(topology: Topology): Countries {
  return feature(topology, topology.objects['countries'] as GeometryCollection) as Countries;
}

/** Country outlines at `resolution`, loaded once per page. Rejects when the asset can't load. */
export function loadCountries(resolution: BasemapResolution): Promise<Countries> {
  let promise = cache.get(resolution);
  if (!promise) {
    promise = (resolution === '50m' ? import('world-atlas/countries-50m.json') : import('world-atlas/countries-110m.json')).then(
      (module) => toCountries((module as { default: unknown }).default as Topology),
    );
    promise.catch(() => cache.delete(resolution));
    cache.set(resolution, promise);
  }
  return promise;
}
