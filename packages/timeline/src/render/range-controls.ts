/**
 * Two native range sliders for the first and last year shown: the keyboard and touch way to
 * choose what the brush chooses with a pointer. Native inputs bring arrow keys, Page Up/Down,
 * Home/End and screen-reader support.
 */
import { html, type TemplateResult } from 'lit';
import { formatYearNumber, type RenderContext } from './context.ts';

/** Sliders over [first, last]; `onChange` receives the new inclusive range. */
export function renderRangeControls(
  ctx: RenderContext, [first, last]: readonly [number, number], since: number, until: number,
  onChange: (from: number, to: number) => void,
): TemplateResult {
  const slider = (label: string, value: number, end: 'from' | 'to') => html`<label>${label}
    <input type="range" class=${`range-${end}`} min=${first} max=${last} step="1" .value=${String(value)}
      aria-valuetext=${formatYearNumber(value, ctx.locale)}
      @change=${(e: Event) => {
        const v = Number((e.target as HTMLInputElement).value);
        if (end === 'from') onChange(Math.min(v, until), until);
        else onChange(since, Math.max(v, since));
      }}>
    <output>${formatYearNumber(value, ctx.locale)}</output></label>`;
  return html`<div class="controls" title=${ctx.t.rangeHelp}>${slider(ctx.t.rangeStart, since, 'from')}${slider(ctx.t.rangeEnd, until, 'to')}</div>`;
}
