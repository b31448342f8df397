/**
 * Attaches a d3 x-brush to the overview's `g.brush` after each render and removes it when the
 * element disconnects. The brush reports pixel selections made by the user (pointer or touch);
 * programmatic moves, which mirror `since`/`until`, are not reported.
 */
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller asks its host for. */
export interface BrushOptions {
  /** The brushable area [[x0, y0], [x1, y1]], or null when there is no overview. */
  readonly extent: () => [[number, number], [number, number]] | null;
  /** The pixel selection to show, or null for none. */
  readonly selection: () => [number, number] | null;
  /** A user-made selection ended: pixels, or null when cleared by a click. */
  readonly onBrush: (selection: [number, number] | null) => void;
}

export class BrushController implements ReactiveController {
  private node: SVGGElement | null = null;
  private key = '';
  private readonly brush: BrushBehavior<unknown>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: BrushOptions,
  ) {
    this.brush = brushX().on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const s = event.selection as [number, number] | null;
      this.options.onBrush(s && s[1] - s[0] >= 1 ? [s[0], s[1]] : null);
    });
    host.addController(this);
  }

  hostUpdated(): void {
    // An update can run after the host left the page; a brush attached to a detached node then
    // is never removed, and its listeners keep the whole element alive.
    if (!this.host.isConnected) return;
    const node = this.host.renderRoot.querySelector<SVGGElement>('g.brush');
    if (node !== this.node) {
      this.detach();
      this.node = node;
    }
    const extent = this.options.extent();
    if (!this.node || !extent) return;
    const selection = this.options.selection();
    const key = JSON.stringify([extent, selection]);
    if (key === this.key) return;
    this.key = key;
    const group = select<SVGGElement, unknown>(this.node);
    group.call(this.brush.extent(extent));
    group.call(this.brush.move, selection);
  }

  hostConnected(): void {
    // A re-connected element re-attaches its brush on the next render.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    if (this.node) {
      select(this.node).on('.brush', null).selectAll('*').remove();
    }
    this.node = null;
    this.key = '';
  }
}
