/**
 * The base of every Twinning element: data in (`.data`, `src`, a provider, or the bundled
 * dataset), the four states, the shared attributes as filters, language, the summary, the data
 * table, the skipped-records notice, the error part and the shared events. An element extends
 * it and fills in the hooks; it never re-implements any of this.
 */
import { ContextConsumer } from '@lit/context';
import type { Annotation, Problem, TwinningDataset } from '@twinning/schema';
import { html, LitElement, nothing, type PropertyValues, type ReactiveControllerHost, type PropertyDeclarations, type TemplateResult } from 'lit';
import { addStyles } from './added-styles.ts';
import { baseStyles } from './base-styles.ts';
import { twinningContext, type SharedState } from './context.ts';
import type { TableModel, TableSort } from './data-table.ts';
import { TwinningErrorEvent, TwinningSelectEvent } from './events.ts';
import { applyFilters, describeFilters, readFilters, type DatasetView, type Filters } from './filters.ts';
import { type BundledPart, dataValidating, LOAD_TIMEOUT_SECONDS } from './load-dataset.ts';
import { DatasetController } from './controllers/dataset-controller.ts';
import { attachPendingContextRequests } from './pending-context.ts';
import { inheritedLang, toLocale, type Locale } from './locale.ts';
import { messagesFor, type Messages } from './messages.ts';
import { localeLoading } from './message-catalog.ts';
import { lazyModule } from './lazy-module.ts';
import { ResizeController } from './resize-controller.ts';
import { styleProps } from './style-props.ts';
import { warnOnce, type WarningCode } from './warnings.ts';
import type { ExportMenu } from './export/export-menu.ts';

// Chunks of their own, awaited before the update that first needs them (like the language text):
// the export-and-cite menu for elements with `actions`, the data table when the reader opens it.
// Neither is part of the first paint, so pages that never use them never fetch them.
const exportMenuChunk = lazyModule(() => import('./export/export-menu.ts'));
const dataTableChunk = lazyModule(() => import('./data-table.ts'));
// The error list and the not-drawn notice are one too: loaded when there is an error or a skipped
// record to show (an error from `src` waits for it, like the language text).
const problemsChunk = lazyModule(() => import('./problem-parts.ts'));

// Editors' notes are a chunk of their own too, loaded for elements that have some (in the dataset,
// the `annotations` property or an inline script), so pages without notes never fetch it.
let annotationModule: typeof import('./annotations/annotation-controller.ts') | undefined;
let annotationLoad: Promise<unknown> | undefined;
function annotationsLoading(): Promise<unknown> | null {
  if (annotationModule) return null;
  annotationLoad ??= import('./annotations/annotation-controller.ts').then((module) => (annotationModule = module), () => (annotationLoad = undefined));
  return annotationLoad;
}
const NOTES_SCRIPT = ':scope > script[type="application/json"][slot="annotations"]';
import type { AnnotationController } from './annotations/annotation-controller.ts';
import type { Point } from './annotations/callout-placement.ts';
import type { AnnotationTargetKind } from './annotations/annotations-in-view.ts';
import { TooltipController } from './controllers/tooltip-controller.ts';

/** What the element is showing. */
export type ElementState = 'loading' | 'empty' | 'error' | 'ready';

/** Records the element could not draw, for the visible notice. */
export interface SkippedRecords {
  readonly count: number;
  readonly total: number;
  /** Plural noun in the UI language, e.g. "agreements". */
  readonly noun: string;
  /** One line per record: what it is and why it was not drawn. */
  readonly details: readonly string[];
}

const THEMES = ['light', 'dark', 'auto'] as const;

// A <twinning-data> defined after the elements inside it still reaches them: unanswered context
// requests wait at the document and are replayed when a provider connects. Once per page.
const ROOT_KEY = Symbol.for('twinning.context-root');
if (typeof document !== 'undefined' && !(globalThis as Record<symbol, unknown>)[ROOT_KEY]) {
  (globalThis as Record<symbol, unknown>)[ROOT_KEY] = true;
  attachPendingContextRequests(document.documentElement);
}

/**
 * The shared base of every Twinning element (see docs/components/contract.md).
 *
 * @fires twinning-select - An agreement was selected or the selection cleared: `{ twinning }`.
 * @fires twinning-error - The data could not be loaded or is invalid: `{ problems }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart summary - The generated summary sentence.
 * @csspart legend - The key to colours and marks.
 * @csspart tooltip - The card that follows the pointer and the keyboard focus.
 * @csspart table - The data table of exactly what is drawn.
 * @csspart notice - The notice about records that could not be drawn.
 * @csspart empty - The sentence shown when there is nothing to draw.
 * @csspart error - The error message (`role="alert"`).
 * @csspart actions - The buttons under the chart (data table, export).
 * @csspart annotations - The layer of editors' notes over the chart (a list under it in list views).
 * @csspart annotation - One note's callout (`role="note"`, focusable, after the marks in Tab order); carries `data-annotation`.
 *
 * @cssprop --twinning-font - Font family; inherits the page's font by default.
 * @cssprop --twinning-font-size - Base font size (default 14px).
 * @cssprop --twinning-color-text - Text colour (light #1d2330, dark #e8ebf2).
 * @cssprop --twinning-color-muted - Secondary text: summary, captions, axes (light #55607a, dark #a9b2c6).
 * @cssprop --twinning-color-background - Background (light #ffffff, dark #14171f).
 * @cssprop --twinning-color-surface - Panels, tooltips, table header (light #f3f5f9, dark #1f2430).
 * @cssprop --twinning-color-land - Land on maps (light #ecebe5, dark #343b49).
 * @cssprop --twinning-color-water - Water on maps (light #dbe6f1, dark #18202c).
 * @cssprop --twinning-color-border - Borders and grid lines (light #c5ccd8, dark #4a5468).
 * @cssprop --twinning-color-accent - Accent: selection, links, buttons (light #1f5fbf, dark #7fb0ff).
 * @cssprop --twinning-color-focus - The focus ring (light #c2410c, dark #ffb066).
 * @cssprop --twinning-color-error - Error text and border (light #a4161a, dark #ff8a8a).
 * @cssprop --twinning-annotation-background - Background of a note's callout (default: the background).
 * @cssprop --twinning-annotation-border-color - Border of a note's callout (default: the text colour).
 * @cssprop --twinning-annotation-number-background - The note number's disc (default: the text colour).
 * @cssprop --twinning-annotation-leader-color - The line from a callout to what it is about (default: the text colour).
 */
export abstract class TwinningElement extends LitElement {
  /** The reactive properties (attributes and state), declared here rather than by decorators: smaller built code. */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    twinning: { reflect: true },
    place: { reflect: true },
    status: { reflect: true },
    type: { reflect: true },
    since: { type: Number, reflect: true },
    until: { type: Number, reflect: true },
    categories: { reflect: true },
    selected: { reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    annotations: { attribute: false },
    actions: { type: Boolean, reflect: true },
    shared: { state: true },
    tableOpen: { state: true },
    tableSort: { state: true },
  };

  static override styles = [baseStyles];

  /**
   * Seconds a `src` request may take before the element stops it and shows a timeout message.
   * Page-wide (set it on TwinningElement, or on one element class); default LOAD_TIMEOUT_SECONDS.
   */
  static loadTimeoutSeconds = LOAD_TIMEOUT_SECONDS;

  /** The dataset, as an object (a `TwinningDataset`). Wins over `src`. */
  data?: unknown;
  /**
   * URL of a dataset: JSON, a twinnings CSV, or a municipality's partners CSV (told by its `role`
   * column). The newest value wins; older loads are aborted.
   */
  src?: string;
  /** Show one agreement by id. */
  twinning?: string;
  /** Show one place (by id) and all its partners. With a partners CSV as `src`, defaults to its home row. */
  place?: string;
  /** Comma list of statuses to keep: active, dormant, ended, unknown. */
  status?: string;
  /** Comma list of agreement types to keep. */
  type?: string;
  /** First year to keep (inclusive). */
  since?: number;
  /** Last year to keep (inclusive). */
  until?: number;
  /** Comma list of activity categories to keep. */
  categories?: string;
  /** The selected agreement's id. User selection sets it and fires `twinning-select`. */
  selected?: string;
  /** `en`, `fr` or `ja`; otherwise inherited from the nearest `[lang]` ancestor or the document. */
  override lang!: string;
  /** `light` (the default when unset), `dark`, or `auto` (follows the reader's `prefers-color-scheme`). */
  theme?: string;
  /**
   * Editors' notes to draw besides the dataset's `annotations` (an array of Annotation objects,
   * checked against the dataset; see docs/story.md, "Annotations").
   */
  annotations?: readonly Annotation[];
  /** Shows the export-and-cite menu (PNG, SVG, CSV, embed code, citation) in the actions bar. */
  actions = false;

  /** State shared by an enclosing `<twinning-data>`; the element's own attributes win. */
  /** @internal State shared by an enclosing `<twinning-data>`. */
  shared?: SharedState;

  private tableOpen = false;
  private tableSort: TableSort | null = null;

  /** Data loading: `.data`, `src`, the provider's dataset, or the bundled one; newest wins. */
  private readonly source = new DatasetController(this, {
    messages: () => this.messages,
    timeoutSeconds: () => (this.constructor as typeof TwinningElement).loadTimeoutSeconds,
    onResult: (result) => {
      this.viewKey = '';
      if (!result.ok) this.dispatchEvent(new TwinningErrorEvent(result.problems));
      else if (result.problems.length) {
        const codes = [...new Set(result.problems.map((p) => p.code))].join(', ');
        this.warn('invalid-data-warnings', `${result.problems.length} data warnings (${codes})`);
      }
    },
  });

  /**
   * The place framed: the `place` attribute, else the home place of a clerk's partners sheet
   * loaded through `src` (so `src="partners.csv"` alone shows that municipality's partners), else
   * the home place of the sheet an enclosing `<twinning-data src="partners.csv">` loaded.
   */
  protected get framedPlace(): string | undefined {
    return this.place ?? this.source.home ?? this.shared?.place ?? undefined;
  }

  /**
   * What this element needs of the bundled dataset before it can draw: all of it by default; an
   * element that draws no activities (the map) says `'agreements'` and fetches only those.
   */
  protected readonly bundledPart: BundledPart = 'all';

  /** The validated dataset in use, or null while loading or on error. */
  protected get loaded(): TwinningDataset | null {
    return this.source.dataset;
  }
  /** The dataset narrowed by the shared attributes. */
  protected view: DatasetView | null = null;
  /** The filters in force (own attributes over the provider's). */
  protected filters: Filters = {};
  /** What the element shows now. */
  protected state: ElementState = 'loading';
  /** The resolved UI language. */
  protected locale: Locale = 'en';
  /** Shared UI strings in `locale`. */
  protected messages: Messages = messagesFor('en');

  private readonly size = new ResizeController(this as unknown as ReactiveControllerHost & HTMLElement);
  /** The tooltip that follows pointer and focus; it renders itself, so moving it never re-renders the element. */
  protected readonly tip = new TooltipController(this, { container: () => this.renderRoot.querySelector('.chart') });
  /** Editors' notes (callouts, summary sentence, notes table); created once the element has notes. */
  private notes?: AnnotationController;
  private exportMenu?: ExportMenu;
  private viewKey = '';
  private problemsLoad?: Promise<unknown>;
  private readonly warned = new Set<string>();

  constructor() {
    super();
    // An enclosing <twinning-data>'s state, kept in `shared` as it changes.
    new ContextConsumer(this, { context: twinningContext, subscribe: true, callback: (value) => (this.shared = value) });
  }

  /** Content-box width of the host in CSS pixels (0 before layout). */
  protected get width(): number {
    return this.size.width;
  }

  // ---- hooks for elements ----------------------------------------------------------------

  /** The chart's accessible name. */
  protected abstract chartLabel(): string;
  /** The generated summary sentence(s). */
  protected abstract summaryText(): string;
  /** The marks; called only in the ready state. */
  protected abstract renderChart(): TemplateResult;
  /** Exactly what is drawn, as a table. Called once `tableLoading()` is null. */
  protected abstract tableModel(): TableModel;
  /**
   * For an element whose table model is a chunk of its own (`lazyModule`): its `loading()`. The
   * base awaits it before the update that opens the table, and before any with `actions` (the
   * export menu writes the table as CSV).
   */
  protected tableLoading(): Promise<unknown> | null {
    return null;
  }
  /** The legend, if any. */
  protected renderLegend(): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Extra buttons in the actions bar. */
  protected renderExtraActions(): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Whether the view leaves nothing to draw. */
  protected isEmpty(view: DatasetView): boolean {
    return view.twinnings.length === 0;
  }
  /** The empty-state sentence; null keeps the shared one (about agreements and filters). */
  protected emptyText(): string | null {
    return null;
  }
  /** Records that could not be drawn. */
  protected skippedRecords(): SkippedRecords | null {
    return null;
  }
  // The notes' hooks are optional: their defaults live in the notes' chunk (annotation-controller.ts).
  /** Marks that note callouts must not cover (a selector inside the chart area); default: every element's marks, labels and buttons. */
  protected annotationObstacles?(): string;
  /** Where a note about `years` points, in the chart area's pixels; null (the default): by `data-decade`, else unanchored. */
  protected annotationYearAnchor?(years: readonly [number, number]): Point | null;
  /** The kinds of note target the element draws callouts for (default: all); the others are only listed. */
  protected annotationKinds?(): readonly AnnotationTargetKind[];
  /** How notes are drawn: callouts over the marks (the default), or a list under them (for views that are lists). */
  protected annotationMode?(): 'callouts' | 'list';
  /** Height reserved while loading, so nothing shifts once loaded. */
  protected chartMinHeight(): number {
    return 320;
  }

  // ---- helpers for elements --------------------------------------------------------------

  /** Selects an agreement (or clears with null) and fires `twinning-select`. */
  protected select(id: string | null): void {
    if (!this.shared) this.selected = id ?? undefined;
    this.dispatchEvent(new TwinningSelectEvent(id));
  }

  /** The selected agreement in force: own attribute, else the provider's. */
  protected get selectedId(): string | undefined {
    return this.selected ?? this.shared?.selected;
  }

  /** A coded console warning, once per element. */
  protected warn(code: WarningCode, message: string): void {
    warnOnce(this.warned, this.localName, code, message);
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    languageObserver.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageObserver.delete(this);
  }

  /**
   * Waits, before rendering, for what the update needs that loads apart: the UI text in the
   * element's language (a chunk for fr and ja), for `.data` the validator, for `actions` the export
   * menu, and the data table once it is opened.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = toLocale(this.lang || inheritedLang(this));
    const language = localeLoading(locale);
    const validating = dataValidating(this.data);
    const menu = this.actions ? exportMenuChunk.loading() : null;
    const table = this.tableOpen ? dataTableChunk.loading() : null;
    const model = this.tableOpen || this.actions ? this.tableLoading() : null;
    // The notes' chunk brings its own UI text, loaded in the element's language before it renders.
    const notes = this.hasNotes() ? annotationsLoading()?.then(() => localeLoading(locale)) ?? null : null;
    const problems = this.source.status === 'error' ? problemsChunk.loading() : null;
    return language || validating || menu || table || model || notes || problems
      ? Promise.all([language, validating, menu, table, model, notes, problems]).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.locale = toLocale(this.lang || inheritedLang(this));
    this.messages = messagesFor(this.locale);
    if (this.theme !== undefined && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warn('invalid-attribute', `invalid theme: "${this.theme}"; expected one of ${THEMES.join(', ')}`);
    }
    const before = changed.get('shared') as SharedState | undefined;
    // A provider found late (or its dataset arriving) restarts the load; so does leaving a provider.
    const sharedDatasetChanged = changed.has('shared') && (before?.dataset !== this.shared?.dataset || !before !== !this.shared);
    if (!this.hasUpdated || changed.has('data') || changed.has('src') || sharedDatasetChanged) {
      this.source.load({ data: this.data, src: this.src, linked: !!this.shared, shared: this.shared?.dataset, bundledPart: this.bundledPart });
    }
    this.updateView();
    if (!this.notes && annotationModule && this.hasNotes()) this.notes = this.createNotes(annotationModule.AnnotationController);
    this.notes?.update(this.state === 'ready' ? this.loaded : null, this.view, this.filters, this.locale);
  }

  private updateView(): void {
    if (this.source.status !== 'ready' || !this.loaded) {
      this.view = null;
      this.state = this.source.status === 'error' ? 'error' : 'loading';
      return;
    }
    const s = this.shared;
    const { filters, invalid } = readFilters({
      twinning: this.twinning, place: this.framedPlace,
      status: this.status ?? s?.status, type: this.type ?? s?.type,
      since: this.since ?? s?.since, until: this.until ?? s?.until,
      categories: this.categories ?? s?.categories,
    });
    for (const bad of invalid) this.warn('invalid-attribute', `invalid ${bad.attribute}: "${bad.value}"; expected ${bad.valid}`);
    const key = JSON.stringify(filters);
    if (key !== this.viewKey || !this.view) {
      this.viewKey = key;
      this.filters = filters;
      this.view = applyFilters(this.loaded, filters);
    }
    this.state = this.isEmpty(this.view) ? 'empty' : 'ready';
  }

  // ---- render --------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ready = this.state === 'ready';
    return html`<div part="base" class="base" aria-busy=${this.state === 'loading' ? 'true' : 'false'}
        style=${styleProps({ '--_chart-min-height': `${this.chartMinHeight()}px` })}>
      ${ready || this.state === 'empty' ? html`<p part="summary" id="summary">${this.guard(() => this.summaryText(), '')}${ready && this.notes ? this.notes.renderSummary() : nothing}</p>` : nothing}
      <div class="chart" role="group" aria-label=${this.guard(() => this.chartLabel(), '')}>${this.renderState()}${ready ? this.tip.element : nothing}${ready && this.notes ? this.notes.element : nothing}</div>
      ${ready ? this.guard(() => this.renderLegend(), nothing) : nothing}
      ${ready ? this.renderNotice() : nothing}
      ${ready ? html`<div part="actions">
        <button type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table"
          @click=${() => (this.tableOpen = !this.tableOpen)}>${this.tableOpen ? this.messages.hideDataTable : this.messages.dataTable}</button>
        ${this.guard(() => this.renderExtraActions(), nothing)}${this.actions ? this.renderExportMenu() : nothing}</div>` : nothing}
      ${ready && this.tableOpen ? this.renderTable() : nothing}
    </div>`;
  }

  private renderState(): TemplateResult {
    const m = this.messages;
    switch (this.state) {
      case 'loading':
        return html`<div part="loading" role="status"><div><div class="spinner" aria-hidden="true"></div>${m.loading}</div></div>`;
      case 'error':
        return this.renderProblems(this.source.problems);
      case 'empty': {
        const hasFilters = Object.keys(this.filters).length > 0;
        return html`<p part="empty">${this.guard(() => this.emptyText(), null) ?? (hasFilters ? m.emptyFilters(describeFilters(this.filters, m.filterNames)) : m.emptyData)}</p>`;
      }
      case 'ready':
        return this.guard(() => this.renderChart(), null) ?? this.renderProblems(this.source.problems);
    }
  }

  /** The error part; its list comes with the problems' chunk (until then, or if it fails to load, the messages as text). */
  private renderProblems(problems: readonly Problem[]): TemplateResult {
    const errors = problems.filter((p) => p.severity === 'error');
    const parts = this.problemParts();
    return html`<div part="error" role="alert"><strong>${this.messages.errorTitle}</strong>
      ${parts ? parts.renderProblemList(errors, this.messages) : errors.map((p) => p.message).join(' ')}</div>`;
  }

  /** The problems' chunk with its styles added, or undefined while it loads (an update follows once it is in; one try per element). */
  private problemParts(): typeof import('./problem-parts.ts') | undefined {
    const parts = problemsChunk.get();
    if (parts) addStyles(this.renderRoot, parts.problemStyles);
    else this.problemsLoad ??= problemsChunk.loading()?.then(() => this.requestUpdate());
    return parts;
  }

  /** The data table, once its chunk is in (see dataTableChunk). */
  private renderTable(): TemplateResult | typeof nothing {
    const module = dataTableChunk.get();
    if (!module || this.tableLoading()) return nothing;
    addStyles(this.renderRoot, module.tableStyles);
    return html`<div part="table" id="table">${this.guard(
      () => module.renderDataTable(this.tableModel(), this.tableSort, this.locale, this.messages, (key) => this.sortTable(key)), nothing)}${this.notes?.renderTable(this.loaded) ?? nothing}</div>`;
  }

  /** The export menu, created on first use once its chunk is in (see exportMenuChunk). */
  private renderExportMenu(): TemplateResult | typeof nothing {
    const exportMenuModule = exportMenuChunk.get();
    if (!this.exportMenu && exportMenuModule) {
      this.exportMenu = new exportMenuModule.ExportMenu(this, () => ({ locale: this.locale, dataset: this.loaded, shared: this.shared,
        table: () => this.tableModel(), label: () => this.chartLabel(), summary: () => this.summaryText(),
        notes: (chart: Element) => this.notes?.exportNotes(chart) ?? [] }));
    }
    return this.exportMenu?.render() ?? nothing;
  }

  /** Whether the element has notes to show: in its dataset, its property, or an inline script here or in its provider. */
  private hasNotes(): boolean {
    if (this.notes) return true;
    const provider = this.closest('twinning-data');
    return !!this.source.dataset?.annotations?.length || (this.annotations !== undefined && this.annotations !== null) || !!this.shared?.annotations
      || !!this.querySelector(NOTES_SCRIPT) || !!provider?.querySelector(NOTES_SCRIPT);
  }

  private createNotes(Controller: typeof AnnotationController): AnnotationController {
    return new Controller(this, {
      container: () => this.renderRoot?.querySelector('.chart') ?? null,
      obstacles: () => this.annotationObstacles?.(),
      yearAnchor: (years) => this.annotationYearAnchor?.(years),
      mode: () => this.annotationMode?.() ?? 'callouts',
      kinds: () => this.annotationKinds?.(),
      own: () => this.annotations,
      shared: () => this.shared?.annotations,
      onProblems: (problems) => this.dispatchEvent(new TwinningErrorEvent(problems)),
    });
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const skipped = this.guard(() => this.skippedRecords(), null);
    if (!skipped || skipped.count === 0) return nothing;
    this.warn('records-not-drawn', `${skipped.count} of ${skipped.total} records not drawn: ${skipped.details.join('; ')}`);
    return this.problemParts()?.renderNotice(skipped, this.messages) ?? nothing;
  }

  private sortTable(key: string): void {
    const current = this.tableSort;
    this.tableSort = { key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' };
  }

  /** Runs a hook; a throw becomes an error state instead of escaping render(). */
  private guard<T, F>(hook: () => T, fallback: F): T | F {
    try {
      return hook();
    } catch (error) {
      console.error(`<${this.localName}> failed while drawing`, error);
      this.source.fail([{ severity: 'error', code: 'render-failed', pointer: '', message: `Drawing failed: ${String((error as Error)?.message ?? error)}` }]);
      return fallback;
    }
  }
}

/** One observer for the document's `lang`, shared by every element, so a page-wide language switch re-renders them. */
const languageObserver = (() => {
  const elements = new Set<TwinningElement>();
  let observer: MutationObserver | undefined;
  return {
    add(element: TwinningElement) {
      elements.add(element);
      observer ??= new MutationObserver(() => elements.forEach((e) => e.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    },
    delete(element: TwinningElement) {
      elements.delete(element);
      if (elements.size === 0) {
        observer?.disconnect();
        observer = undefined;
      }
    },
  };
})();
