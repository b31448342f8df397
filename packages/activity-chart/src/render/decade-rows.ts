/** 100% stacked bars per decade for the `by-decade` mode, each with its n. */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { ChartModel } from '../chart-model.ts';
import { chartModeMessages } from '../chart-modes.messages.ts';
import { barBands, shareScale } from '../layout/scales.ts';
import { estimateTextWidth, labelPlacement } from '../layout/labels.ts';
import { shareAxis } from './axis.ts';
import { barPart, labelMargin, type RenderContext } from './context.ts';

const STEP = 34;
const AXIS = 26;

/** The stacked decade chart of `model`. */
export function renderDecadeRows(model: ChartModel, ctx: RenderContext): TemplateResult {
  const bins = model.decades?.bins ?? [];
  const names = bins.map((b) => ctx.m.decadeLabel(b.decade));
  const left = labelMargin(names, ctx.width);
  const right = 64;
  const inner = Math.max(40, ctx.width - left - right);
  const x = shareScale(1, inner);
  const y = barBands(bins.map((b) => String(b.decade)), STEP, 0.2);
  const bw = y.bandwidth();
  const height = bins.length * STEP + AXIS;
  return html`<svg width=${ctx.width} height=${height} viewBox="0 0 ${ctx.width} ${height}">
    <g transform="translate(${left} 0)">
      ${bins.map((bin, index) => {
        const top = y(String(bin.decade))!;
        return svg`<g>
          <text class="category-label" x="-8" y=${top + bw / 2} dy="0.35em" text-anchor="end" aria-hidden="true">${names[index]}</text>
          <rect class="track" x="0" y=${top} width=${inner} height=${bw} aria-hidden="true"></rect>
          ${bin.segments.filter((s) => model.visible.has(s.category)).map((s) => {
            const key = `decade:${bin.decade}:${s.category}`;
            const w = x(s.x1) - x(s.x0);
            const share = ctx.percent(s.fraction);
            const name = ctx.label(s.category).text;
            return svg`<rect part=${barPart(ctx, s.category)} x=${x(s.x0)} y=${top} width=${w} height=${bw}
                style=${ctx.fillStyle(s.category)} data-category=${s.category} data-decade=${bin.decade} data-key=${key}
                role="button" tabindex=${key === ctx.focusKey ? '0' : '-1'}
                aria-label=${chartModeMessages(ctx.locale).segmentName(name, names[index]!, ctx.count(s.count), share)}></rect>
              ${labelPlacement(w, estimateTextWidth(share)) === 'inside'
                ? svg`<text class="value-label inside" style=${ctx.fillStyle(s.category)} x=${x(s.x0) + w / 2} y=${top + bw / 2} dy="0.35em" text-anchor="middle" aria-hidden="true">${share}</text>`
                : nothing}`;
          })}
          <text class="n-label" x=${inner + 6} y=${top + bw / 2} dy="0.35em" aria-hidden="true">${chartModeMessages(ctx.locale).nLabel(ctx.count(bin.activities))}</text>
        </g>`;
      })}
      ${shareAxis(x, bins.length * STEP, ctx.percent, ctx.width < 480 ? 3 : 5)}
    </g>
  </svg>`;
}
