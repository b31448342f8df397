/**
 * Keeps the selected agreement in sight: when the selection changes (a click on a linked map, a
 * story step, the URL, the `selected` attribute), the timeline's scroll box scrolls just enough
 * to show its lane. Only the box scrolls, never the page (no `scrollIntoView`); smoothly, or
 * instantly when the reader prefers reduced motion.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a lane sits inside the scroll box, in the box's scroll coordinates. */
export interface LaneBox {
  readonly top: number;
  readonly height: number;
}

/** How the controller reads the host. */
export interface RevealSelectionOptions {
  /** The selected agreement's id, or null. */
  readonly selected: () => string | null;
  /** The scroll box, once rendered. */
  readonly box: () => HTMLElement | null;
  /** Where the agreement's lane is in the box; null while it is not laid out. */
  readonly lane: (id: string, box: HTMLElement) => LaneBox | null;
}

/** The scrollTop that shows `lane` in a box of `height` scrolled to `top`; `top` when it already shows. */
export function scrollTopToReveal(lane: LaneBox, top: number, height: number): number {
  if (lane.top < top) return lane.top;
  if (lane.top + lane.height > top + height) return Math.min(lane.top, lane.top + lane.height - height);
  return top;
}

export class RevealSelectionController implements ReactiveController {
  /** The selection last brought into view, so a re-render does not pull the reader back to it. */
  private revealed: string | null = null;

  constructor(host: ReactiveControllerHost, private readonly options: RevealSelectionOptions) {
    host.addController(this);
  }

  hostUpdated(): void {
    const id = this.options.selected();
    if (id === this.revealed) return;
    const box = this.options.box();
    const lane = id && box ? this.options.lane(id, box) : null;
    if (id && (!box || !lane)) return; // not laid out yet: try again after the next update
    this.revealed = id;
    if (!box || !lane) return;
    const top = scrollTopToReveal(lane, box.scrollTop, box.clientHeight);
    if (Math.abs(top - box.scrollTop) < 1) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // The box's scroll events tell the host which windowed lanes to draw next.
    box.scrollTo({ top, behavior: reduce ? 'instant' : 'smooth' });
  }
}
