import {
  lazyModule,
  baseStyles, formatNumber, regionName, TwinningElement, TwinningRangeChangeEvent,
  type Point, type SkippedRecords, type TableModel,
} from '@twinning/core';
import { formatPartialDate, textIn, type Activity } from '@twinning/schema';
import { html, nothing, svg, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { BrushController } from './brush-controller.ts';
import {
  GROUP_BY, isNarrow, narrowList, timelineModel, visibleLanes, type FocusTarget, type GroupBy, type TimelineModel,
} from './layout/index.ts';
import { LaneKeysController } from './lane-keys-controller.ts';
import { NarrowRowsController } from './narrow-rows-controller.ts';
import { OverviewRange } from './overview-range.ts';
import { yearAnchorOnAxis } from './render/annotations.ts';
import { renderAxis } from './render/axis.ts';
import { SIZES, formatYearNumber, type RenderContext } from './render/context.ts';
import { renderDetail } from './render/detail.ts';
import { renderLane, renderMarks, renderQuietPeriods } from './render/lanes.ts';
import { renderItem, type ListHandlers } from './render/list.ts';
import { renderNarrow } from './render/narrow.ts';
import { renderOverview } from './render/overview.ts';
import { renderLegend } from './render/legend.ts';
import { renderRangeControls } from './render/range-controls.ts';
import { RevealSelectionController } from './reveal-selection-controller.ts';
import { timelineMessages, type TimelineMessages } from './twinning-timeline.messages.ts';
import { timelineStyles } from './twinning-timeline.styles.ts';

/** The data table's model: a chunk of its own, loaded when the table opens or with `actions`. */
const timelineTableChunk = lazyModule(() => import('./timeline-table.ts'));

/**
 * @summary Sixty years of twinning agreements and what they did: one lane per agreement, its
 * activities as marks, and the gaps in the record shown as gaps.
 *
 * @fires twinning-select - An agreement was selected (click, Enter or Space on a lane) or cleared (Escape).
 * @fires twinning-range-change - The user chose a range of years with the brush or the range sliders: `{from, to}`.
 * @fires twinning-error - The data could not be loaded or validated.
 *
 * @csspart base, summary, legend, tooltip, table, notice, empty, error, actions - Shared parts of every Twinning element.
 * @csspart overview - The strip of agreements signed per year (bars) and in force (line).
 * @csspart axis - The time axis, with Japanese eras when `era` is on.
 * @csspart lane - One agreement's lane (`lane lane--selected` when selected).
 * @csspart activity - One activity mark (`activity activity--active` while its details are open).
 * @csspart detail - The activity detail panel.
 *
 * @cssprop --twinning-category-<slug> - Colour of an activity category.
 * @cssprop --twinning-timeline-max-height - Height of the scrolling lane area (default 32em).
 * @cssprop --twinning-timeline-lane-selected-background - Background of the selected lane.
 * @cssprop --twinning-timeline-lifeline-color - Colour of lifelines.
 * @cssprop --twinning-timeline-quiet-color - Colour of the hatching of quiet periods.
 * @cssprop --twinning-timeline-overview-bar-color - Colour of the overview bars.
 * @cssprop --twinning-timeline-overview-line-color - Colour of the in-force line.
 */
export class TwinningTimeline extends TwinningElement {
  /** The reactive properties (attributes and state), declared here rather than by decorators: smaller built code. */
  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by', reflect: true },
    quietYears: { attribute: 'quiet-years', type: Number, reflect: true },
    era: { reflect: true },
    now: { attribute: false },
    focusTarget: { state: true },
    activeActivity: { state: true },
    lanesScroll: { state: true },
  };

  static override styles = [baseStyles, timelineStyles];

  /** How lanes are grouped: `region` (default), `type`, `status` or `none`. */
  groupBy: string = 'region';
  /** Shortest gap, in years, shaded as "no recorded activity". */
  quietYears = 5;
  /** Japanese era axis: present or `on` shows it, `off` hides it; unset, it is on for `ja` only. */
  era?: string;
  /** The date open lifelines run to and quiet periods are measured against; default: now. Pin it for reproducible output. */
  now?: Date;

  private focusTarget: FocusTarget = { lane: 0, mark: null };
  private activeActivity: string | null = null;
  private lanesScroll = 0;

  private model: TimelineModel | null = null;
  private readonly overview = new OverviewRange();
  private modelKey = '';
  private modelView: unknown = null;
  private viewport = 600;
  private returnFocus: string | null = null;
  private t: TimelineMessages = timelineMessages('en');
  private readonly rows = new NarrowRowsController(this, {
    root: () => this.renderRoot.querySelector('.narrow'),
    keys: () => this.model?.lanes.map((l) => l.lane.id) ?? [],
  });
  private readonly keys = new LaneKeysController(this, {
    model: () => this.model, focus: () => this.focusTarget, moveFocus: (target) => { this.focusTarget = target; },
    box: () => this.renderRoot.querySelector<HTMLElement>('.lanes'), viewport: () => this.viewport,
    scrolled: (top) => { this.lanesScroll = top; },
    openMark: (a) => this.openDetail(a, `[part~='activity'][data-activity="${CSS.escape(a.id)}"]`),
    toggleLane: (i) => this.toggleSelect(i), clear: () => { if (this.selectedId) this.select(null); },
  });

  constructor() {
    super();
    new BrushController(this, {
      extent: () => (this.overview.model && !this.narrow ? [[this.labelWidth, 0], [this.chartWidth - SIZES.padRight, SIZES.overviewHeight - 14]] : null),
      selection: () => this.overview.pixels(this.filters.since, this.filters.until),
      onBrush: (px) => this.setRange(px ? this.overview.yearAt(px[0]) : null, px ? this.overview.yearAt(px[1] - 0.5) : null),
    });
    new RevealSelectionController(this, {
      selected: () => this.selectedId ?? null,
      box: () => this.renderRoot.querySelector<HTMLElement>(this.narrow ? '.narrow' : '.lanes'),
      lane: (id, box) => {
        if (this.narrow) return this.rows.rowBox(id, box);
        const lane = this.model?.lanes.find((l) => l.lane.id === id);
        return lane ? { top: lane.y, height: lane.height } : null;
      },
    });
  }

  private get chartWidth(): number {
    return Math.max(320, this.width || 800);
  }
  private get narrow(): boolean {
    return isNarrow(this.width);
  }
  private get labelWidth(): number {
    return Math.round(Math.min(230, Math.max(150, this.chartWidth * 0.24)));
  }
  private get eraOn(): boolean {
    return this.era === undefined || this.era === null ? this.locale === 'ja' : this.era !== 'off' && this.era !== 'false';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.t = timelineMessages(this.locale);
    if (this.state !== 'ready' || !this.view || !this.loaded) return void (this.model = null);
    this.rows.selectionChanged(this.selectedId ?? null);
    const groupBy: GroupBy = (GROUP_BY as readonly string[]).includes(this.groupBy) ? (this.groupBy as GroupBy) : 'region';
    if (groupBy !== this.groupBy) this.warn('invalid-attribute', `invalid group-by: "${this.groupBy}"; expected one of ${GROUP_BY.join(', ')}`);
    const quietYears = this.quietYears > 0 ? this.quietYears : 5;
    const key = [this.locale, this.chartWidth, groupBy, quietYears, this.twinning, this.now?.getTime()].join('|');
    if (this.model && key === this.modelKey && this.modelView === this.view) return;
    this.modelKey = key;
    this.modelView = this.view;
    const today = this.now ?? new Date();
    const dataset = this.loaded;
    this.model = timelineModel(this.view.twinnings, this.view.activitiesByTwinning, this.view.placeById, {
      groupBy, quietYears, locale: this.locale, today, range: [this.labelWidth, this.chartWidth - SIZES.padRight],
      since: this.filters.since, until: this.filters.until, expanded: this.twinning ?? null,
      laneHeight: SIZES.laneHeight, expandedHeight: SIZES.expandedHeight, headerHeight: SIZES.headerHeight,
      dates: this.view.resolved.dateOf,
      label: (k, by) => (by === 'region' ? regionName(dataset, k, this.locale).text || this.t.ungrouped : by === 'status' ? this.messages.status[k] ?? k : by === 'type' ? this.messages.type[k] ?? k : this.t.label),
    });
    this.overview.layOut(dataset, this.filters, today, [this.labelWidth, this.chartWidth - SIZES.padRight]);
    if (this.focusTarget.lane >= this.model.lanes.length) this.focusTarget = { lane: 0, mark: null };
    this.rows.laidOut(this.model.lanes.map((l) => l.lane.id));
  }
  protected override chartLabel(): string {
    return this.t.label;
  }

  protected override annotationMode(): 'callouts' | 'list' {
    return this.narrow ? 'list' : 'callouts';
  }

  protected override annotationYearAnchor(years: readonly [number, number]): Point | null {
    return this.model && !this.narrow ? yearAnchorOnAxis(this.renderRoot, this.model.scale, years) : null;
  }

  protected override summaryText(): string {
    const m = this.model;
    if (!m) return '';
    const years = m.lanes.map((l) => l.lane.signed?.start.getUTCFullYear()).filter((y): y is number => y !== undefined);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const span = !years.length ? '' : first === last ? formatYearNumber(first, this.locale) : `${formatYearNumber(first, this.locale)}–${formatYearNumber(last, this.locale)}`;
    const quiet = m.lanes.reduce((n, l) => n + l.quiet.length, 0);
    const fmt = (n: number) => formatNumber(n, this.locale);
    return this.t.summary(this.t.agreementsCount(fmt(m.lanes.length), m.lanes.length), this.t.activitiesCount(fmt(m.markCount), m.markCount), span, quiet, this.quietYears > 0 ? this.quietYears : 5);
  }

  // The table model loads with the table (lazyModule): it is not part of the first paint.
  protected override tableLoading(): Promise<unknown> | null {
    return timelineTableChunk.loading();
  }

  protected override tableModel(): TableModel {
    return timelineTableChunk.get()!.timelineTable(this.model!, this.loaded, this.locale, this.t);
  }

  protected override skippedRecords(): SkippedRecords | null {
    const skipped = this.model?.skipped ?? [];
    if (!skipped.length) return null;
    const total = this.model!.markCount + skipped.length;
    return { count: skipped.length, total, noun: this.messages.activities(total), details: skipped.map((a) => `${a.id}: "${a.date}"`) };
  }

  protected override renderExtraActions(): TemplateResult | typeof nothing {
    return this.filters.since != null || this.filters.until != null
      ? html`<button type="button" class="reset-range" @click=${() => this.setRange(null, null)}>${this.t.resetRange}</button>`
      : nothing;
  }

  protected override renderLegend(): TemplateResult | typeof nothing {
    return this.model ? renderLegend(this.context(), this.quietYears > 0 ? this.quietYears : 5) : nothing;
  }

  protected override renderChart(): TemplateResult {
    const ctx = this.context();
    if (this.narrow) {
      const list = narrowList(ctx.model.groups, this.view!.activitiesByTwinning, this.locale, this.view!.resolved.dateOf);
      return html`${this.renderRangeControls()}${renderNarrow(list, this.quietByLane(), ctx, { ...this.listHandlers(ctx), ...this.rows.handlers() })}`;
    }
    const model = ctx.model;
    const slice = visibleLanes(model.lanes, this.lanesScroll, this.viewport, 6);
    const focused = model.lanes[this.focusTarget.lane];
    const rows = focused && !slice.rows.includes(focused) ? [...slice.rows, focused] : slice.rows;
    const active = this.activeActivity ? this.view!.activities.find((a) => a.id === this.activeActivity) : undefined;
    const story = this.twinning && model.lanes.length === 1 ? model.lanes[0]! : null;
    return html`${this.renderRangeControls()}
      ${this.overview.model && !story ? renderOverview(this.overview.model, this.overview.scale, ctx) : nothing}
      ${renderAxis(ctx)}
      <div class="lanes" @scroll=${this.onScroll} @keydown=${this.keys.onKeydown}>
        <svg width=${ctx.width} height=${model.height} aria-label=${this.t.keyboardHelp} role="group">
          <g class="grid" aria-hidden="true">${model.ticks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1="0" y2=${model.height}></line>`)}</g>
          ${model.headers.map((h) => svg`<text class="group-label small" x="4" y=${h.y + h.height / 2 + 4}>${h.label}</text>`)}
          ${rows.map((lane) => renderLane(lane, ctx))}
          ${rows.map((lane) => renderQuietPeriods(lane, ctx))}
          ${rows.map((lane) => renderMarks(lane, ctx))}
        </svg>
      </div>
      ${story ? renderItem(narrowList(model.groups, this.view!.activitiesByTwinning, this.locale, this.view!.resolved.dateOf)[0]!.items[0]!, story.quiet, ctx, this.listHandlers(ctx), false) : nothing}
      ${active ? renderDetail(active, ctx, () => this.closeDetail()) : nothing}`;
  }

  private renderRangeControls(): TemplateResult {
    const years = this.overview.years();
    return renderRangeControls(this.context(), years, this.filters.since ?? years[0], this.filters.until ?? years[1], (a, b) => this.setRange(a, b));
  }

  private context(): RenderContext {
    return {
      model: this.model!, dataset: this.loaded, placeById: this.view!.placeById, locale: this.locale, t: this.t,
      width: this.chartWidth, labelWidth: this.labelWidth, era: this.eraOn, selected: this.selectedId,
      focus: this.focusTarget, activeActivity: this.activeActivity,
      onLaneClick: (i) => { this.focusTarget = { lane: i, mark: null }; this.toggleSelect(i); },
      onActivityClick: (lane, mark, a) => { this.focusTarget = { lane, mark }; this.openDetail(a, `[part~='activity'][data-activity="${CSS.escape(a.id)}"]`); },
      onActivityHover: (a, target) => this.showTooltip(a, target),
    };
  }

  private listHandlers(ctx: RenderContext): ListHandlers {
    return {
      onSelect: (id) => this.toggleSelect(ctx.model.lanes.findIndex((l) => l.lane.id === id)),
      onOpen: (a) => this.openDetail(a, `[data-activity="${CSS.escape(a.id)}"] button`),
      detail: (id) => {
        const active = this.activeActivity ? this.view!.activities.find((a) => a.id === this.activeActivity) : undefined;
        return active && active.twinning === id ? renderDetail(active, ctx, () => this.closeDetail()) : nothing;
      },
    };
  }

  private quietByLane() {
    return new Map(this.model!.lanes.map((l) => [l.lane.id, l.quiet]));
  }

  /**
   * The user chose a range (years, inclusive; null for open): standalone it sets `since`/`until`,
   * inside a `<twinning-data>` the provider holds it; `twinning-range-change` fires either way.
   */
  private setRange(from: number | null, to: number | null): void {
    if (!this.shared) {
      this.since = from ?? undefined;
      this.until = to ?? undefined;
    }
    this.dispatchEvent(new TwinningRangeChangeEvent(from, to));
  }

  private toggleSelect(index: number): void {
    const id = this.model?.lanes[index]?.lane.id;
    if (id) this.select(this.selectedId === id ? null : id);
  }

  private openDetail(activity: Activity, returnSelector: string): void {
    this.activeActivity = activity.id;
    this.returnFocus = returnSelector;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>("[part~='detail']")?.focus());
  }

  private closeDetail(): void {
    const selector = this.returnFocus;
    this.activeActivity = null;
    this.updateComplete.then(() => selector && this.renderRoot.querySelector<HTMLElement | SVGElement>(selector)?.focus());
  }

  private showTooltip(activity: Activity | null, target: Element | null): void {
    const chart = this.renderRoot.querySelector('.chart');
    if (!activity || !target || !chart) return this.tip.hide();
    const box = target.getBoundingClientRect();
    const origin = chart.getBoundingClientRect();
    const title = textIn(activity.title, this.locale);
    this.tip.show({ x: box.left - origin.left - 8, y: box.bottom - origin.top - 2 },
      html`<strong lang=${title.lang !== 'und' && title.lang !== this.locale ? title.lang : nothing}>${title.text}</strong><br>${formatPartialDate(activity.date, this.locale)}`,
      `${this.locale}|${activity.id}`);
  }

  private onScroll = (event: Event): void => {
    const el = event.currentTarget as HTMLElement;
    this.viewport = el.clientHeight || this.viewport;
    this.lanesScroll = el.scrollTop;
  };
}
