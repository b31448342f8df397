/** Small multiples for the `by-region` mode: one panel per region or agreement, one shared scale. */
import { html, svg, type TemplateResult } from 'lit';
import { styleProps } from '@twinning/core';
import type { ChartModel } from '../chart-model.ts';
import { chartModeMessages } from '../chart-modes.messages.ts';
import { facetGrid } from '../layout/facets.ts';
import { barBands, shareScale } from '../layout/scales.ts';
import { shareAxis } from './axis.ts';
import { barPart, labelMargin, type RenderContext } from './context.ts';

const STEP = 20;
const AXIS = 24;
const GAP = 16;

/** A facet's title: its name (with its language) and n. */
export interface FacetTitle {
  readonly text: string;
  readonly lang: string;
}

/** The panels of `model`, titled by `title(key)`. */
export function renderFacetGrid(model: ChartModel, ctx: RenderContext, title: (key: string) => FacetTitle): TemplateResult {
  const facets = model.facets?.facets ?? [];
  const grid = facetGrid(facets.length, ctx.width, { minWidth: 260, gap: GAP });
  const left = labelMargin(model.categories.map((c) => ctx.label(c).text), grid.facetWidth);
  const inner = Math.max(30, grid.facetWidth - left - 70);
  const x = shareScale(Math.min(1, model.facets?.maxShare ?? 1) || 1, inner);
  return html`<div class="facets" style=${styleProps({ gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))` })}>
    ${facets.map((facet) => {
      const bars = facet.bars.filter((b) => model.visible.has(b.category));
      const keyOf = (category: string) => `facet:${facet.key}:${category}`;
      const y = barBands(bars.map((b) => b.category), STEP, 0.2);
      const height = bars.length * STEP + AXIS;
      const bw = y.bandwidth();
      const name = title(facet.key);
      return html`<section class="facet" data-facet=${facet.key}>
        <h3><span lang=${name.lang}>${name.text}</span> <span class="n">${chartModeMessages(ctx.locale).nLabel(ctx.count(facet.activities))}</span></h3>
        <svg width=${grid.facetWidth} height=${height} viewBox="0 0 ${grid.facetWidth} ${height}">
          <g transform="translate(${left} 0)">
            ${bars.map((bar) => {
              const top = y(bar.category)!;
              const label = ctx.label(bar.category);
              const w = Math.max(1, x(bar.share));
              return svg`<text class="category-label" x="-6" y=${top + bw / 2} dy="0.35em" text-anchor="end" aria-hidden="true">${label.text}</text>
                <rect part=${barPart(ctx, bar.category)} x="0" y=${top} width=${w} height=${bw}
                  style=${ctx.fillStyle(bar.category)} data-category=${bar.category} data-facet=${facet.key} data-key=${keyOf(bar.category)}
                  role="button" tabindex=${keyOf(bar.category) === ctx.focusKey ? '0' : '-1'}
                  aria-label=${`${name.text} — ${ctx.m.barName(label.text, ctx.count(bar.count), bar.count, ctx.percent(bar.share))}`}></rect>
                <text class="value-label" x=${w + 4} y=${top + bw / 2} dy="0.35em" aria-hidden="true">${ctx.count(bar.count)} · ${ctx.percent(bar.share)}</text>`;
            })}
            ${shareAxis(x, bars.length * STEP, ctx.percent, inner < 160 ? 2 : 4)}
          </g>
        </svg>
      </section>`;
    })}
  </div>`;
}
