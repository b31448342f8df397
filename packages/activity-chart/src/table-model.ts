/** The data table of each mode: exactly the numbers the bars are drawn from. */
import type { TableModel, TableRow } from '@twinning/core';
import type { ChartModel } from './chart-model.ts';
import type { RenderContext } from './render/context.ts';
import type { ChartMessages } from './twinning-activity-chart.messages.ts';

/** Builds the table for `model` in its mode; `facetName` names a facet key. */
export function activityChartTable(model: ChartModel, ctx: RenderContext, m: ChartMessages, facetName: (key: string) => string): TableModel {
  const cell = (text: string, sort?: string | number, lang?: string) => ({ text, ...(sort !== undefined ? { sort } : {}), ...(lang ? { lang } : {}) });
  const category = (c: string) => {
    const label = ctx.label(c);
    return cell(label.text, label.text, label.lang !== 'und' && label.lang !== ctx.locale ? label.lang : undefined);
  };
  const caption = `${m.chartLabel(m.modes[model.mode] ?? model.mode)} — ${model.rule === 'activities' ? m.ruleActivities : m.ruleTags}`;
  const base = [
    { key: 'category', label: m.category },
    { key: 'count', label: m.count, numeric: true },
    { key: 'share', label: m.share, numeric: true },
  ];
  if (model.mode === 'by-decade') {
    const rows: TableRow[] = (model.decades?.bins ?? []).flatMap((bin) =>
      bin.segments.filter((s) => model.visible.has(s.category)).map((s) => ({
        id: s.category,
        cells: {
          decade: cell(m.decadeLabel(bin.decade), bin.decade), n: cell(ctx.count(bin.activities), bin.activities),
          category: category(s.category), count: cell(ctx.count(s.count), s.count), share: cell(ctx.percent(s.fraction), s.fraction),
        },
      })),
    );
    return { caption, rowAttribute: 'data-category', rows, columns: [{ key: 'decade', label: m.decade }, { key: 'n', label: 'n', numeric: true }, ...base] };
  }
  if (model.mode === 'by-region') {
    const rows: TableRow[] = (model.facets?.facets ?? []).flatMap((facet) =>
      facet.bars.filter((b) => model.visible.has(b.category)).map((b) => ({
        id: b.category,
        cells: {
          facet: cell(facetName(facet.key)), n: cell(ctx.count(facet.activities), facet.activities),
          category: category(b.category), count: cell(ctx.count(b.count), b.count), share: cell(ctx.percent(b.share), b.share),
        },
      })),
    );
    return { caption, rowAttribute: 'data-category', rows, columns: [{ key: 'facet', label: m.region }, { key: 'n', label: 'n', numeric: true }, ...base] };
  }
  if (model.mode === 'compare') {
    const reference = (value: number | null) => cell(value === null ? m.noFigure : ctx.percent(value), value ?? -1);
    const rows: TableRow[] = [
      ...model.compared.map((r) => ({
        id: r.category,
        cells: { category: category(r.category), count: cell(ctx.count(r.count), r.count), share: cell(ctx.percent(r.share), r.share), reference: reference(r.reference) },
      })),
      ...model.groups.map((g) => ({
        id: g.categories.join('+'),
        cells: {
          category: cell(g.categories.map((c) => ctx.label(c).text).join(m.and)),
          count: cell(ctx.count(g.count), g.count), share: cell(ctx.percent(g.share), g.share), reference: reference(g.reference),
        },
      })),
    ];
    return { caption, rowAttribute: 'data-category', rows, columns: [...base, { key: 'reference', label: m.referenceShare, numeric: true }] };
  }
  return {
    caption, rowAttribute: 'data-category', columns: base,
    rows: model.bars.map((b) => ({
      id: b.category,
      cells: { category: category(b.category), count: cell(ctx.count(b.count), b.count), share: cell(ctx.percent(b.share), b.share) },
    })),
  };
}
