// Observable Plot drawing the activity chart: activities per category, a horizontal bar each.
import { plot, barX, groupY } from '@observablehq/plot';

export function draw(container, { dataset, width }) {
  const rows = (dataset.activities ?? []).flatMap((a) => a.categories.map((category) => ({ category })));
  const chart = plot({
    width, height: 320, marginLeft: 120,
    marks: [barX(rows, groupY({ x: 'count' }, { y: 'category', fill: 'category', sort: { y: '-x' } }))],
  });
  container.append(chart);
  return chart;
}
