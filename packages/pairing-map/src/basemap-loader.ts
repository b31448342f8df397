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

type Importer = (resolution: BasemapResolution) => Promise<unknown>;
// Literal import() calls, so bundlers split each outline file into its own chunk.
const defaultImporter: Importer = (resolution) =>
  resolution === '50m' ? import('world-atlas/countries-50m.json') : import('world-atlas/countries-110m.json');
let importer = defaultImporter;

/**
 * @internal Test hook: replaces how outline files are imported (null restores the default) and
 * forgets those already loaded, e.g. to show what the map does when the download fails.
 */
export function setBasemapImporter(next: Importer | null): void {
  importer = next ?? defaultImporter;
  cache.clear();
}

function toCountries(topology: Topology): Countries {
  return feature(topology, topology.objects['countries'] as GeometryCollection) as Countries;
}

/** Country outlines at `resolution`, loaded once per page. Rejects when the asset can't load. */
export function loadCountries(resolution: BasemapResolution): Promise<Countries> {
  let promise = cache.get(resolution);
  if (!promise) {
    promise = importer(resolution).then(
      (module) => toCountries((module as { default: unknown }).default as Topology),
    );
    promise.catch(() => cache.delete(resolution));
    cache.set(resolution, promise);
  }
  return promise;
}
