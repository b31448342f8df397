import { inheritedLang, ResizeController, shortAnnouncement, toLocale, type Locale, type ViewportMessage } from '@twinning/core';
import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { StepApplier } from './apply-step.ts';
import { readStepState } from './story-state.ts';
import { FrameViewport } from './frame-viewport.ts';
import { TwinningStepChangeEvent } from './step-change-event.ts';
import { LOW_BAND, MIDDLE_BAND, type Band } from './step-band.ts';
import { StepObserver } from './step-observer.ts';
import { storyMessages } from './twinning-story.messages.ts';
import { storyStyles } from './twinning-story.styles.ts';

/** The story's width (in rem) from which the graphic sits beside the text; as in the styles. */
const WIDE_REM = 48;

/** What marks a step among the story's children. */
export const STEP_SELECTOR = ':scope > [data-twinning-step], :scope > twinning-step';

/**
 * @summary An article whose steps set the view of a linked graphic as the reader scrolls.
 *
 * Steps are the story's children marked `data-twinning-step` (or `<twinning-step>`); each sets
 * the graphic's `selected`, `since`, `until`, `categories` (on the `<twinning-data>` in the
 * graphic), `place` (on the elements inside), `layout` (on maps) and `mode` (on charts) from its
 * own attributes when it reaches the middle of the viewport. A key a step leaves out goes back to
 * the page's own value. The graphic sticks beside the text on wide stories and above it on
 * narrow ones. Buttons (and Alt+↓ / Alt+↑ while focus is in the story) move one step; the
 * active step's id is kept in the URL hash, so a link opens that step. Each step change is
 * announced once. Without JavaScript the steps are ordinary sections in reading order.
 *
 * @slot - The article: steps and any other content.
 * @slot graphic - A `<twinning-data>` (or an element holding one) that the steps drive.
 *
 * @fires twinning-step-change - The active step changed: a `TwinningStepChangeEvent` with `index` and `id` (also as `detail`).
 *
 * @csspart graphic - The sticky box holding the graphic. @csspart controls - Previous/next and the counter.
 * @csspart counter - "Step 2 of 6".
 *
 * @cssprop --twinning-story-graphic-background - Background behind the sticky graphic (default Canvas).
 * @cssprop --twinning-story-rule-color - Rule under the graphic on narrow stories.
 * @cssprop --twinning-color-accent - Marks the active step.
 */
export class TwinningStory extends LitElement {
  /** The reactive properties (attributes and state), declared here rather than by decorators: smaller built code. */
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    noHash: { type: Boolean, attribute: 'no-hash' },
    active: { state: true },
    liveText: { state: true },
    stepCount: { state: true },
  };

  static override styles = storyStyles;

  /** `en`, `fr` or `ja`; otherwise inherited from the nearest `[lang]` ancestor. */
  override lang!: string;
  /** Keep the active step's id in the URL hash (on by default; `no-hash` turns it off). */
  noHash = false;

  /** Index of the active step, -1 before any. */
  private active = -1;
  private liveText = '';
  private stepCount = 0;

  private steps: HTMLElement[] = [];
  private readonly applier = new StepApplier();
  private readonly observer = new StepObserver(this, { steps: () => this.collectSteps(), onStep: (index) => this.activate(index) });
  private readonly mutations = new MutationObserver(() => this.observer.observe());
  private readonly size = new ResizeController(this);
  /** In an iframe sized by `embed-resize.js`: the host page's viewport stands in for the window. */
  private readonly frame = new FrameViewport(this, (viewport) => this.followHost(viewport));
  private band: Band = MIDDLE_BAND;

  /** The step elements, in reading order. */
  get stepElements(): readonly HTMLElement[] {
    return this.steps;
  }

  /** Index of the active step (-1 before the reader reaches one). */
  get activeIndex(): number {
    return this.active;
  }

  private get locale(): Locale {
    return toLocale(this.lang || inheritedLang(this));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.mutations.observe(this, { childList: true });
    this.addEventListener('keydown', this.onKey);
  }

  /**
   * Wide stories (the container query in the styles) keep the graphic beside the text and read
   * the step in the middle of the viewport; narrow ones keep it above, so the band moves below it.
   */
  protected override updated(): void {
    if (this.size.width === 0) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.band = this.size.width >= WIDE_REM * rem ? MIDDLE_BAND : LOW_BAND;
    this.observer.setBand(this.band);
    if (this.frame.viewport) this.followHost(this.frame.viewport);
  }

  /** A step named in the URL hash opens once the layout exists, without animation. */
  protected override firstUpdated(): void {
    const fromHash = this.indexFromHash();
    if (fromHash < 0) return;
    this.goTo(fromHash, 'instant');
    // The browser scrolls to the fragment itself (to the top of the step) until the page has
    // loaded; bring the step back to the middle once it has.
    if (document.readyState !== 'complete') {
      window.addEventListener('load', () => {
        if (this.active === fromHash) this.goTo(fromHash, 'instant');
      }, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mutations.disconnect();
    this.removeEventListener('keydown', this.onKey);
  }

  /** Moves to step `index` (clamped): scrolls it to the middle and sets its view. */
  goTo(index: number, behavior: ScrollBehavior = this.scrollBehavior()): void {
    const steps = this.collectSteps();
    if (steps.length === 0) return;
    const target = Math.max(0, Math.min(steps.length - 1, index));
    const step = steps[target]!;
    this.observer.scrollingTo(step);
    if (!this.scrollHostTo(step, behavior)) step.scrollIntoView({ behavior, block: 'center' });
    this.activate(target);
  }

  next(): void {
    this.goTo(this.active + 1);
  }

  previous(): void {
    this.goTo(Math.max(0, this.active - 1));
  }

  /** Smooth, unless the reader asks for reduced motion. */
  scrollBehavior(): ScrollBehavior {
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
  }

  // ---- inside a frame ------------------------------------------------------------------------

  /** The host page scrolled or resized: measure steps against its viewport and keep the graphic in it. */
  private followHost(viewport: ViewportMessage): void {
    this.style.setProperty('--twinning-story-frame-vh', `${viewport.height / 100}px`);
    this.observer.viewportAt(viewport);
    const layout = this.renderRoot.querySelector<HTMLElement>('.layout');
    const aside = this.renderRoot.querySelector<HTMLElement>('.aside');
    if (!layout || !aside) return;
    // What `position: sticky` would do if this document scrolled: hold the graphic at the top of
    // the visible part, within the story.
    const rect = layout.getBoundingClientRect();
    const room = rect.height - aside.offsetHeight;
    const offset = Math.max(0, Math.min(room, viewport.top - (rect.top + window.scrollY)));
    aside.style.transform = offset > 0 ? `translateY(${Math.round(offset)}px)` : '';
  }

  /** In a frame: asks the host page to bring `step` to the band. False when no host page listens. */
  private scrollHostTo(step: HTMLElement, behavior: ScrollBehavior): boolean {
    const viewport = this.frame.viewport;
    if (!viewport) return false;
    const rect = step.getBoundingClientRect();
    const middle = rect.top + window.scrollY + rect.height / 2;
    return this.frame.scrollTo(middle - ((this.band.start + this.band.end) / 2) * viewport.height, behavior);
  }

  private collectSteps(): HTMLElement[] {
    this.steps = [...this.querySelectorAll<HTMLElement>(STEP_SELECTOR)];
    this.stepCount = this.steps.length;
    return this.steps;
  }

  private activate(index: number): void {
    const step = this.steps[index];
    if (!step || index === this.active) return;
    this.steps[this.active]?.removeAttribute('data-twinning-active');
    this.steps[this.active]?.removeAttribute('aria-current');
    step.setAttribute('data-twinning-active', '');
    step.setAttribute('aria-current', 'step');
    this.active = index;
    this.applier.apply(this.querySelector(':scope > [slot="graphic"]'), readStepState(step));
    const m = storyMessages(this.locale);
    const heading = step.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '';
    this.liveText = shortAnnouncement(m.announce(this.number(index + 1), this.number(this.steps.length), heading));
    this.writeHash(step, index);
    this.dispatchEvent(new TwinningStepChangeEvent(index, step.id));
  }

  // ---- the URL hash --------------------------------------------------------------------------

  private indexFromHash(): number {
    if (this.noHash || !location.hash) return -1;
    const id = decodeURIComponent(location.hash.slice(1));
    return this.collectSteps().findIndex((step) => step.id === id);
  }

  private writeHash(step: HTMLElement, index: number): void {
    if (this.noHash) return;
    if (!step.id) step.id = `step-${index + 1}`;
    if (decodeURIComponent(location.hash.slice(1)) === step.id) return;
    // Replace, not push: scrolling through a story must not fill the back button's history.
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${encodeURIComponent(step.id)}`);
  }

  // ---- keys ------------------------------------------------------------------------------------

  private onKey = (event: KeyboardEvent): void => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowDown') this.next();
    else if (event.key === 'ArrowUp') this.previous();
    else return;
    event.preventDefault();
  };

  // ---- render ----------------------------------------------------------------------------------

  private number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  protected override render(): TemplateResult {
    const m = storyMessages(this.locale);
    const total = this.stepCount;
    const current = Math.max(0, this.active);
    // aria-disabled, not disabled: a button that becomes disabled under focus would drop the focus.
    return html`<div class="layout">
        <div class="aside">
          <div class="graphic" part="graphic"><slot name="graphic"></slot></div>
          <div class="controls" part="controls" role="group" aria-label=${m.controls}>
            <button type="button" @click=${() => this.previous()} aria-disabled=${this.active <= 0 ? 'true' : 'false'}>${m.previous}</button>
            <span class="counter" part="counter">${m.counter(this.number(current + 1), this.number(total))}</span>
            <button type="button" @click=${() => this.next()} aria-disabled=${this.active >= total - 1 ? 'true' : 'false'}>${m.next}</button>
          </div>
        </div>
        <div class="steps"><slot></slot></div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveText}</div>`;
  }
}
