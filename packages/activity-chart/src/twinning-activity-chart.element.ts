import {
  addStyles, CategoryToggleController, lazyModule,
  applyFilters, describeFilters, formatNumber, formatPercent, placeName, regionName, RovingFocusController, styleProps,
  TwinningElement, type AnnotationTargetKind, type DatasetView, type TableModel,
} from '@twinning/core';
import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { buildModel, MODES, type ChartMode, type ChartModel } from './chart-model.ts';
import { categoryColor, categoryInk, categoryLabel, categorySlug, knownCategories } from './categories.ts';
import { COUNT_RULES, type CountRule } from './layout/counting.ts';
import { FACETS, type FacetKind } from './layout/facet-kinds.ts';
import type { ActivityReference } from './layout/reference.ts';
import { CHART_NOTE_KINDS } from './render/annotations.ts';
import { renderBarRows } from './render/bar-rows.ts';
import type { RenderContext } from './render/context.ts';
import { TexturesController } from './textures-controller.ts';
import { activityChartStyles } from './twinning-activity-chart.styles.ts';
import { chartMessages, type ChartMessages } from './twinning-activity-chart.messages.ts';

/** The data table's model: a chunk of its own, loaded when the table opens or with `actions`. */
const chartTableChunk = lazyModule(() => import('./table-model.ts'));
/** The layouts and renderers of the modes other than `share`: a chunk of its own (chart-modes.ts). */
const modesChunk = lazyModule(() => import('./chart-modes.ts'));

/**
 * @summary What the exchanges are about: each activity category's share of the recorded
 * activities, with the counting rule and the coverage stated in the caption.
 *
 * @fires twinning-category-toggle - A category was shown or hidden (`{category, active}`), by a legend button, or by a bar (one event per category whose state changed).
 * @fires twinning-select - Inherited: the selected agreement changed.
 * @fires twinning-error - Inherited: the data could not be loaded or validated.
 *
 * @csspart base - The wrapper. @csspart summary - The generated summary sentence.
 * @csspart bar - A bar or bar segment (`bar bar--active` when the chart is filtered to its category); carries `data-category`.
 * @csspart group-bar - In `compare` mode, the data's share of a reference group of categories.
 * @csspart reference - In `compare` mode, the reference share's tick.
 * @csspart axis - The share axis. @csspart caption - Counting rule, coverage and reference source.
 * @csspart legend - The category toggle buttons. @csspart tooltip - Follows the pointer and the focus.
 * @csspart table - The data table. @csspart notice - Skipped records. @csspart empty - Nothing to count.
 * @csspart error - Loading failed. @csspart actions - The data-table button.
 *
 * @cssprop --twinning-category-<slug> - Colour of a category (e.g. `--twinning-category-education`).
 * @cssprop --twinning-activity-chart-track-color - Background of a bar's full length.
 * @cssprop --twinning-activity-chart-label-color - Colour of value labels outside bars.
 * @cssprop --twinning-activity-chart-reference-color - Colour of reference ticks.
 */
export class TwinningActivityChart extends TwinningElement {
  /** The reactive properties (attributes and state), declared here rather than by decorators: smaller built code. */
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    count: { reflect: true },
    facet: { reflect: true },
    patterns: { type: Boolean, reflect: true },
    maxFacets: { type: Number, attribute: 'max-facets', reflect: true },
    reference: { attribute: false },
  };

  static override styles = [...TwinningElement.styles, activityChartStyles];

  /** `share` (default), `by-decade`, `by-region` or `compare`. Invalid values warn and fall back to `share`. */
  mode: string = 'share';
  /** Counting rule: `activities` (each activity once per category; default) or `tags` (each tag once). */
  count: string = 'activities';
  /** In `by-region` mode: `region` (province or prefecture; default) or `twinning` (one panel per agreement). */
  facet: string = 'region';
  /** Adds textures to the bars so categories stay apart in print and without colour. */
  patterns = false;
  /** In `by-region` mode, the most panels drawn (those with the most activities); the caption counts the rest. */
  maxFacets = 12;
  /**
   * The distribution `compare` mode draws as ticks; null draws none. Left unset, CLAIR's published
   * figure, which comes with the compare mode's chunk (the figures themselves are
   * `@twinning/activity-chart/references`).
   */
  reference: ActivityReference | null | undefined = undefined;

  /** The computed chart; null until data is ready. */
  protected model: ChartModel | null = null;
  private m: ChartMessages = chartMessages('en');
  /** What the model was built from: hover and focus never change it, so they never rebuild it. */
  private modelInputs: readonly unknown[] = [];
  private baseView: DatasetView | null = null;
  /**
   * Category toggling (legend buttons, bars) among the chart's own categories (those in view):
   * the attribute standalone, the provider when linked.
   */
  private readonly categoryToggle = new CategoryToggleController(this, {
    all: () => this.model?.categories ?? [],
    current: () => this.categories ?? this.shared?.categories,
    linked: () => !!this.shared,
  });
  private readonly textures = new TexturesController(this);
  private readonly roving = new RovingFocusController(this, {
    root: () => this.renderRoot.querySelector('.marks'),
    markOf: (key) => `[data-key="${CSS.escape(key)}"]`,
    keys: () => (this.model?.keys ?? []).map((k) => k.key),
    onActivate: (key) => {
      const category = this.model?.keys.find((k) => k.key === key)?.category;
      if (category) this.categoryToggle.solo(category);
      void this.updateComplete.then(() => this.roving.moveTo(key));
    },
    onEscape: () => {
      this.tip.hide();
      if (this.categories) this.categoryToggle.show(undefined);
    },
  });

  /** The mode in force (an invalid `mode` gives `share`). */
  get resolvedMode(): ChartMode {
    return this.option('mode', this.mode, MODES, 'share');
  }

  private option<T extends string>(name: string, value: string, valid: readonly T[], fallback: T): T {
    if ((valid as readonly string[]).includes(value)) return value as T;
    this.warn('invalid-attribute', `invalid ${name}: "${value}"; expected one of ${valid.join(', ')}`);
    return fallback;
  }

  /** An update waits for the code it draws with: a mode other than `share` (see modesChunk), the textures. */
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of Lit's scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const modes = this.mode !== 'share' ? modesChunk.loading() : null;
    const textures = this.textures.loading(this.patterns);
    return modes || textures ? Promise.all([modes, textures]).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.m = chartMessages(this.locale);
    if (this.state !== 'ready' || !this.loaded) return void (this.model = null);
    const { categories: shown, ...others } = this.filters;
    // The base makes a new view only when data or filters change; the chart ignores the category
    // filter for counting, so it filters once more only when that view changes.
    if (this.baseView === null || this.baseView.resolved !== this.view!.resolved || this.modelInputs[0] !== this.view) {
      this.baseView = applyFilters(this.loaded, others);
    }
    const inputs = [this.view, this.selectedId, shown?.join(','), this.comparedReference(), this.maxFacets, this.resolvedMode,
      this.option<CountRule>('count', this.count, COUNT_RULES, 'activities'), this.option<FacetKind>('facet', this.facet, FACETS, 'region')] as const;
    if (this.model && inputs.every((value, i) => value === this.modelInputs[i])) return;
    this.modelInputs = inputs;
    let view = this.baseView;
    const selected = this.selectedId;
    if (selected && view.twinningById.has(selected)) view = { ...view, activities: view.activities.filter((a) => a.twinning === selected) };
    const modes = modesChunk.get();
    if (modes && inputs[5] !== 'share') addStyles(this.renderRoot, modes.chartModeStyles);
    this.model = buildModel({
      view, shown, reference: inputs[3], order: knownCategories(this.loaded), maxFacets: this.maxFacets > 0 ? this.maxFacets : Infinity,
      mode: inputs[5], rule: inputs[6], facet: inputs[7], modes: modesChunk.get() ?? null,
    });
  }

  // ---- hooks --------------------------------------------------------------------------------

  /** The chart draws notes on categories and on years (at their decade, in `by-decade` mode). */
  protected override annotationKinds(): readonly AnnotationTargetKind[] {
    return CHART_NOTE_KINDS;
  }

  protected override chartLabel(): string {
    return this.m.chartLabel(this.m.modes[this.resolvedMode] ?? this.resolvedMode);
  }

  protected override summaryText(): string {
    const model = this.model;
    const top = model?.bars[0];
    if (!model || !top) return this.m.summaryNone;
    const n = model.rule === 'activities' ? model.tally.activities : model.tally.tags;
    return this.m.summary(categoryLabel(top.category, this.loaded, this.locale).text, formatNumber(top.count, this.locale), formatNumber(n, this.locale), formatPercent(top.share, this.locale));
  }

  protected override chartMinHeight(): number {
    return 160;
  }

  // The table model loads with the table (lazyModule): it is not part of the first paint.
  protected override tableLoading(): Promise<unknown> | null {
    return chartTableChunk.loading();
  }

  protected override tableModel(): TableModel {
    return chartTableChunk.get()!.activityChartTable(this.model!, this.renderContext(), this.m, (key) => this.facetTitle(key).text);
  }

  protected override renderChart(): TemplateResult {
    const model = this.model!;
    if (model.tally.activities === 0 || model.visible.size === 0) {
      return html`<p part="empty">${this.m.emptyActivities(describeFilters(this.filters, this.messages.filterNames))}</p>`;
    }
    const ctx = this.renderContext();
    const body =
      model.decades ? modesChunk.get()!.renderDecadeRows(model, ctx)
      : model.facets ? modesChunk.get()!.renderFacetGrid(model, ctx, (key) => this.facetTitle(key))
      : renderBarRows(model, ctx);
    return html`${this.textures.module?.renderTextures(model.categories, knownCategories(this.loaded), (c) => this.fillStyle(c), categorySlug) ?? nothing}
      <div class="marks" @click=${this.onClick} @keydown=${this.onKeydown} @focusin=${this.onFocus}
        @pointerover=${this.onPointer} @pointerleave=${this.hideTooltip} @focusout=${this.hideTooltip}>${body}</div>
      ${this.renderCaption(model)}`;
  }

  protected override renderLegend(): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model || model.categories.length === 0) return nothing;
    return html`<div part="legend" role="group" aria-label=${this.m.legend}>
      ${model.categories.map((category) => {
        const active = model.visible.has(category);
        const last = active && model.visible.size === 1;
        const label = categoryLabel(category, this.loaded, this.locale);
        return html`<button type="button" aria-pressed=${active ? 'true' : 'false'} aria-disabled=${last ? 'true' : nothing}
          data-category=${category} @click=${() => !last && this.categoryToggle.toggle(category)}>
          <svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><rect x="0.5" y="0.5" width="13" height="13" style=${this.fillStyle(category)}></rect></svg>
          <span lang=${label.lang !== 'und' && label.lang !== this.locale ? label.lang : nothing}>${label.text}</span></button>`;
      })}
      ${model.mode === 'compare' && this.comparedReference() ? html`<span><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><line x1="7" x2="7" y1="0" y2="14"></line></svg>
        ${modesChunk.get()?.chartModeMessages(this.locale).reference}</span>` : nothing}
    </div>`;
  }

  // ---- caption ------------------------------------------------------------------------------

  private renderCaption(model: ChartModel): TemplateResult {
    const m = this.m;
    const n = formatNumber(model.tally.activities, this.locale);
    const lines: (string | TemplateResult)[] = [
      m.coverage(n, model.tally.activities, formatNumber(model.agreements, this.locale), model.agreements),
      model.rule === 'activities' ? m.ruleActivities : m.ruleTags,
    ];
    if (model.visible.size < model.categories.length) lines.push(m.hiddenCategories(model.visible.size, model.categories.length));
    const modes = model.mode !== 'share' ? modesChunk.get() : undefined;
    if (modes) lines.push(...modes.modeCaptionLines(model, { locale: this.locale, facet: this.facet, reference: this.comparedReference() }));
    return html`<div part="caption">${lines.map((line) => html`<p>${line}</p>`)}</div>`;
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The reference `compare` mode draws: the property, or when unset the default from the modes chunk. */
  private comparedReference(): ActivityReference | null {
    return this.reference === undefined ? (modesChunk.get()?.DEFAULT_REFERENCE ?? null) : this.reference;
  }

  /** A category's colours as a CSP-safe style binding (a strict `style-src` refuses style text). */
  private fillStyle(category: string): DirectiveResult {
    return styleProps({
      '--_fill': categoryColor(category, this.loaded),
      '--_ink': categoryInk(category, this.loaded),
      '--_texture': `url(#texture-${categorySlug(category)})`,
    });
  }

  private facetTitle(key: string): { text: string; lang: string } {
    if (this.facet !== 'twinning') return regionName(this.loaded!, key, this.locale);
    const twinning = this.loaded!.twinnings.find((t) => t.id === key);
    const names = (twinning?.places ?? []).map((id) => this.loaded!.places.find((p) => p.id === id)).filter((p) => p !== undefined);
    return names.length ? { text: names.map((p) => placeName(p, this.locale).text).join(' – '), lang: 'und' } : { text: key, lang: 'und' };
  }

  private renderContext(): RenderContext {
    const shown = this.filters.categories;
    return {
      width: Math.max(280, this.width || 640), locale: this.locale, m: this.m,
      label: (c) => categoryLabel(c, this.loaded, this.locale),
      fillStyle: (c) => this.fillStyle(c),
      count: (v) => formatNumber(v, this.locale),
      percent: (v) => formatPercent(v, this.locale),
      focusKey: this.roving.current ?? '',
      activeCategory: shown?.length === 1 ? shown[0]! : null,
    };
  }

  // ---- interaction --------------------------------------------------------------------------

  private markOf(event: Event): SVGElement | null {
    const target = event.composedPath()[0];
    return target instanceof SVGElement && target.dataset.key && target.dataset.category ? target : null;
  }

  /** A bar filters the chart to its category; activating it again shows all categories. */
  private onClick = (event: MouseEvent) => {
    const mark = this.markOf(event);
    if (!mark) return;
    this.roving.focused(mark.dataset.key!);
    this.categoryToggle.solo(mark.dataset.category!);
  };

  private onKeydown = (event: KeyboardEvent) => this.roving.onKeydown(event);

  private onFocus = (event: FocusEvent) => {
    const mark = this.markOf(event);
    if (mark) this.roving.focused(mark.dataset.key!), this.showTooltip(mark);
  };

  private onPointer = (event: PointerEvent) => {
    const mark = this.markOf(event);
    if (mark) this.showTooltip(mark);
  };

  private hideTooltip = () => this.tip.hide();

  private showTooltip(mark: SVGElement): void {
    this.tip.show(mark, mark.getAttribute('aria-label') ?? '', mark.dataset.key);
  }
}
