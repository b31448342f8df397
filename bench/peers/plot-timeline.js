// Observable Plot drawing the timeline: one lane per agreement, a bar from signing to today, a tick per activity.
import { plot, barX, tickX } from '@observablehq/plot';

const dateOf = (d) => new Date(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);

export function draw(container, { dataset, width }) {
  const signed = dataset.twinnings.filter((t) => t.signed);
  const lanes = signed.map((t) => t.id);
  const now = new Date();
  const chart = plot({
    width, height: Math.max(200, lanes.length * 14 + 40), marginLeft: 160,
    y: { domain: lanes, label: null }, x: { type: 'utc' },
    marks: [
      barX(signed, { y: 'id', x1: (t) => dateOf(t.signed), x2: (t) => (t.ended ? dateOf(t.ended) : now), fill: '#d7e3ee', insetTop: 2, insetBottom: 2 }),
      tickX(dataset.activities ?? [], { y: 'twinning', x: (a) => dateOf(a.date), stroke: (a) => a.categories[0], title: (a) => a.id }),
    ],
  });
  container.append(chart);
  return chart;
}
