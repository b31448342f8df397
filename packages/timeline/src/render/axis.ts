/** The time axis above the lanes: year ticks, and with `era` the Japanese era bands and era years. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { eraBands, eraYearLabel } from '../layout/index.ts';
import { SIZES, type RenderContext } from './context.ts';

/** The axis as its own SVG, so it stays in view while the lanes scroll. */
export function renderAxis(ctx: RenderContext): TemplateResult {
  const { scale, ticks, domain } = ctx.model;
  const ja = ctx.locale === 'ja';
  const eraRow = ctx.era ? SIZES.eraHeight : 0;
  const tickHeight = ctx.era ? SIZES.axisHeight + 12 : SIZES.axisHeight;
  const height = tickHeight + eraRow;
  return html`<svg part="axis" class="axis" width=${ctx.width} height=${height} role="img" aria-label=${ctx.t.label}>
    <line class="baseline" x1=${ctx.labelWidth} x2=${ctx.width - SIZES.padRight} y1=${height - 0.5} y2=${height - 0.5}></line>
    ${ticks.map((tick) => svg`<g class="tick" transform="translate(${tick.x},0)">
      <line y1=${height - 6} y2=${height}></line>
      <text y="12" text-anchor="middle" class="small">${tick.label}</text>
      ${ctx.era ? svg`<text y="25" text-anchor="middle" class="small muted" lang=${ja ? nothing : 'ja'}>${eraYearLabel(tick.date, 'ja')}</text>` : nothing}
    </g>`)}
    ${ctx.era
      ? eraBands(domain).map((band) => {
          const x0 = scale(band.from);
          const x1 = scale(band.to);
          const wide = x1 - x0 > 60;
          return svg`<g class="era" data-era=${band.era.id}>
            <rect class="era-band" x=${x0} y=${tickHeight} width=${Math.max(0, x1 - x0)} height=${eraRow - 3}></rect>
            ${x1 - x0 > 24
              ? svg`<text x=${(x0 + x1) / 2} y=${tickHeight + eraRow / 2} dy="0.2em" text-anchor="middle" class="small">${
                  ja || !wide ? svg`<tspan lang=${ja ? nothing : 'ja'}>${band.era.name}</tspan>` : svg`${band.era.romaji} <tspan lang="ja">${band.era.name}</tspan>`}</text>`
              : nothing}
          </g>`;
        })
      : nothing}
  </svg>`;
}
