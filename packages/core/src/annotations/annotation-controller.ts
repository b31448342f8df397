/**
 * Editors' notes on an element: which are in view, the callouts drawn over the chart (placed
 * clear of the marks and of each other, with leader lines), the notes sentence of the summary,
 * the notes table, and what the SVG/PNG export draws. One controller, so the map, timeline and
 * chart behave alike. Like the tooltip, it owns its element and renders into it after each host
 * update, because placing a callout needs the marks' measured boxes.
 *
 * Notes come from the dataset's `annotations`, then from the page: the element's `annotations`
 * property and `<script type="application/json" slot="annotations">` children of the element
 * or of its `<twinning-data>`. Page notes are checked against the dataset; a bad one is not drawn,
 * and is reported on screen and in a `twinning-error` event.
 */
import type { Annotation, Problem, TwinningDataset } from '@twinning/schema';
import { nothing, render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { addStyles } from '../added-styles.ts';
import { dataTextLang, dataTextString } from '../data-text.ts';
import type { DatasetView, Filters } from '../filters.ts';
import { loadValidator } from '../load-dataset.ts';
import type { Locale } from '../locale.ts';
import { findAnchor, markBoxes } from './annotation-anchors.ts';
import { annotationStyles } from './annotation-styles.ts';
import { annotationsInView, type AnnotationTargetKind, type ViewAnnotation } from './annotations-in-view.ts';
import { checkPageNotes, readPageNotes } from './page-notes.ts';
import { renderCallouts, renderNotesSentence, renderNotesTable } from './render-annotations.ts';
import { placeCallouts, type Point, type PlacedCallout } from './callout-placement.ts';

/** The marks of every element that callouts must not cover, unless the element names its own. */
const DEFAULT_OBSTACLES = '[part~="place"], [part~="label"], [part~="activity"], [part~="bar"], [part~="reference"], svg text, button, [part~="caption"]';

/** What the controller asks of its element. */
export interface AnnotationControllerOptions {
  /** The positioned chart area the callouts are drawn over. */
  readonly container: () => HTMLElement | null;
  /** Selector of the marks callouts must not cover (default: every element's dots, glyphs, bars, labels, text and buttons). */
  readonly obstacles: () => string | undefined;
  /** Where a note about years points, in the container's pixels, or null/undefined (then by `data-decade`). */
  readonly yearAnchor: (years: readonly [number, number]) => Point | null | undefined;
  /**
   * `callouts` (default): boxes over the chart with leaders; `list`: the notes in a list under the
   * marks, for views that are themselves lists (the narrow timeline) where a leader would be lost.
   */
  readonly mode?: () => 'callouts' | 'list';
  /**
   * The kinds of target the element draws callouts for (default: all). Notes of other kinds (a
   * year on the map) are still in the summary and the notes table, under their numbers.
   */
  readonly kinds?: () => readonly AnnotationTargetKind[] | undefined;
  /** Notes given on the element (its `annotations` property). */
  readonly own: () => unknown;
  /** Notes given to the enclosing `<twinning-data>` (its `annotations` property). */
  readonly shared?: () => unknown;
  /** Page notes that failed their check. */
  readonly onProblems: (problems: Problem[]) => void;
}

/** A note as the SVG export draws it, in the exported chart's pixels. */
export interface ExportedNote {
  readonly number: number;
  readonly text: string;
  readonly lang?: string;
  readonly box?: { x: number; y: number; width: number; height: number };
  readonly leader?: { from: Point; to: Point };
}

export class AnnotationController implements ReactiveController {
  /** The layer over the chart (`part="annotations"`); the element places it once, after its marks. */
  readonly element: HTMLDivElement;
  /** The notes in view, numbered in reading order. */
  notes: readonly ViewAnnotation[] = [];
  /** The notes drawn as callouts: those in view of a kind the element draws. */
  private get drawn(): readonly ViewAnnotation[] {
    const kinds = this.options.kinds?.();
    return kinds ? this.notes.filter((n) => kinds.includes(n.kind)) : this.notes;
  }
  private placed: readonly PlacedCallout[] = [];
  private locale: Locale = 'en';
  private pageKey = '';
  private pageNotes: readonly Annotation[] = [];
  private pageProblems: readonly Problem[] = [];
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AnnotationControllerOptions,
  ) {
    this.element = document.createElement('div');
    this.element.setAttribute('part', 'annotations');
    this.element.dataset.annotationLayer = '';
    host.addController(this);
    // The callouts' and notes table's look travels with this chunk: pages without notes load none of it.
    if (host.shadowRoot) addStyles(host.shadowRoot, annotationStyles);
  }

  // Scroll events do not leave the shadow tree, so a scroll box inside it (the timeline's lanes)
  // is heard at the shadow root; the callouts follow what they point at.
  private scrollRoot: Node | null = null;

  hostConnected(): void {
    this.scrollRoot = this.host.shadowRoot ?? this.host;
    if (this.host.shadowRoot) addStyles(this.host.shadowRoot, annotationStyles);
    this.scrollRoot.addEventListener('scroll', this.onScroll, true);
  }

  hostDisconnected(): void {
    this.scrollRoot?.removeEventListener('scroll', this.onScroll, true);
    this.scrollRoot = null;
    cancelAnimationFrame(this.frame);
  }

  /** Recomputes the notes in view; call from the element's `willUpdate`. */
  update(dataset: TwinningDataset | null, view: DatasetView | null, filters: Filters, locale: Locale): void {
    this.locale = locale;
    if (!dataset || !view) {
      this.notes = [];
      return;
    }
    this.checkPageNotes(dataset);
    this.notes = annotationsInView([...(dataset.annotations ?? []), ...this.pageNotes], view, filters, locale);
  }

  hostUpdated(): void {
    this.layout();
  }

  /** Places and draws the callouts; a failure leaves the chart without callouts, never breaks it. */
  private layout(): void {
    try {
      this.place();
    } catch (error) {
      console.error(`<${this.host.localName}> could not place its notes`, error);
      this.placed = [];
      render(nothing, this.element);
    }
  }

  /** The summary's notes sentence: "2 notes: 1. … 2. …". */
  renderSummary(): TemplateResult | typeof nothing {
    return renderNotesSentence(this.notes, this.locale);
  }

  /** The notes table, below the element's data table. */
  renderTable(dataset: TwinningDataset | null): TemplateResult | typeof nothing {
    return renderNotesTable(this.notes, dataset, this.locale);
  }

  /** The callouts as the export draws them, relative to the exported chart SVG. */
  exportNotes(chart: Element): ExportedNote[] {
    const container = this.options.container();
    const c = container?.getBoundingClientRect();
    const s = chart.getBoundingClientRect();
    const dx = c ? c.left - s.left : 0;
    const dy = c ? c.top - s.top : 0;
    const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
    return this.notes.map((n) => {
      const placed = this.placed.find((p) => p.id === n.id);
      const lang = dataTextLang(n.text, this.locale);
      return {
        number: n.number, text: dataTextString(n.text), ...(lang ? { lang } : {}),
        ...(placed ? { box: { ...move(placed.box), width: placed.box.width, height: placed.box.height } } : {}),
        ...(placed?.leader ? { leader: { from: move(placed.leader.from), to: move(placed.leader.to) } } : {}),
      };
    });
  }

  // ---- page notes -------------------------------------------------------------------------

  private checkPageNotes(dataset: TwinningDataset): void {
    const page = readPageNotes(this.host, this.options.own(), this.options.shared?.());
    if (page.key === this.pageKey && this.checkedFor === dataset) return;
    this.pageKey = page.key;
    this.checkedFor = dataset;
    this.pageNotes = [];
    this.pageProblems = [];
    if (page.inputs.length === 0 && page.problems.length === 0) return;
    void loadValidator().then((validator) => {
      if (this.checkedFor !== dataset || this.pageKey !== page.key) return;
      const checked = checkPageNotes(page, dataset, validator.validateAnnotations);
      this.pageNotes = checked.notes;
      this.pageProblems = checked.problems;
      if (checked.problems.some((p) => p.severity === 'error')) this.options.onProblems([...checked.problems]);
      this.host.requestUpdate();
    }, () => undefined);
  }
  private checkedFor: TwinningDataset | null = null;

  // ---- callouts ---------------------------------------------------------------------------

  private onScroll = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.layout());
  };

  /** Measures the callouts at their width, places them, and draws them with their leaders. */
  private place(): void {
    const container = this.options.container();
    if (!container || !this.element.isConnected || (this.drawn.length === 0 && this.pageProblems.length === 0)) {
      this.placed = [];
      render(nothing, this.element);
      return;
    }
    // The band of callouts that found no clear spot is a margin under the chart area, owned here (a margin, so elements that size their marks to the area are not resized by it).
    container.style.removeProperty('margin-bottom');
    const origin = container.getBoundingClientRect();
    const list = this.options.mode?.() === 'list';
    this.element.classList.toggle('annotation-list', list);
    if (list) {
      this.placed = [];
      render(this.template([], 0, origin), this.element);
      return;
    }
    const width = Math.round(Math.min(220, Math.max(120, origin.width * 0.4)));
    render(this.template([], width, origin), this.element);
    const heights = [...this.element.querySelectorAll<HTMLElement>('[part~="annotation"]')].map((el) => el.offsetHeight);
    const requests = this.drawn.map((n, i) => {
      const year = n.years ? this.options.yearAnchor(n.years) ?? null : null;
      return { id: n.id, width, height: heights[i] ?? 40, anchor: year ?? findAnchor(container, n, origin) };
    });
    const layout = placeCallouts(requests, markBoxes(container, this.options.obstacles() ?? DEFAULT_OBSTACLES, origin), { width: origin.width, height: origin.height });
    this.placed = layout.callouts;
    if (layout.bandHeight > 0) container.style.setProperty('margin-bottom', `${Math.ceil(layout.bandHeight)}px`);
    render(this.template(this.placed, width, container.getBoundingClientRect()), this.element);
  }

  private template(placed: readonly PlacedCallout[], width: number, origin: DOMRect): TemplateResult {
    return renderCallouts({ notes: this.drawn, placed, width, height: origin.height, boundsWidth: origin.width, locale: this.locale, problems: this.pageProblems });
  }
}
