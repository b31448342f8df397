/**
 * The overview strip: agreements signed per year (bars), agreements in force (line), annotations,
 * and the range brush. It always spans every year, so a chosen range can be widened again.
 */
import { formatNumber } from '@twinning/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { OverviewModel, TimeScale } from '../layout/index.ts';
import { formatYearNumber, SIZES, type RenderContext } from './context.ts';

const yearDate = (year: number) => {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year);
  return d;
};

/** The strip; `scale` spans all years. The brush is attached to `g.brush` by the BrushController. */
export function renderOverview(overview: OverviewModel, scale: TimeScale, ctx: RenderContext): TemplateResult {
  const h = SIZES.overviewHeight;
  const top = 16;
  const bottom = h - 14;
  const barH = (n: number) => (overview.maxSigned ? ((bottom - top) * n) / overview.maxSigned : 0);
  const lineY = (n: number) => bottom - (overview.maxInForce ? ((bottom - top) * n) / overview.maxInForce : 0);
  const points = overview.years.map((y) => `${(scale(yearDate(y.year)) + scale(yearDate(y.year + 1))) / 2},${lineY(y.inForce)}`);
  const first = overview.years[0]?.year;
  const last = overview.years.at(-1)?.year;
  const label = first !== undefined && last !== undefined ? ctx.t.overviewLabel(formatYearNumber(first, ctx.locale), formatYearNumber(last, ctx.locale)) : '';
  return html`<svg part="overview" width=${ctx.width} height=${h} role="img" aria-label=${label}>
    <text x="6" y="12" class="small"><tspan class="key-bar">▮</tspan> ${ctx.t.signedPerYear}</text>
    <text x="6" y="26" class="small"><tspan>—</tspan> ${ctx.t.inForce}</text>
    ${overview.years.map((y) => {
      if (!y.signed) return nothing;
      const x0 = scale(yearDate(y.year));
      const x1 = scale(yearDate(y.year + 1));
      return svg`<rect class="bar" data-year=${y.year} x=${x0 + 0.5} width=${Math.max(1, x1 - x0 - 1)} y=${bottom - barH(y.signed)} height=${barH(y.signed)}><title>${y.year}: ${formatNumber(y.signed, ctx.locale)}</title></rect>`;
    })}
    <polyline class="in-force" points=${points.join(' ')}></polyline>
    <line class="baseline" x1=${ctx.labelWidth} x2=${ctx.width - SIZES.padRight} y1=${bottom + 0.5} y2=${bottom + 0.5}></line>
    ${overview.annotations.map((a, i) => {
      const x = (scale(yearDate(a.year)) + scale(yearDate(a.year + 1))) / 2;
      const previous = i > 0 ? overview.annotations[i - 1]! : null;
      const crowded = previous !== null && Math.abs(x - scale(yearDate(previous.year))) < 170;
      const text = a.kind === 'first' ? ctx.t.firstAgreement(formatYearNumber(a.year, ctx.locale)) : ctx.t.peakYear(formatYearNumber(a.year, ctx.locale), formatNumber(a.count, ctx.locale));
      const anchor = x > ctx.width - 140 ? 'end' : 'start';
      return svg`<g class="annotation" data-kind=${a.kind}><line x1=${x} x2=${x} y1=${top - 4} y2=${bottom}></line>
        <text x=${anchor === 'start' ? x + 3 : x - 3} y=${top - 6 + (crowded ? 12 : 0)} text-anchor=${anchor} class="small">${text}</text></g>`;
    })}
    <text x=${ctx.labelWidth} y=${h - 2} class="small muted">${first !== undefined ? formatYearNumber(first, ctx.locale) : ''}</text>
    <text x=${ctx.width - SIZES.padRight} y=${h - 2} text-anchor="end" class="small muted">${last !== undefined ? formatYearNumber(last, ctx.locale) : ''}</text>
    <g class="brush" aria-hidden="true"></g>
  </svg>`;
}
