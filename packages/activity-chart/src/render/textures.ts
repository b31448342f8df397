/**
 * SVG pattern textures, one per category, for print (`patterns`) and forced-colours mode: a chunk
 * of its own (textures-controller.ts) that needs nothing but Lit (the chart passes its slugs in).
 */
import { html, svg, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';

/** Texture kinds, cycled over categories: line angles and dot grids, distinct in black and white. */
const TEXTURES = ['diagonal', 'dots', 'horizontal', 'cross', 'vertical', 'anti-diagonal', 'grid', 'dense-dots', 'zigzag', 'solid', 'sparse'] as const;

/** The texture used for the category at `index` in the known order. */
export function textureFor(index: number): (typeof TEXTURES)[number] {
  return TEXTURES[index % TEXTURES.length]!;
}

const SHAPES: Record<ReturnType<typeof textureFor>, ReturnType<typeof svg>> = {
  diagonal: svg`<path class="texture-ink" d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6"></path>`,
  'anti-diagonal': svg`<path class="texture-ink" d="M-2 6 L2 10 M0 0 L8 8 M6 -2 L10 2"></path>`,
  horizontal: svg`<path class="texture-ink" d="M0 2 H8 M0 6 H8"></path>`,
  vertical: svg`<path class="texture-ink" d="M2 0 V8 M6 0 V8"></path>`,
  cross: svg`<path class="texture-ink" d="M0 0 L8 8 M8 0 L0 8"></path>`,
  grid: svg`<path class="texture-ink" d="M0 4 H8 M4 0 V8"></path>`,
  dots: svg`<circle class="texture-dot" cx="4" cy="4" r="1.6"></circle>`,
  'dense-dots': svg`<circle class="texture-dot" cx="2" cy="2" r="1.2"></circle><circle class="texture-dot" cx="6" cy="6" r="1.2"></circle>`,
  zigzag: svg`<path class="texture-ink" d="M0 6 L2 2 L4 6 L6 2 L8 6"></path>`,
  solid: svg``,
  sparse: svg`<circle class="texture-dot" cx="4" cy="4" r="0.9"></circle>`,
};

/** One hidden SVG holding a pattern per category; bars refer to them as `url(#texture-<slug>)`. */
export function renderTextures(categories: readonly string[], order: readonly string[], fillStyle: (c: string) => DirectiveResult, slug: (c: string) => string): TemplateResult {
  return html`<svg class="textures" width="0" height="0" aria-hidden="true" focusable="false"><defs>
    ${categories.map((category) => {
      const index = Math.max(0, order.indexOf(category));
      return svg`<pattern id="texture-${slug(category)}" patternUnits="userSpaceOnUse" width="8" height="8" style=${fillStyle(category)}>
        <rect class="texture-bg" width="8" height="8"></rect>${SHAPES[textureFor(index)]}</pattern>`;
    })}
  </defs></svg>`;
}
