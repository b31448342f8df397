// vis-timeline (with vis-data) drawing the timeline: one group per agreement, an item per activity.
import { Timeline } from 'vis-timeline';
import { DataSet } from 'vis-data';

export function draw(container, { dataset }) {
  const groups = new DataSet(dataset.twinnings.map((t) => ({ id: t.id, content: t.id })));
  const items = new DataSet((dataset.activities ?? []).map((a) => ({ id: a.id, group: a.twinning, start: a.date, content: '' })));
  return new Timeline(container, items, groups, {});
}
