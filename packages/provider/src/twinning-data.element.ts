import { provide } from '@lit/context';
import {
  DatasetController, inheritedLang, localeLoading, messagesFor, toLocale, dataValidating, twinningContext, TwinningErrorEvent,
  type Locale, type SharedState, type TwinningCategoryToggleEvent, type TwinningRangeChangeEvent, type TwinningSelectEvent,
} from '@twinning/core';
import type { Annotation, Problem, TwinningDataset } from '@twinning/schema';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announcement } from './announce.ts';
import { allCategories, changedKeys, LINKED_KEYS, toggledCategories, type LinkedState } from './linked-state.ts';
import { providerMessages } from './twinning-data.messages.ts';
import { providerStyles } from './twinning-data.styles.ts';
import { isStateHash, readHash, writeHash } from './url-state.ts';

/**
 * @summary Loads a dataset once and links the Twinning elements inside it: they share its data,
 * the selected agreement, the time range, the categories and the status and type filters.
 *
 * Selecting an agreement in one element selects it in all; a range chosen in the timeline
 * filters the others; a category switched on the chart filters the timeline. An element's own
 * attributes override the provider's for that element only. Each change is announced once in a
 * polite live region, in the provider's language. With `sync-url`, the state lives in the URL
 * hash (`#selected=…&since=…&until=…&categories=…&status=…&type=…`), so a view can be shared
 * by link and the back button restores the previous state.
 *
 * @slot - The Twinning elements (and any other content) to link.
 *
 * @fires twinning-error - The dataset could not be loaded or is invalid: `{ problems }`.
 * @fires twinning-select - (From its children, bubbling through.) Heard to update `selected`.
 * @fires twinning-range-change - (From its children.) Heard to update `since`/`until`.
 * @fires twinning-category-toggle - (From its children.) Heard to update `categories`.
 *
 * @csspart error - The load error (`role="alert"`), shown instead of the children.
 *
 * @cssprop --twinning-color-error - Border colour of the error part.
 */
export class TwinningData extends LitElement {
  static override styles = providerStyles;

  /** The dataset, as an object (a `TwinningDataset`). Wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** URL of a dataset (JSON, or a twinnings CSV). The newest value wins; older loads are aborted. */
  @property() src?: string;
  /** The selected agreement's id, shared with every element inside. */
  @property({ reflect: true }) selected?: string;
  /** First year shown (inclusive), shared. */
  @property({ type: Number, reflect: true }) since?: number;
  /** Last year shown (inclusive), shared. */
  @property({ type: Number, reflect: true }) until?: number;
  /** Comma list of activity categories shown, shared (unset: all). */
  @property({ reflect: true }) categories?: string;
  /** Comma list of statuses shown, shared (unset: all). */
  @property({ reflect: true }) status?: string;
  /** Comma list of agreement types shown, shared (unset: all). */
  @property({ reflect: true }) type?: string;
  /** Editors' notes for every element inside, besides the dataset's (see docs/story.md, "Annotations"). */
  @property({ attribute: false }) annotations?: readonly Annotation[];
  /** Keep the state in the URL hash; user changes add history entries, the back button restores them. */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  /** @internal What the elements inside consume. Replaced (never mutated) on every change. */
  @provide({ context: twinningContext }) shared: SharedState | undefined = {};

  @state() private liveText = '';

  /** Loading: `.data`, else `src`, else the bundled dataset; the newest request wins. */
  private readonly source = new DatasetController(this, {
    messages: () => messagesFor(this.locale),
    onResult: (result) => {
      this.announced = null;
      if (!result.ok) this.dispatchEvent(new TwinningErrorEvent(result.problems));
    },
  });
  private readonly slotElement = document.createElement('slot');
  private announced: LinkedState | null = null;
  private quiet = false;
  private history: 'push' | 'replace' | 'none' = 'replace';

  constructor() {
    super();
    this.addEventListener('twinning-select', this.onSelect);
    this.addEventListener('twinning-range-change', this.onRange);
    this.addEventListener('twinning-category-toggle', this.onCategoryToggle);
  }

  /** The validated dataset in use, or null while loading or after an error. */
  get loaded(): TwinningDataset | null {
    return this.source.dataset;
  }

  private get loadState() {
    return this.source.status;
  }

  private get loadedData(): TwinningDataset | null {
    return this.source.dataset;
  }

  /**
   * The next change of the linked state is announced by someone else (a story step says which
   * step the reader is on): take it in without speaking, so the reader hears one announcement.
   */
  changeQuietly(change: () => void): void {
    this.quiet = true;
    change();
    this.requestUpdate();
  }

  /** The linked state in force now. */
  get linkedState(): LinkedState {
    const state: Record<string, string | number> = {};
    for (const key of LINKED_KEYS) {
      const value = this[key];
      if (value !== undefined && value !== null && value !== '' && !(typeof value === 'number' && Number.isNaN(value))) state[key] = value;
    }
    return state as LinkedState;
  }

  private get locale(): Locale {
    return toLocale(inheritedLang(this));
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  /**
   * The slot goes in as soon as the shadow root exists, before the first render, so the elements
   * inside are laid out (and measure their width) when they connect, not one update later.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(this.slotElement);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onUrlChange);
    window.addEventListener('hashchange', this.onUrlChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onUrlChange);
    window.removeEventListener('hashchange', this.onUrlChange);
  }

  /** Waits, before rendering, for the UI text in the provider's language (fr, ja) and, for `.data`, the validator. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = localeLoading(toLocale(this.lang || inheritedLang(this)));
    const validating = dataValidating(this.data);
    return language || validating ? Promise.all([language, validating]).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl) this.readUrl(true);
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.source.load({ data: this.data, src: this.src });
    const current = this.linkedState;
    const home = this.loadedData ? this.source.home : null;
    this.shared = {
      ...current, ...(this.loadedData ? { dataset: this.loadedData } : {}), ...(home ? { place: home } : {}),
      ...(this.annotations ? { annotations: this.annotations } : {}),
    };
    if (this.loadState !== 'ready') return;
    if (this.quiet) this.quiet = false;
    else if (this.announced) {
      const text = announcement(this.announced, current, this.loadedData, this.locale);
      if (text) this.liveText = text;
    }
    this.announced = current;
  }

  protected override updated(): void {
    if (this.syncUrl) this.writeUrl();
  }

  // ---- what the children say ------------------------------------------------------------------

  private onSelect = (event: TwinningSelectEvent): void => {
    if (event.target === this) return;
    this.history = 'push';
    this.selected = event.twinning ?? undefined;
  };

  private onRange = (event: TwinningRangeChangeEvent): void => {
    if (event.target === this) return;
    this.history = 'push';
    this.since = event.from ?? undefined;
    this.until = event.to ?? undefined;
  };

  private onCategoryToggle = (event: TwinningCategoryToggleEvent): void => {
    if (event.target === this) return;
    this.history = 'push';
    this.categories = toggledCategories(this.categories, event.category, event.active, allCategories(this.loadedData));
  };

  // ---- the URL ---------------------------------------------------------------------------------

  /** Takes the state from the hash; on connect, only when the hash names some of it. */
  private readUrl(onConnect: boolean): void {
    const fromUrl = readHash(location.hash);
    if (!fromUrl || (onConnect && Object.keys(fromUrl).length === 0)) return;
    for (const key of LINKED_KEYS) (this as Record<string, unknown>)[key] = fromUrl[key];
    this.history = onConnect ? 'replace' : 'none';
  }

  private onUrlChange = (): void => {
    if (this.syncUrl) this.readUrl(false);
  };

  private writeUrl(): void {
    const mode = this.history;
    this.history = 'push';
    if (mode === 'none') return;
    const state = this.linkedState;
    const fromUrl = readHash(location.hash);
    if (fromUrl && changedKeys(fromUrl, state).length === 0) return;
    if (!isStateHash(location.hash) && Object.keys(state).length === 0) return;
    const url = `${location.pathname}${location.search}${writeHash(location.hash, state)}`;
    if (mode === 'replace') history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  // ---- render -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    // The children stay in place but are hidden while the error shows.
    this.slotElement.hidden = this.loadState === 'error';
    return html`${this.loadState === 'error' ? this.renderProblems() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveText}</div>`;
  }

  private renderProblems(): TemplateResult {
    const m = providerMessages(this.locale);
    const errors = this.source.problems.filter((p) => p.severity === 'error');
    return html`<div part="error" role="alert"><strong>${m.errorTitle}</strong>
      <ul>${errors.map((p) => html`<li>${p.message}${where(p) ? html` <code>${where(p)}</code>` : nothing}</li>`)}</ul></div>`;
  }
}

/** file:line:column, else the JSON pointer. */
function where(problem: Problem): string {
  if (problem.file) return `${problem.file}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}`;
  return problem.pointer;
}
