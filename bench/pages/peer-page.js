/**
 * Runs a peer's `draw()` (bundled in by the bench as `__PEER__`) on the dataset from `?data=`
 * and, for maps, the countries-110m topology, at the map element's size and projection family
 * (Natural Earth turned to the places' mean longitude, fitted to the places).
 */
import { geoNaturalEarth1 } from 'd3-geo';
import { draw } from '__PEER__';
import { fail, fetchJson, markRendered, MAP_HEIGHT, params, WIDTH } from './common.js';

function fittedProjection(places) {
  const rad = Math.PI / 180;
  const x = places.reduce((s, p) => s + Math.cos(p.lon * rad), 0);
  const y = places.reduce((s, p) => s + Math.sin(p.lon * rad), 0);
  const lon0 = Math.atan2(y, x) / rad;
  const projection = geoNaturalEarth1().rotate([-lon0, 0])
    .fitExtent([[28, 28], [WIDTH - 28, MAP_HEIGHT - 28]], { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) });
  return { rotate: projection.rotate(), scale: projection.scale(), translate: projection.translate() };
}

async function main() {
  const isMap = params.get('kind') === 'map';
  const [dataset, topology] = await Promise.all([fetchJson(params.get('data')), isMap ? fetchJson('countries-110m') : null]);
  const container = document.createElement('div');
  document.body.append(container);
  const projection = isMap ? fittedProjection(dataset.places) : null;
  await draw(container, { dataset, topology, projection, width: WIDTH, height: MAP_HEIGHT });
  markRendered();
}
main().catch(fail);
