/** The basemap: panel backgrounds, country outlines (already projected to path data) and panel titles. */
import { countryName } from '@twinning/core';
import { geoPath } from 'd3-geo';
import { nothing, svg, type TemplateResult } from 'lit';
import type { MapLayout } from '../layout/index.ts';
import type { MapRenderContext } from './context.ts';

/** A panel's screen rectangle. */
export interface PanelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The screen rectangles of the panels (the whole map for the globe). Zoom never draws outside them. */
export function panelBoxes(layout: MapLayout): readonly PanelBox[] {
  return layout.layoutKind === 'globe' ? [{ x: 0, y: 0, width: layout.width, height: layout.height }] : layout.panels;
}

/**
 * Clips `content` to a panel with a nested SVG viewport in the same coordinates. Not a
 * `clip-path: url(#…)`: Chromium's style cache keeps such a reference, and through it the whole
 * shadow tree, alive after the element is removed.
 */
export function panelViewport(p: PanelBox, content: unknown): TemplateResult {
  return svg`<svg class="panel-viewport" x=${p.x} y=${p.y} width=${p.width} height=${p.height} viewBox="${p.x} ${p.y} ${p.width} ${p.height}">${content}</svg>`;
}

/** Water and land of every panel, inside groups that zoom moves by transform. */
export function renderLand(layout: MapLayout, land: readonly { panel: number; d: string }[], transform: string): TemplateResult {
  if (layout.layoutKind === 'globe') {
    return panelViewport(panelBoxes(layout)[0]!, svg`<g transform=${transform} class="zoomable">
      <path class="panel-bg" d=${geoPath(layout.projection).digits(1)({ type: 'Sphere' }) ?? ''}></path>
      ${land.map((l) => svg`<path part="land" class="land" d=${l.d}></path>`)}</g>`);
  }
  return svg`${layout.panels.map((panel, i) => panelViewport(panel, svg`
    <rect class="panel-bg" x=${panel.x} y=${panel.y} width=${panel.width} height=${panel.height}></rect>
    <g transform=${transform} class="zoomable">${land.filter((l) => l.panel === i).map((l) => svg`<path part="land" class="land" d=${l.d}></path>`)}</g>`))}`;
}

/** The country name at the top of each split panel. */
export function renderPanelTitles(ctx: MapRenderContext): TemplateResult | typeof nothing {
  const layout = ctx.model.layout;
  if (layout.layoutKind === 'globe') return nothing;
  return svg`${layout.panels.map((p) => svg`<text class="panel-title" x=${p.x + 8} y=${p.y + 18}>${countryName(p.country, ctx.locale)}</text>`)}`;
}
