/** The legend: each category drawn (colour and shape), how precision is shown, and the hatching of quiet periods. */
import { hatchPath } from '../layout/index.ts';
import { categoryLabel } from '@twinning/schema';
import { styleProps } from '@twinning/core';
import { html, type TemplateResult } from 'lit';
import { categoryFill, glyphPath } from '../glyphs.ts';
import type { RenderContext } from './context.ts';

/** The legend for the marks `ctx.model` draws; `quietYears` fills the hatching key. */
export function renderLegend(ctx: RenderContext, quietYears: number): TemplateResult {
  const used = [...new Set(ctx.model.lanes.flatMap((l) => l.marks.map((m) => m.activity.categories[0] ?? 'other')))];
  const glyph = (c: string, fill: string) => html`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${glyphPath(c, 70)} style=${styleProps({ fill })}></path></svg>`;
  return html`<div part="legend">
    ${used.map((c) => html`<span class="key" data-category=${c}>${glyph(c, categoryFill(c, ctx.dataset))}${categoryLabel(ctx.dataset, c, ctx.locale)}</span>`)}
    <span class="key">${glyph('other', 'var(--_muted)')}${ctx.t.legendPoint}</span>
    <span class="key"><svg width="22" height="12" aria-hidden="true"><rect class="legend-span" x="1" y="2" width="20" height="8" rx="2"></rect></svg>${ctx.t.legendSpan}</span>
    <span class="key"><svg width="22" height="12" aria-hidden="true"><path class="hatch-line" d=${hatchPath(0, 0, 22, 12, 5)}></path></svg>${ctx.t.legendQuiet.replace('{n}', String(quietYears))}</span>
  </div>`;
}
