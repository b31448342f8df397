// echarts with its map (geo) and lines series drawing the pairing map.
import { init, use, registerMap } from 'echarts/core';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';

use([LinesChart, ScatterChart, GeoComponent, TooltipComponent, SVGRenderer]);

export function draw(container, { dataset, topology, width, height }) {
  registerMap('world', feature(topology, topology.objects.countries));
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  const chart = init(container, null, { renderer: 'svg', width, height });
  chart.setOption({
    geo: { map: 'world', roam: true },
    series: [
      { type: 'lines', coordinateSystem: 'geo', data: dataset.twinnings.map((t) => ({ coords: t.places.map((id) => { const p = byId.get(id); return [p.lon, p.lat]; }) })) },
      { type: 'scatter', coordinateSystem: 'geo', data: dataset.places.map((p) => [p.lon, p.lat]) },
    ],
  });
  return chart;
}
