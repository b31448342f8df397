/**
 * The wide layout's keyboard, on the lane box: arrows, Home and End move the focus between
 * lanes and along a lane's marks (`nextFocus`), scrolling the box just enough to keep the lane
 * in sight; Enter or Space opens the focused mark's details or selects the focused lane; Escape
 * clears the selection. The host keeps the focus target (it renders the tab stop from it).
 */
import type { Activity } from '@twinning/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFocus, NAV_KEYS, type FocusTarget, type NavKey, type TimelineModel } from './layout/index.ts';

/** How the controller reads and drives the host. */
export interface LaneKeysOptions {
  readonly model: () => TimelineModel | null;
  readonly focus: () => FocusTarget;
  /** Moves the focus target (the host re-renders the tab stop there). */
  readonly moveFocus: (target: FocusTarget) => void;
  /** The lane box, once rendered. */
  readonly box: () => HTMLElement | null;
  /** The box's height when it has none yet (not laid out). */
  readonly viewport: () => number;
  /** The box was scrolled to `top` (the host draws the lanes in view there). */
  readonly scrolled: (top: number) => void;
  readonly openMark: (activity: Activity) => void;
  readonly toggleLane: (lane: number) => void;
  /** Escape: clear the selection. */
  readonly clear: () => void;
}

export class LaneKeysController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost, private readonly options: LaneKeysOptions) {
    host.addController(this);
  }

  /** The keydown handler; bind it on the lane box (`@keydown=${keys.onKeydown}`). */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const { options } = this;
    const model = options.model();
    if (!model || model.lanes.length === 0) return;
    const current = options.focus();
    if ((NAV_KEYS as readonly string[]).includes(event.key)) {
      event.preventDefault();
      const next = nextFocus(current, event.key as NavKey, model.lanes.map((l) => l.marks.map((m) => m.extent.start.getTime())));
      options.moveFocus(next);
      this.scrollToLane(model, next.lane);
      this.host.updateComplete.then(() => options.box()?.querySelector<SVGElement>('[tabindex="0"]')?.focus());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const mark = current.mark === null ? null : model.lanes[current.lane]?.marks[current.mark];
      if (mark) options.openMark(mark.activity);
      else options.toggleLane(current.lane);
    } else if (event.key === 'Escape') {
      options.clear();
    }
  };

  private scrollToLane(model: TimelineModel, index: number): void {
    const lane = model.lanes[index];
    const box = this.options.box();
    if (!lane || !box) return;
    const height = box.clientHeight || this.options.viewport();
    if (lane.y < box.scrollTop) box.scrollTop = lane.y;
    else if (lane.y + lane.height > box.scrollTop + height) box.scrollTop = lane.y + lane.height - height;
    this.options.scrolled(box.scrollTop);
  }

  hostConnected(): void {}
}
