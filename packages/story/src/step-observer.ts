/**
 * Which story step the reader is on: the step that crosses a band in the middle of the viewport.
 * The band is set in percentages of the viewport (never pixel offsets), so it follows resizes,
 * iOS Safari's toolbar growing and shrinking, and an iframe's own viewport. One concern: it
 * reports a step index; the story decides what that step does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bandMargin, boxesInBand, LOW_BAND, MIDDLE_BAND, type Band } from './step-band.ts';

/** The band beside a graphic: from 45% to 55% of the viewport's height. */
export const BAND_MARGIN = bandMargin(MIDDLE_BAND);
/** The band under a graphic that covers the top of the viewport (phones): 72% to 82%. */
export const LOW_BAND_MARGIN = bandMargin(LOW_BAND);

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
  private band: Band = MIDDLE_BAND;
  /** Set once a host page describes the viewport (a story in a frame): steps are measured against it. */
  private framed = false;

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

  /** Moves the band (MIDDLE_BAND or LOW_BAND) and watches again. */
  setBand(band: Band): void {
    if (band === this.band) return;
    this.band = band;
    if (this.observer) this.observe();
  }

  /** (Re)starts watching the current steps; call after steps are added or removed. */
  observe(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = this.options.steps();
    if (this.framed || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(this.onEntries, { rootMargin: bandMargin(this.band), threshold: 0 });
    for (const step of this.observed) this.observer.observe(step);
  }

  /**
   * In a frame sized to its content the document never scrolls, so its own viewport says nothing:
   * measure the steps against the host page's viewport (`top`, `height` in this document's pixels)
   * instead, from the first such report on. `end` says the host's scroll has stopped.
   */
  viewportAt(viewport: { top: number; height: number; end?: boolean }): void {
    if (!this.framed) {
      this.framed = true;
      this.observe();
    }
    const offset = window.scrollY;
    const boxes = this.observed.map((step) => {
      const rect = step.getBoundingClientRect();
      return { top: rect.top + offset, bottom: rect.bottom + offset };
    });
    const inBand = boxesInBand(boxes, viewport, this.band).map((index) => this.observed[index]!);
    if (inBand.length > 0) this.report(inBand);
    if (viewport.end) this.heading = null;
  }

  /** The story is scrolling to `step` on purpose: report nothing else until it gets there. */
  scrollingTo(step: Element | null): void {
    this.heading = step;
  }

  private onEntries = (entries: IntersectionObserverEntry[]): void => {
    const entering = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
    if (entering.length > 0) this.report(entering);
  };

  private report(entering: readonly Element[]): void {
    // When several enter at once (a jump), the last in reading order is the one in the band now.
    const target = this.heading && entering.includes(this.heading) ? this.heading : entering.at(-1)!;
    if (this.heading && target !== this.heading) return;
    this.heading = null;
    const index = this.observed.indexOf(target);
    if (index >= 0) this.options.onStep(index);
  }

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
