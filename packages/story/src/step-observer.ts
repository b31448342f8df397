/**
 * Which story step the reader is on: the step that crosses a band in the middle of the viewport.
 * The band is set in percentages of the viewport (never pixel offsets), so it follows resizes,
 * iOS Safari's toolbar growing and shrinking, and an iframe's own viewport. One concern: it
 * reports a step index; the story decides what that step does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The band: from 45% to 55% of the viewport's height. */
export const BAND_MARGIN = '-45% 0px -45% 0px';

export interface StepObserverOptions {
  /** The step elements, in reading order. Read again whenever `observe()` is called. */
  readonly steps: () => readonly Element[];
  /** Called with the index of the step that entered the band. */
  readonly onStep: (index: number) => void;
}

export class StepObserver implements ReactiveController {
  private observer: IntersectionObserver | null = null;
  private observed: readonly Element[] = [];
  /** While a step is being scrolled to on purpose, steps passed on the way are not reported. */
  private heading: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: StepObserverOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
    window.addEventListener('scrollend', this.arrived, true);
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.addEventListener(type, this.userScroll, { passive: true, capture: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    window.removeEventListener('scrollend', this.arrived, true);
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.removeEventListener(type, this.userScroll, { capture: true });
  }

  /** (Re)starts watching the current steps; call after steps are added or removed. */
  observe(): void {
    this.observer?.disconnect();
    if (typeof IntersectionObserver === 'undefined') return;
    this.observed = this.options.steps();
    this.observer = new IntersectionObserver(this.onEntries, { rootMargin: BAND_MARGIN, threshold: 0 });
    for (const step of this.observed) this.observer.observe(step);
  }

  /** The story is scrolling to `step` on purpose: report nothing else until it gets there. */
  scrollingTo(step: Element | null): void {
    this.heading = step;
  }

  private onEntries = (entries: IntersectionObserverEntry[]): void => {
    const entering = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
    if (entering.length === 0) return;
    // When several enter at once (a jump), the last in reading order is the one in the band now.
    const target = this.heading && entering.includes(this.heading) ? this.heading : entering.at(-1)!;
    if (this.heading && target !== this.heading) return;
    this.heading = null;
    const index = this.observed.indexOf(target);
    if (index >= 0) this.options.onStep(index);
  };

  private arrived = (): void => {
    this.heading = null;
  };

  private userScroll = (event: Event): void => {
    // The reader takes over: a key inside the story's own controls is not a scroll.
    if (event.type === 'keydown' && event.composedPath().includes(this.host)) return;
    this.heading = null;
  };
}
