/**
 * Which story step the reader is on: the step that crosses a band in the middle of the viewport.
 * The band is set in percentages of the viewport (never pixel offsets), so it follows resizes,
 * iOS Safari's toolbar growing and shrinking, and an iframe's own viewport. One concern: it
 * reports a step index; the story decides what that step does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The band beside a graphic: from 45% to 55% of the viewport's height. */
export const BAND_MARGIN = '-45% 0px -45% 0px';
/** The band under a graphic that covers the top of the viewport (phones): 72% to 82%. */
export const LOW_BAND_MARGIN = '-72% 0px -18% 0px';

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
  private band = BAND_MARGIN;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: StepObserverOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
    window.addEventListener('scrollend', this.arrived, true);
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) window.addEventListener(type, this.userScroll, { passive: true, capture: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    window.removeEventListener('scrollend', this.arrived, true);
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) window.removeEventListener(type, this.userScroll, { capture: true });
  }

  /** Moves the band (BAND_MARGIN or LOW_BAND_MARGIN) and watches again. */
  setBand(margin: string): void {
    if (margin === this.band) return;
    this.band = margin;
    if (this.observer) this.observe();
  }

  /** (Re)starts watching the current steps; call after steps are added or removed. */
  observe(): void {
    this.observer?.disconnect();
    if (typeof IntersectionObserver === 'undefined') return;
    this.observed = this.options.steps();
    this.observer = new IntersectionObserver(this.onEntries, { rootMargin: this.band, threshold: 0 });
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
    // The reader takes over (wheel, touch, scrollbar, keys); a key or click on the story's own
    // controls is not a scroll.
    if ((event.type === 'keydown' || event.type === 'pointerdown') && event.composedPath().includes(this.host)) return;
    this.heading = null;
  };
}
