/**
 * TopoJSON topologies (the world-atlas files) as features and border meshes. Apart from
 * basemap.ts so that topojson-client stays out of the map's first download: the default split
 * view draws the regional assets, which are not TopoJSON, and the element loads topojson-client
 * with the world files only (basemap-loader.ts).
 */
import type { Feature, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoProjection } from 'd3-geo';
import { clippedPath } from './basemap.ts';
import type { Extent } from './types.ts';

/** Features of one object of a TopoJSON topology (e.g. `countries` or `land` of world-atlas). */
export function topologyFeatures(topology: Topology, object: string): Feature<Geometry>[] {
  const geometry = topology.objects[object];
  if (!geometry) throw new Error(`invalid object: ${object} (the topology has ${Object.keys(topology.objects).join(', ')})`);
  const result = feature(topology, geometry);
  return 'features' in result ? result.features : [result];
}

/**
 * One path of the borders shared by two countries of a topology (each border drawn once, so
 * strokes don't double up), clipped to `extent`. Returns '' when none is in view.
 */
export function borderPath(topology: Topology, object: string, projection: GeoProjection, extent: Extent): string {
  const geometry = topology.objects[object] as GeometryCollection | undefined;
  if (!geometry) throw new Error(`invalid object: ${object}`);
  return clippedPath(projection, extent)(mesh(topology, geometry, (a, b) => a !== b)) ?? '';
}
