import {
  lazyModule,
  agreementSummaryText, HighlightController, placeName, RovingFocusController, shortAnnouncement, TwinningElement,
  type AnnotationTargetKind, type BundledPart, type RovingKey, type SkippedRecords, type TableModel,
} from '@twinning/core';
import type { Place, Twinning } from '@twinning/schema';
import { html, nothing, render, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { BasemapOutlines, FINE_ZOOM } from './basemap-outlines.ts';
import { basemapPaths, hitIndex, nextInDirection, type Extent, type HitIndex } from './layout/index.ts';
import type { CanvasScene } from './canvas-layer.ts';
import { MAP_NOTE_KINDS } from './render/annotations.ts';
import { COLOR_BY, colorKey, colorKeys, defaultLinkColor, linkColorProperty, linkDash, type ColorBy } from './link-colors.ts';
import { LAYOUTS, mapHeight, mapModel, worldLayoutLoading, type MapModel } from './map-model.ts';
import type { MapRenderContext } from './render/context.ts';
import { panelBoxes, panelViewport, renderLand, renderPanelTitles } from './render/land.ts';
import { renderLabels } from './render/labels.ts';
import { renderLegend } from './render/legend.ts';
import { renderLinks, renderOverlay, renderPlaces, selectedPlaces } from './render/marks.ts';
import { placeAccessibleName, placeTooltip, renderCaption } from './render/place-text.ts';
import { mapMessages, type MapMessages } from './twinning-map.messages.ts';
import { mapStyles } from './twinning-map.styles.ts';
import { ZoomController } from './zoom-controller.ts';
import type { ZoomTransform } from './zoom-controller.ts';

/**
 * Above this many links the map draws land, links and dots on a canvas and keeps SVG only for
 * what is interactive or highlighted; hit-testing then goes through a quadtree. Chosen where SVG
 * first-render and zoom-frame times start to exceed a frame budget on a 2-core machine (see bench/).
 */
export const CANVAS_THRESHOLD = 1500;
const DIRECTION: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The data table's model: a chunk of its own, loaded when the table opens or with `actions`. */
const mapTableChunk = lazyModule(() => import('./map-table.ts'));
/** The canvas renderer, only for maps above CANVAS_THRESHOLD links: a chunk of its own. */
const canvasLayer = lazyModule(() => import('./canvas-layer.ts'));

/**
 * @summary The pairing map: every place as a dot sized by its agreements, every agreement as a link.
 *
 * @fires twinning-select - An agreement was selected or the selection cleared: `{ twinning }`.
 * @fires twinning-error - The data could not be loaded or is invalid: `{ problems }`.
 *
 * @csspart base - The wrapper of everything. @csspart summary - The generated summary.
 * @csspart land - Country outlines. @csspart link - An agreement's link (`link--selected`, `link--dimmed`, `link--active` while its place is hovered or focused).
 * @csspart place - A place's dot (`place--focused`, `place--selected`, `place--active`, `place--partner`, `place--home` for the framed place of the world layout). @csspart label - A place name (`label--home`).
 * @csspart legend - The colour key. @csspart tooltip - The hover/focus card. @csspart table - The data table.
 * @csspart notice - Records not drawn. @csspart empty - Empty state. @csspart error - Error state.
 * @csspart actions - Buttons under the map. @csspart caption - The widget caption (`place`/`twinning`).
 * @csspart zoom - The zoom buttons.
 *
 * @cssprop --twinning-font - Font family (inherits the page's by default).
 * @cssprop --twinning-color-land - Land fill. @cssprop --twinning-color-accent - Accent colour.
 * @cssprop --twinning-map-link-<key>-color - Colour of the links of one legend key (e.g. `sister-city`, `ended`, `1980`).
 */
export class TwinningMap extends TwinningElement {
  static override styles = [...TwinningElement.styles, mapStyles];

  /** The map draws agreements and places only, so alone it fetches the bundled agreements without their activities. */
  protected override readonly bundledPart: BundledPart = 'agreements';

  /**
   * `split` (one panel per country), `globe`, `world` (one place's partners on a world map centred
   * on it; needs `place`), or `auto` (default: `split` for two countries, `world` for more with a
   * `place`, else `globe`; see `chooseLayout()`).
   */
  @property({ reflect: true }) layout = 'auto';
  /** What link colour encodes: `type` (default), `status` or `decade`. */
  @property({ attribute: 'color-by', reflect: true }) colorBy = 'type';

  @state() private announcement = '';
  /** Outline assets per panel, loaded on demand; the map re-renders when one arrives. */
  private readonly outlines = new BasemapOutlines(() => this.requestUpdate());

  private readonly zoom = new ZoomController(this, (transform) => this.onZoomFrame(transform));
  private model: MapModel | null = null;
  private m: MapMessages = mapMessages('en');
  private modelKey = '';
  private modelView: unknown = null;
  private modelVersion = 0;
  private landKey = '';
  private land: { panel: number; d: string }[] = [];
  private scene: CanvasScene | null = null;
  private sceneKey = '';
  private hits: HitIndex | null = null;
  private placeLabels = new Map<string, string>();
  /** Hover and focus, kept out of Lit state: changing them touches only the affected marks. */
  private hoveredPlace: string | null = null;
  private focusedPlace: string | null = null;
  private choosing: { place: string; index: number } | null = null;
  private readonly focusRingElement = ringElement();

  /** Hover/focus highlight: the active dot, its partners and its links; the rest dims by CSS. */
  private readonly highlight = new HighlightController(this, {
    root: () => this.renderRoot.querySelector('.map svg'),
    containerClass: 'highlighting',
    marksOf: (id) => this.highlightMarks(id),
  });
  /** The ring of the focused dot (`place--focused`). */
  private readonly focusRing = new HighlightController(this, {
    root: () => this.renderRoot.querySelector('.map svg'),
    marksOf: (id) => [[`[data-place="${CSS.escape(id)}"] > circle`, 'place--focused']],
  });
  private readonly roving = new RovingFocusController(this, {
    root: () => this.renderRoot.querySelector('.map svg'),
    markOf: (id) => `[data-place="${CSS.escape(id)}"]`,
    keys: () => this.model?.order ?? [],
    next: (current, key) => this.nextPlace(current, key),
    onActivate: (id, event) => {
      if (this.choosing?.place === id && event.key === 'Enter') this.choosing = null;
      else this.activate(id);
    },
    onEscape: () => {
      if (this.choosing) this.choosing = null;
      else this.select(null);
    },
    extraKeys: (event) => this.onExtraKey(event),
    onMove: (id) => this.onPlaceFocus(id),
  });

  /**
   * An update waits for the chunks it draws with: the canvas renderer in canvas mode (see
   * canvasLayer), and the `world` layout when a framed place may be drawn in it.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of Lit's scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const canvas = this.scene ? canvasLayer.loading() : null;
    const world = this.framedPlace && this.layout !== 'split' && this.layout !== 'globe' ? worldLayoutLoading() : null;
    return canvas || world ? Promise.all([canvas, world]).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.m = mapMessages(this.locale);
    if (!(LAYOUTS as readonly string[]).includes(this.layout)) this.warn('invalid-attribute', `invalid layout: "${this.layout}"; expected one of ${LAYOUTS.join(', ')}`);
    if (!(COLOR_BY as readonly string[]).includes(this.colorBy)) this.warn('invalid-attribute', `invalid color-by: "${this.colorBy}"; expected one of ${COLOR_BY.join(', ')}`);
    if (this.state !== 'ready' || !this.view) return;
    const width = Math.max(this.width, 280);
    // The base makes a new view only when data or filters change: its identity is the cheap test.
    const key = `${width}|${this.layout}|${this.framedPlace}|${this.twinning}`;
    if (key !== this.modelKey || this.view !== this.modelView) {
      this.modelKey = key;
      this.modelView = this.view;
      this.modelVersion++;
      this.model = mapModel(this.view, { width, layout: this.layout, place: this.framedPlace, twinning: this.twinning });
      this.placeLabels.clear();
      this.landKey = '';
      if (this.focusedPlace && !this.model.dotById.has(this.focusedPlace)) this.focusedPlace = null;
      if (this.hoveredPlace && !this.model.dotById.has(this.hoveredPlace)) this.hoveredPlace = null;
    }
    const landKey = `${this.modelVersion}|${this.outlines.key}|${this.zoom.transform.k >= FINE_ZOOM}`;
    if (landKey !== this.landKey) {
      this.landKey = landKey;
      this.land = this.computeLand();
    }
    const canvas = this.model!.links.length > CANVAS_THRESHOLD;
    const sceneKey = canvas ? `${this.modelVersion}|${this.landKey}|${this.colorBy}|${this.theme}|${matchMedia('(prefers-color-scheme: dark)').matches}` : '';
    if (sceneKey !== this.sceneKey || (canvas && !this.scene)) {
      this.sceneKey = sceneKey;
      this.scene = canvas ? this.buildScene() : null;
      this.hits = canvas ? hitIndex(this.model!.dots) : null;
    }
  }

  /** Outlines per panel, from the smallest asset that covers it (see BasemapOutlines). */
  private computeLand(): { panel: number; d: string }[] {
    const layout = this.model?.layout;
    if (!layout) return [];
    const globe = layout.layoutKind === 'globe';
    const k = this.zoom.transform.k;
    const panels = globe
      ? [{ projection: layout.projection, extent: [[0, 0], [layout.width, layout.height]] as Extent }]
      : layout.panels.map((p) => ({ projection: p.projection, extent: [[p.x, p.y], [p.x + p.width, p.y + p.height]] as Extent }));
    return panels.map(({ projection, extent }, panel) => {
      const countries = this.outlines.for(projection, extent, { globe, k });
      return { panel, d: countries ? basemapPaths(countries, projection, extent).map((p) => p.d).join('') : '' };
    }).filter((land) => land.d !== '');
  }

  /** The canvas scene, with colours resolved from the current theme's custom properties. */
  private buildScene(): CanvasScene {
    const style = getComputedStyle(this);
    const css = (property: string, fallback: string) => style.getPropertyValue(property).trim() || fallback;
    const colorBy = this.colorByValue();
    const dates = this.view!.resolved.dateOf;
    const decades = colorKeys(this.view!.twinnings, 'decade', dates);
    const colorFor = new Map<string, string>();
    const links = this.model!.links.map((link) => {
      const twinning = this.view!.twinningById.get(link.id)!;
      const key = colorKey(twinning, colorBy, dates);
      if (!colorFor.has(key)) colorFor.set(key, css(linkColorProperty(key), defaultLinkColor(key, colorBy, decades)));
      return { d: link.d, color: colorFor.get(key)!, dash: linkDash(twinning) };
    });
    const { width, height } = this.model!.layout;
    return { width, height, land: this.land.map((l) => l.d), links, dots: [...this.model!.dots] };
  }

  private drawCanvas(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.marks');
    if (!canvas || !this.scene) return;
    const layer = canvasLayer.get();
    // The next update waits for the canvas renderer (see scheduleUpdate), then draws.
    if (!layer) return void this.requestUpdate();
    const style = getComputedStyle(this.renderRoot.querySelector('[part~="base"]') ?? this);
    const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    layer.drawScene(canvas, this.scene, this.zoom.transform, {
      water: css('--_water', '#dbe6f1'), land: css('--_land', '#ecebe5'), border: css('--_border', '#c5ccd8'),
      place: css('--twinning-map-place-color', css('--_fg', '#1d2330')), halo: css('--_bg', '#fff'),
    });
  }

  /**
   * One frame of a zoom gesture: move what is drawn (and redraw the canvas) without a Lit render;
   * labels and the tooltip step aside until the gesture ends and the map renders once.
   */
  private onZoomFrame(transform: ZoomTransform): void {
    const value = transform.toString();
    for (const group of this.renderRoot.querySelectorAll('.zoomable')) group.setAttribute('transform', value);
    this.renderRoot.querySelector('.map')?.classList.add('map--zooming');
    this.tip.hide();
    if (this.scene) this.drawCanvas();
  }

  // ---- hooks ----

  protected override chartMinHeight(): number {
    // Once drawn, the drawing's own height: the world layout shrinks to its content (no empty band).
    return this.model?.layout.height ?? mapHeight(Math.max(this.width, 280), this.layout !== 'globe', !!(this.framedPlace || this.twinning));
  }

  /** The map draws notes on agreements, places and activities (at their agreement's link). */
  protected override annotationKinds(): readonly AnnotationTargetKind[] {
    return MAP_NOTE_KINDS;
  }

  protected override chartLabel(): string {
    return this.m.label;
  }

  protected override summaryText(): string {
    return this.loaded && this.view ? agreementSummaryText(this.loaded, this.view, this.locale) : '';
  }

  protected override skippedRecords(): SkippedRecords | null {
    const model = this.model;
    if (!model) return null;
    const places = model.skippedPlaces.map((s) => `${placeName(s.place, this.locale).text} (${s.place.id}): ${this.m.notDrawnReason[s.reason] ?? s.reason}`);
    const links = model.skippedLinks.map((s) => `${s.id}: ${this.m.notDrawnReason[s.reason] ?? s.reason}`);
    const count = new Set(model.skippedLinks.map((s) => s.id)).size;
    if (!places.length && !links.length) return null;
    return { count: count || places.length, total: count ? this.view!.twinnings.length : this.view!.places.length, noun: count ? this.messages.agreements(2) : this.m.places, details: [...places, ...links] };
  }

  // The table model loads with the table (lazyModule): it is not part of the first paint.
  protected override tableLoading(): Promise<unknown> | null {
    return mapTableChunk.loading();
  }

  protected override tableModel(): TableModel {
    return mapTableChunk.get()!.mapTable(this.context());
  }

  protected override renderLegend(): TemplateResult {
    return renderLegend(this.context());
  }

  // ---- render ----

  private context(): MapRenderContext {
    const colorBy = this.colorByValue();
    return {
      view: this.view!, dataset: this.loaded!, model: this.model!, locale: this.locale, messages: this.messages, m: this.m,
      transform: this.zoom.transform, colorBy, decades: colorKeys(this.view!.twinnings, 'decade', this.view!.resolved.dateOf),
      selected: this.selectedId, canvas: this.scene !== null, focusPlace: this.roving.current,
      placeLabel: (id) => this.placeLabel(id),
    };
  }

  protected override renderChart(): TemplateResult {
    const ctx = this.context();
    const { layout } = ctx.model;
    const { width, height } = layout;
    const t = ctx.transform.toString();
    const canvas = ctx.canvas;
    // Canvas mode keeps in SVG only the selected links and the dots a keyboard or a selection needs.
    const selected = selectedPlaces(ctx);
    const links = canvas ? ctx.model.links.filter((l) => l.id === ctx.selected) : ctx.model.links;
    const dotsIn = (panel: number) => ctx.model.dots.filter((d) => d.panel === panel && (!canvas || d.id === ctx.focusPlace || selected.has(d.id)));
    return html`${renderCaption(ctx)}
      <div class="map ${canvas ? 'map--canvas' : ''} ${width < 560 ? 'map--narrow' : ''}" data-layout=${ctx.model.kind} @keydown=${this.roving.onKeydown}>
        ${canvas ? html`<canvas class="marks" aria-hidden="true" style=${styleMap({ width: `${width}px`, height: `${height}px` })}></canvas>` : nothing}
        <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="application"
          aria-roledescription="map" aria-label=${this.m.label} aria-describedby="keyboard-help"
          @pointerover=${this.onPointerOver} @pointerout=${this.onPointerOut} @pointerleave=${this.onPointerLeave} @pointermove=${canvas ? this.onCanvasPointerMove : nothing}
          @focusin=${this.onFocusIn} @focusout=${this.onFocusOut} @click=${this.onClick}>
          ${canvas ? nothing : renderLand(layout, this.land, t)}
          <g transform=${t} class="links zoomable">${renderLinks(ctx, links)}</g>
          ${canvas ? svg`<g transform=${t} class="overlay zoomable"></g>` : nothing}
          ${panelBoxes(layout).map((p, i) => panelViewport(p, svg`<g transform=${t} class="places zoomable">${renderPlaces(ctx, dotsIn(i))}</g>`))}
          <g class="labels"></g>
          ${renderPanelTitles(ctx)}
        </svg>
        <div part="zoom" class="zoom">
          <button type="button" aria-label=${this.m.zoomIn} title=${this.m.zoomIn} @click=${() => this.zoom.scaleBy(1.6)}>+</button>
          <button type="button" aria-label=${this.m.zoomOut} title=${this.m.zoomOut} @click=${() => this.zoom.scaleBy(1 / 1.6)}>−</button>
          <button type="button" aria-label=${this.m.zoomReset} title=${this.m.zoomReset} @click=${() => this.zoom.reset()}>⟲</button>
        </div>
        ${this.outlines.failed ? html`<p part="notice" class="basemap-notice" role="status">${this.m.basemapFailed}</p>` : nothing}
        <p id="keyboard-help" class="visually-hidden">${this.m.keyboardHelp}</p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.map svg');
    if (svgElement && this.model) this.zoom.attach(svgElement, this.model.layout.width, this.model.layout.height);
    this.renderRoot.querySelector('.map')?.classList.remove('map--zooming');
    if (this.scene) this.drawCanvas();
    if (this.state !== 'ready' || !this.model) return;
    this.highlight.refresh();
    this.focusRing.refresh();
    this.placeFocusRing();
    this.renderActiveLayers();
  }

  /**
   * The focus ring: one circle, moved into the focused dot's group (a DOM move, not a render),
   * a little larger than the dot so it shows in any colour scheme.
   */
  private placeFocusRing(): void {
    const id = this.focusedPlace;
    const group = id ? this.renderRoot.querySelector(`[data-place="${CSS.escape(id)}"]`) : null;
    const dot = id ? this.model?.dotById.get(id) : undefined;
    if (!group || !dot) return this.focusRingElement.remove();
    const k = this.zoom.transform.k;
    this.focusRingElement.setAttribute('cx', String(dot.x));
    this.focusRingElement.setAttribute('cy', String(dot.y));
    this.focusRingElement.setAttribute('r', String(dot.r / Math.sqrt(k) + 4 / k));
    if (this.focusRingElement.parentNode !== group) group.append(this.focusRingElement);
  }

  /** The layers that follow hover and focus (labels; in canvas mode the overlay), rendered on their own. */
  private renderActiveLayers(): void {
    if (!this.model) return;
    const ctx = this.context();
    const active = this.activePlace();
    const labels = this.renderRoot.querySelector<SVGGElement>('.map .labels');
    if (labels) render(renderLabels(ctx, active), labels);
    const overlay = this.renderRoot.querySelector<SVGGElement>('.map .overlay');
    if (overlay) render(renderOverlay(ctx, active), overlay);
  }

  // ---- hover, focus, selection ----

  private highlightMarks(id: string): [string, string][] {
    const marks: [string, string][] = [[`[data-place="${CSS.escape(id)}"] > circle`, 'place--active']];
    for (const partner of this.model?.partnersByPlace.get(id) ?? []) marks.push([`[data-place="${CSS.escape(partner)}"] > circle`, 'place--partner']);
    for (const link of this.model?.linksByPlace.get(id) ?? []) marks.push([`.links [data-twinning="${CSS.escape(link.id)}"]`, 'link--active']);
    return marks;
  }

  /** The place whose links are highlighted: hovered, else focused. */
  private activePlace(): string | null {
    return this.hoveredPlace ?? this.focusedPlace;
  }

  /** Applies hover/focus to the marks, the labels and the tooltip, without a Lit update. */
  private showActive(): void {
    const active = this.activePlace();
    this.highlight.set(active);
    this.focusRing.set(this.focusedPlace);
    this.placeFocusRing();
    this.renderActiveLayers();
    if (!active) return this.tip.hide();
    const dot = this.model?.dotById.get(active);
    if (!dot || !this.model) return;
    const [x, y] = this.zoom.transform.apply([dot.x, dot.y]);
    const caption = this.renderRoot.querySelector('.caption')?.getBoundingClientRect().height ?? 0;
    this.tip.show({ x: Math.min(x + 4, Math.max(0, this.model.layout.width - 240)), y: y + 4 + caption }, placeTooltip(this.context(), active), `${this.locale}|${active}`);
  }

  private hover(id: string | null): void {
    if (id === this.hoveredPlace) return;
    this.hoveredPlace = id;
    this.showActive();
  }

  private placeOf(event: Event): string | null {
    return (event.target as Element).closest?.('[data-place]')?.getAttribute('data-place') ?? null;
  }

  private onPointerOver = (event: PointerEvent): void => {
    const id = this.placeOf(event);
    if (id) this.hover(id);
  };

  private onPointerOut = (event: PointerEvent): void => {
    if (this.scene) return;
    const from = this.placeOf(event);
    const to = (event.relatedTarget as Element | null)?.closest?.('[data-place]')?.getAttribute('data-place') ?? null;
    if (from && to !== from) this.hover(null);
  };

  private onPointerLeave = (): void => this.hover(null);

  /** Canvas mode: the place under the pointer, found through the quadtree. */
  private placeAt(event: PointerEvent | MouseEvent): string | undefined {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const [x, y] = this.zoom.transform.invert([event.clientX - box.left, event.clientY - box.top]);
    return this.hits?.find(x, y);
  }

  private onCanvasPointerMove = (event: PointerEvent): void => {
    this.hover(this.placeAt(event) ?? null);
  };

  private onFocusIn = (event: FocusEvent): void => {
    const id = this.placeOf(event);
    if (id) this.roving.focused(id);
    if (id && id !== this.focusedPlace) this.onPlaceFocus(id);
  };

  private onFocusOut = (event: FocusEvent): void => {
    const to = (event.relatedTarget as Element | null)?.closest?.('[data-place]');
    if (to && this.renderRoot.contains(to)) return;
    this.focusedPlace = null;
    this.choosing = null;
    this.showActive();
  };

  private onPlaceFocus(id: string): void {
    this.focusedPlace = id;
    if (this.scene && !this.renderRoot.querySelector(`[data-place="${CSS.escape(id)}"]`)) {
      // Canvas mode draws only the current dot in SVG: render it, then focus it.
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`[data-place="${CSS.escape(id)}"]`)?.focus());
    }
    this.showActive();
  }

  private onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const link = target.closest('[data-twinning]')?.getAttribute('data-twinning');
    const twinning = link ? this.view?.twinningById.get(link) : undefined;
    if (twinning) return this.selectAgreement(twinning);
    const place = this.placeOf(event) ?? (this.scene ? this.placeAt(event) : undefined);
    if (place) this.activate(place);
  };

  /** Where an arrow key leads: while choosing among a place's agreements, it steps through them. */
  private nextPlace(current: string, key: RovingKey): string | null {
    const direction = DIRECTION[key];
    if (!direction || !this.model) return null;
    if (this.choosing?.place === current) {
      const agreements = this.agreementsOf(current);
      const step = direction === 'left' || direction === 'up' ? -1 : 1;
      const index = (this.choosing.index + step + agreements.length) % agreements.length;
      this.choosing = { place: current, index };
      this.selectAgreement(agreements[index]!);
      return null;
    }
    return nextInDirection(this.model.dots, current, direction) ?? current;
  }

  private onExtraKey(event: KeyboardEvent): boolean {
    if (event.key === '+' || event.key === '=') return this.zoom.scaleBy(1.6), true;
    if (event.key === '-' || event.key === '_') return this.zoom.scaleBy(1 / 1.6), true;
    return false;
  }

  private agreementsOf(placeId: string): readonly Twinning[] {
    return this.model?.agreementsByPlace.get(placeId) ?? [];
  }

  /** A place's accessible name, cached per layout and language. */
  private placeLabel(id: string): string {
    const key = `${this.locale}|${id}`;
    let label = this.placeLabels.get(key);
    if (label === undefined) this.placeLabels.set(key, (label = placeAccessibleName(this.context(), id)));
    return label;
  }

  /** Click, Enter or Space on a place: select its agreement; with several, start choosing among them. */
  private activate(placeId: string): void {
    const agreements = this.agreementsOf(placeId);
    if (agreements.length === 0) return;
    const current = agreements.findIndex((t) => t.id === this.selectedId);
    const index = current >= 0 && agreements.length > 1 ? (current + 1) % agreements.length : 0;
    this.choosing = agreements.length > 1 ? { place: placeId, index } : null;
    this.selectAgreement(agreements[index]!);
    if (agreements.length > 1) this.announcement = this.m.choosePartner(agreements.length);
  }

  private selectAgreement(twinning: Twinning): void {
    const names = twinning.places.map((id) => this.view!.placeById.get(id)).filter((p): p is Place => !!p).map((p) => placeName(p, this.locale).text);
    // Inside a <twinning-data>, the provider announces selections for the whole dashboard.
    if (!this.shared) this.announcement = shortAnnouncement(this.m.selected(names.join(' ↔ ')));
    this.select(twinning.id);
  }

  private colorByValue(): ColorBy {
    return (COLOR_BY as readonly string[]).includes(this.colorBy) ? (this.colorBy as ColorBy) : 'type';
  }
}

function ringElement(): SVGCircleElement {
  const ring = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
  ring.setAttribute('class', 'mark-focus');
  return ring;
}
