/**
 * The layers that follow hover and focus, rendered on their own without a Lit update: the place
 * labels, in canvas mode the overlay of the active place's links, and the tooltip.
 */
import type { TooltipController } from '@twinning/core';
import { render } from 'lit';
import type { MapRenderContext } from './render/context.ts';
import { renderLabels } from './render/labels.ts';
import { renderOverlay } from './render/marks.ts';
import { placeTooltip } from './render/place-text.ts';

export class HoverLayers {
  private drawn: { into: Element | null; key: string } = { into: null, key: '' };

  constructor(private readonly root: () => ParentNode, private readonly tip: TooltipController) {}

  /**
   * Renders the labels and the overlay for `active`. Label placement is the costliest of these,
   * so it is skipped when `key` (everything it depends on) and the labels' group are unchanged.
   */
  render(context: () => MapRenderContext, active: string | null, key: string): void {
    const labels = this.root().querySelector<SVGGElement>('.map .labels');
    if (labels === this.drawn.into && key === this.drawn.key) return;
    this.drawn = { into: labels, key };
    const ctx = context();
    if (labels) render(renderLabels(ctx, active), labels);
    const overlay = this.root().querySelector<SVGGElement>('.map .overlay');
    if (overlay) render(renderOverlay(ctx, active), overlay);
  }

  /** Puts the tooltip of `active` by its dot (under the caption, inside the map's width), or hides it. */
  showTooltip(ctx: MapRenderContext | null, active: string | null): void {
    const dot = active ? ctx?.model.dotById.get(active) : undefined;
    if (!ctx || !active || !dot) return this.tip.hide();
    const [x, y] = ctx.transform.apply([dot.x, dot.y]);
    const caption = this.root().querySelector('.caption')?.getBoundingClientRect().height ?? 0;
    this.tip.show({ x: Math.min(x + 4, Math.max(0, ctx.model.layout.width - 240)), y: y + 4 + caption }, placeTooltip(ctx, active), `${ctx.locale}|${active}`);
  }
}
