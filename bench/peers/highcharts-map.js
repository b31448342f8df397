// Highcharts with its map, flowmap and accessibility modules drawing the pairing map.
import Highcharts from 'highcharts/esm/highcharts.src.js';
import 'highcharts/esm/modules/map.src.js';
import 'highcharts/esm/modules/flowmap.src.js';
import 'highcharts/esm/modules/accessibility.src.js';

export function draw(container, { dataset, topology, width, height }) {
  const points = dataset.places.map((p) => ({ id: p.id, lat: p.lat, lon: p.lon, name: p.id }));
  const flows = dataset.twinnings.map((t) => ({ from: t.places[0], to: t.places[1] }));
  return Highcharts.mapChart(container, {
    chart: { map: topology, width, height },
    mapView: { projection: { name: 'EqualEarth' } },
    series: [{ type: 'map', name: 'land' }, { type: 'mappoint', id: 'places', data: points }, { type: 'flowmap', linkedTo: 'places', data: flows }],
  });
}
