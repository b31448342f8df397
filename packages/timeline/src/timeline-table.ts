/**
 * The data table of <twinning-timeline>: one row per drawn agreement, then one per drawn
 * activity, with dates as precise as they are known, categories, quiet periods and sources.
 */
import { messagesFor, type Locale, type TableModel, type TableRow } from '@twinning/core';
import { categoryLabel, formatPartialDate, textIn, type TwinningDataset } from '@twinning/schema';
import { laneLabelText, laneNames, type TimelineModel } from './layout/index.ts';
import { intervalYears } from './render/context.ts';
import type { TimelineMessages } from './twinning-timeline.messages.ts';

/** Builds the table of exactly what `model` draws. Row ids are "twinning:<id>" and "activity:<id>". */
export function timelineTable(model: TimelineModel, dataset: TwinningDataset | null, locale: Locale, t: TimelineMessages): TableModel {
  const placeById = new Map((dataset?.places ?? []).map((p) => [p.id, p]));
  const status = messagesFor(locale).status;
  const sourceCell = (ids: readonly string[]) => {
    const found = ids.map((id) => dataset?.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
    const text = found.map((s) => textIn(s.title, locale).text).join('; ') || ids.join('; ');
    const href = found.find((s) => s.url && /^https?:/i.test(s.url))?.url;
    return href ? { text, href } : { text };
  };
  const agreementRows: TableRow[] = [];
  const activityRows: TableRow[] = [];
  for (const lane of model.lanes) {
    const tw = lane.lane.twinning;
    const name = laneLabelText(laneNames(tw, placeById, locale));
    agreementRows.push({
      id: `twinning:${tw.id}`,
      cells: {
        kind: { text: t.kindAgreement },
        agreement: { text: name },
        date: { text: tw.signed ? formatPartialDate(tw.signed, locale) : '', sort: lane.lane.signed?.start.getTime() ?? '' },
        ended: { text: tw.ended ? formatPartialDate(tw.ended, locale) : '' },
        status: { text: status[tw.status] ?? tw.status },
        quiet: { text: lane.quiet.map((q) => intervalYears(q, locale).join('–')).join('; ') },
        sources: sourceCell(tw.sources),
      },
    });
    for (const mark of lane.marks) {
      const a = mark.activity;
      const title = textIn(a.title, locale);
      activityRows.push({
        id: `activity:${a.id}`,
        cells: {
          kind: { text: t.kindActivity },
          agreement: { text: name },
          date: { text: formatPartialDate(a.date, locale), sort: mark.extent.start.getTime() },
          categories: { text: a.categories.map((c) => categoryLabel(dataset, c, locale)).join(', ') },
          title: title.lang !== 'und' && title.lang !== locale ? { text: title.text, lang: title.lang } : { text: title.text },
          sources: sourceCell(a.sources),
        },
      });
    }
  }
  const c = t.columns;
  return {
    caption: t.tableCaption(agreementRows.length, activityRows.length),
    columns: [
      { key: 'kind', label: c.kind }, { key: 'agreement', label: c.agreement }, { key: 'date', label: c.date },
      { key: 'ended', label: c.ended }, { key: 'status', label: c.status }, { key: 'categories', label: c.categories },
      { key: 'title', label: c.title }, { key: 'quiet', label: c.quiet }, { key: 'sources', label: c.sources },
    ],
    rows: [...agreementRows, ...activityRows],
    rowAttribute: 'data-record',
  };
}
