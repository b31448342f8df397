/** Horizontal bars for the `share` and `compare` modes. */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { ChartModel } from '../chart-model.ts';
import { barBands, shareScale } from '../layout/scales.ts';
import { estimateTextWidth, labelPlacement } from '../layout/labels.ts';
import { shareAxis } from './axis.ts';
import { barPart, labelMargin, type RenderContext } from './context.ts';
import { styleProps } from '@twinning/core';

/** Bars that are not a category (reference groups) are drawn in the muted colour. */
const MUTED = { '--_fill': 'var(--_muted)', '--_texture': 'var(--_muted)' };

const STEP = 30;
const AXIS = 26;

interface Row {
  readonly key: string;
  readonly category: string | null;
  readonly name: string;
  readonly lang: string;
  readonly count: number;
  readonly share: number;
  readonly reference?: number | null;
}

/** Rows of the chart for `model` (share bars, or compared shares and reference groups). */
function rows(model: ChartModel, ctx: RenderContext): Row[] {
  const named = (category: string) => ctx.label(category);
  if (model.mode === 'compare') {
    const categories: Row[] = model.compared.map((r) => ({
      key: `compare:${r.category}`, category: r.category, name: named(r.category).text, lang: named(r.category).lang,
      count: r.count, share: r.share, reference: r.reference,
    }));
    const groups: Row[] = model.groups.map((g) => ({
      key: `group:${g.categories.join('+')}`, category: null, name: g.categories.map((c) => named(c).text).join(ctx.m.and),
      lang: 'und', count: g.count, share: g.share, reference: g.reference,
    }));
    return [...categories, ...groups];
  }
  return model.bars.map((b) => ({
    key: `share:${b.category}`, category: b.category, name: named(b.category).text, lang: named(b.category).lang,
    count: b.count, share: b.share,
  }));
}

/** The accessible name of a row's bar. */
function rowName(row: Row, ctx: RenderContext): string {
  const count = ctx.count(row.count);
  if (row.reference === undefined) return ctx.m.barName(row.name, count, row.count, ctx.percent(row.share));
  const ref = row.reference === null ? ctx.m.noFigure : ctx.percent(row.reference);
  return ctx.m.barNameReference(row.name, count, row.count, ctx.percent(row.share), ref);
}

/** The bar chart of `model` in the `share` or `compare` mode. */
export function renderBarRows(model: ChartModel, ctx: RenderContext): TemplateResult {
  const list = rows(model, ctx);
  const left = labelMargin(list.map((r) => r.name), ctx.width);
  const widest = Math.max(0, ...list.map((r) => estimateTextWidth(`${ctx.count(r.count)} · ${ctx.percent(r.share)} · ${ctx.m.refShort} ${r.reference == null ? '—' : ctx.percent(r.reference)}`)));
  const right = Math.min(ctx.width * 0.4, model.mode === 'compare' ? widest + 12 : 96);
  const inner = Math.max(40, ctx.width - left - right);
  const maxShare = Math.max(0, ...list.map((r) => r.share), ...list.map((r) => r.reference ?? 0));
  const x = shareScale(Math.min(1, maxShare) || 1, inner);
  const y = barBands(list.map((r) => r.key), STEP);
  const height = list.length * STEP + AXIS;
  const bw = y.bandwidth();
  return html`<svg width=${ctx.width} height=${height} viewBox="0 0 ${ctx.width} ${height}">
    <g transform="translate(${left} 0)">
      ${list.map((row) => {
        const top = y(row.key)!;
        const w = Math.max(row.share > 0 ? 1 : 0, x(Math.min(row.share, x.domain()[1]!)));
        const value = `${ctx.count(row.count)} · ${ctx.percent(row.share)}`;
        const compared = row.reference !== undefined;
        const place = compared ? 'outside' : labelPlacement(w, estimateTextWidth(value));
        const refX = row.reference != null ? x(Math.min(row.reference, x.domain()[1]!)) : 0;
        const focusable = row.category !== null;
        return svg`<g>
          <text class="category-label" x="-8" y=${top + bw / 2} dy="0.35em" text-anchor="end" lang=${row.lang !== 'und' ? row.lang : nothing} aria-hidden="true">${row.name}</text>
          <rect class="track" x="0" y=${top} width=${inner} height=${bw} aria-hidden="true"></rect>
          <rect part=${focusable ? barPart(ctx, row.category!) : 'group-bar'} x="0" y=${top} width=${w} height=${bw}
            style=${focusable ? ctx.fillStyle(row.category!) : styleProps(MUTED)}
            data-category=${focusable ? row.category! : nothing} data-key=${row.key}
            role=${focusable ? 'button' : 'img'} aria-label=${rowName(row, ctx)}
            tabindex=${focusable ? (row.key === ctx.focusKey ? '0' : '-1') : nothing}></rect>
          ${row.reference != null ? svg`<line class="reference-halo" x1=${refX} x2=${refX} y1=${top - 4} y2=${top + bw + 4} aria-hidden="true"></line>
            <line part="reference" x1=${refX} x2=${refX} y1=${top - 4} y2=${top + bw + 4} aria-hidden="true"></line>` : nothing}
          <text class="value-label ${place}" aria-hidden="true" style=${focusable ? ctx.fillStyle(row.category!) : nothing} y=${top + bw / 2} dy="0.35em"
            x=${place === 'inside' ? w - 4 : Math.max(w, refX) + 6} text-anchor=${place === 'inside' ? 'end' : 'start'}>${value}${compared
              ? svg`<tspan class=${row.reference === null ? 'reference-absent' : 'reference-value'}> · ${ctx.m.refShort} ${row.reference === null ? '—' : ctx.percent(row.reference)}</tspan>`
              : nothing}</text>
        </g>`;
      })}
      ${shareAxis(x, list.length * STEP, ctx.percent, ctx.width < 480 ? 3 : 5)}
    </g>
  </svg>`;
}
