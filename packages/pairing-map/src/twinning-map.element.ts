import {
  agreementSummaryText, shortAnnouncement, countryName, formatList, needsLang, placeName, regionName, TwinningElement,
  type SkippedRecords, type TableModel,
} from '@twinning/core';
import { formatPartialDate, yearOf, type Place, type Twinning } from '@twinning/schema';
import { geoPath } from 'd3-geo';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { BasemapOutlines, FINE_ZOOM } from './basemap-outlines.ts';
import {
  basemapPaths, frameSubset, geographicOrder, globeLayout, hitIndex, nextInDirection, pairingLinks, placeDots, placeLabels, projector, splitCountries, splitPanels,
  type Caption, type Dot, type Extent, type HitIndex, type Label, type Link, type MapLayout, type SkippedLink, type SkippedPlace,
} from './layout/index.ts';
import { drawScene, type CanvasScene } from './canvas-layer.ts';
import { COLOR_BY, colorKey, colorKeys, colorOf, defaultLinkColor, linkColorProperty, linkDash, type ColorBy } from './link-colors.ts';
import { mapMessages, type MapMessages } from './twinning-map.messages.ts';
import { mapStyles } from './twinning-map.styles.ts';
import { ZoomController } from './zoom-controller.ts';
import type { ZoomTransform } from './zoom-controller.ts';

const LAYOUTS = ['auto', 'split', 'globe'] as const;
/**
 * Above this many links the map draws land, links and dots on a canvas and keeps SVG only for
 * what is interactive or highlighted; hit-testing then goes through a quadtree. Chosen where SVG
 * first-render and zoom-frame times start to exceed a frame budget on a 2-core machine (see bench/).
 */
export const CANVAS_THRESHOLD = 1500;
/** At most this many labels are considered, the highest priority first (placement is quadratic). */
const MAX_LABEL_CANDIDATES = 250;
const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * @summary The pairing map: every place as a dot sized by its agreements, every agreement as a link.
 *
 * @fires twinning-select - An agreement was selected or the selection cleared: `{ twinning }`.
 * @fires twinning-error - The data could not be loaded or is invalid: `{ problems }`.
 *
 * @csspart base - The wrapper of everything. @csspart summary - The generated summary.
 * @csspart land - Country outlines. @csspart link - An agreement's link (`link--selected`, `link--dimmed`).
 * @csspart place - A place's dot (`place--focused`, `place--selected`). @csspart label - A place name.
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

  /** `split` (one panel per country, default when the agreements join two countries), `globe`, or `auto`. */
  @property({ reflect: true }) layout = 'auto';
  /** What link colour encodes: `type` (default), `status` or `decade`. */
  @property({ attribute: 'color-by', reflect: true }) colorBy = 'type';

  @state() private focusedPlace: string | null = null;
  @state() private hoveredPlace: string | null = null;
  @state() private choosing: { place: string; index: number } | null = null;
  @state() private announcement = '';
  /** Outline assets per panel, loaded on demand; the map re-renders when one arrives. */
  private readonly outlines = new BasemapOutlines(() => this.requestUpdate());

  private readonly zoom = new ZoomController(this, (transform) => this.onZoomFrame(transform));
  private mapLayout: MapLayout | null = null;
  private dots: Dot[] = [];
  private links: Link[] = [];
  private skippedPlaces: SkippedPlace<Place>[] = [];
  private skippedLinks: SkippedLink[] = [];
  private order: string[] = [];
  private m: MapMessages = mapMessages('en');
  private layoutKey = '';
  private laidOutView: unknown = null;
  private viewVersion = 0;
  private landKey = '';
  private land: { panel: number; d: string }[] = [];
  private scene: CanvasScene | null = null;
  private agreementsByPlace = new Map<string, Twinning[]>();
  /** The widget caption's facts (`place`/`twinning`), from the pure framing stage. */
  private caption: Caption<Place, Twinning> | null = null;
  private placeLabels = new Map<string, string>();
  private sceneKey = '';
  private hits: HitIndex | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.m = mapMessages(this.locale);
    if (!(LAYOUTS as readonly string[]).includes(this.layout)) this.warn('invalid-attribute', `invalid layout: "${this.layout}"; expected one of ${LAYOUTS.join(', ')}`);
    if (!(COLOR_BY as readonly string[]).includes(this.colorBy)) this.warn('invalid-attribute', `invalid color-by: "${this.colorBy}"; expected one of ${COLOR_BY.join(', ')}`);
    if (this.state !== 'ready' || !this.view) return;
    const width = Math.max(this.width, 280);
    // The base makes a new view object only when data or filters change, so its identity is the
    // cheap test; hover and focus updates must not rebuild (or even re-key) the layout.
    if (this.view !== this.laidOutView) {
      this.laidOutView = this.view;
      this.viewVersion++;
    }
    const key = `${width}|${this.layout}|${this.viewVersion}`;
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      this.computeLayout(width);
    }
    const landKey = `${key}|${this.outlines.key}|${this.zoom.transform.k >= FINE_ZOOM}`;
    if (landKey !== this.landKey) {
      this.landKey = landKey;
      this.land = this.computeLand();
    }
    const canvas = this.links.length > CANVAS_THRESHOLD;
    const sceneKey = canvas ? `${landKey}|${this.colorBy}|${this.theme}|${matchMedia('(prefers-color-scheme: dark)').matches}` : '';
    if (sceneKey !== this.sceneKey) {
      this.sceneKey = sceneKey;
      this.scene = canvas ? this.buildScene() : null;
      this.hits = canvas ? hitIndex(this.dots) : null;
    }
  }

  /** The canvas scene, with colours resolved from the current theme's custom properties. */
  private buildScene(): CanvasScene {
    const style = getComputedStyle(this);
    const css = (property: string, fallback: string) => style.getPropertyValue(property).trim() || fallback;
    const colorBy = this.colorByValue();
    const decades = colorKeys(this.view!.twinnings, 'decade');
    const colorFor = new Map<string, string>();
    const links = this.links.map((link) => {
      const twinning = this.view!.twinningById.get(link.id)!;
      const key = colorKey(twinning, colorBy);
      if (!colorFor.has(key)) colorFor.set(key, css(linkColorProperty(key), defaultLinkColor(key, colorBy, decades)));
      return { d: link.d, color: colorFor.get(key)!, dash: linkDash(twinning) };
    });
    return { width: this.mapLayout!.width, height: this.mapLayout!.height, land: this.land.map((l) => l.d), links, dots: this.dots };
  }

  private drawCanvas(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.marks');
    if (!canvas || !this.scene) return;
    const base = this.renderRoot.querySelector('[part~="base"]') ?? this;
    const style = getComputedStyle(base);
    const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    drawScene(canvas, this.scene, this.zoom.transform, {
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
    if (this.scene) this.drawCanvas();
  }

  /** Canvas mode: the place under the pointer, found through the quadtree. */
  private placeAt(event: PointerEvent | MouseEvent): string | undefined {
    const svgElement = event.currentTarget as SVGSVGElement;
    const box = svgElement.getBoundingClientRect();
    const [x, y] = this.zoom.transform.invert([event.clientX - box.left, event.clientY - box.top]);
    return this.hits?.find(x, y);
  }

  private onCanvasPointerMove = (event: PointerEvent): void => {
    const id = this.placeAt(event) ?? null;
    if (id === this.hoveredPlace) return;
    this.hoveredPlace = id;
    if (id) this.showTooltip(id);
    else if (!this.focusedPlace) this.tooltip = null;
  };

  private onCanvasClick = (event: MouseEvent): void => {
    // Marks kept in SVG (highlighted links, the focusable place) handle their own clicks.
    if ((event.target as Element).closest('[data-twinning], [data-place]')) return;
    const id = this.placeAt(event);
    if (id) this.activate(id);
  };

  /** Outlines per panel, from the smallest asset that covers it (see BasemapOutlines). */
  private computeLand(): { panel: number; d: string }[] {
    const layout = this.mapLayout;
    if (!layout) return [];
    const globe = layout.layoutKind === 'globe';
    const k = this.zoom.transform.k;
    const panels = layout.layoutKind === 'globe'
      ? [{ projection: layout.projection, extent: [[0, 0], [layout.width, layout.height]] as Extent }]
      : layout.panels.map((p) => ({ projection: p.projection, extent: [[p.x, p.y], [p.x + p.width, p.y + p.height]] as Extent }));
    return panels.map(({ projection, extent }, panel) => {
      const countries = this.outlines.for(projection, extent, { globe, k });
      return { panel, d: countries ? basemapPaths(countries, projection, extent).map((p) => p.d).join('') : '' };
    }).filter((land) => land.d !== '');
  }

  private computeLayout(width: number): void {
    const view = this.view!;
    const split = this.layout !== 'globe' && splitCountries(view.places) !== null;
    const height = this.mapHeight(width, split);
    // A municipality's widget frames its own agreements with a regional context around each place.
    const minSpanKm = this.place || this.twinning ? 1600 : undefined;
    this.mapLayout = split
      ? splitPanels(view.places, { width, height, ...(minSpanKm ? { minSpanKm } : {}) })
      : globeLayout(view.places, { width, height });
    const dots = placeDots(view.places, view.twinnings, projector(this.mapLayout));
    this.dots = dots.dots;
    this.skippedPlaces = dots.skipped as SkippedPlace<Place>[];
    const links = pairingLinks(view.twinnings, view.placeById, this.mapLayout);
    this.links = links.links;
    this.skippedLinks = links.skipped;
    this.order = geographicOrder(this.dots);
    this.agreementsByPlace = new Map();
    for (const twinning of view.twinnings) {
      for (const id of new Set(twinning.places)) {
        const list = this.agreementsByPlace.get(id);
        if (list) list.push(twinning);
        else this.agreementsByPlace.set(id, [twinning]);
      }
    }
    this.placeLabels.clear();
    this.caption = this.place || this.twinning ? frameSubset(view, { place: this.place ?? null, twinning: this.twinning ?? null }).caption : null;
    if (this.focusedPlace && !this.order.includes(this.focusedPlace)) this.focusedPlace = null;
  }

  private mapHeight(width: number, split: boolean): number {
    const widget = !!(this.place || this.twinning);
    if (split && width < 560) return Math.round(Math.min(widget ? 560 : 760, width * (widget ? 1.1 : 1.5)));
    if (widget) return Math.round(Math.max(220, Math.min(420, width * 0.36)));
    return Math.round(Math.max(260, Math.min(620, width * (split ? 0.52 : 0.55))));
  }

  protected override chartMinHeight(): number {
    return this.mapHeight(Math.max(this.width, 280), this.layout !== 'globe');
  }

  protected override chartLabel(): string {
    return this.m.label;
  }

  protected override summaryText(): string {
    return this.loaded && this.view ? agreementSummaryText(this.loaded, this.view, this.locale) : '';
  }

  protected override skippedRecords(): SkippedRecords | null {
    const places = this.skippedPlaces.map((s) => `${placeName(s.place, this.locale).text} (${s.place.id}): ${this.m.notDrawnReason[s.reason] ?? s.reason}`);
    const links = this.skippedLinks.map((s) => `${s.id}: ${this.m.notDrawnReason[s.reason] ?? s.reason}`);
    const count = new Set(this.skippedLinks.map((s) => s.id)).size;
    if (!places.length && !links.length) return null;
    return { count: count || places.length, total: count ? this.view!.twinnings.length : this.view!.places.length, noun: count ? this.messages.agreements(2) : this.m.places, details: [...places, ...links] };
  }

  // ---- render ----

  protected override renderChart(): TemplateResult {
    const layout = this.mapLayout!;
    const { width, height } = layout;
    const t = this.zoom.transform;
    const canvas = this.scene !== null;
    return html`${this.renderCaption()}
      <div class="map ${canvas ? 'map--canvas' : ''} ${width < 560 ? 'map--narrow' : ''}" @keydown=${this.onKeydown}>
        ${canvas ? html`<canvas class="marks" aria-hidden="true" style=${styleMap({ width: `${width}px`, height: `${height}px` })}></canvas>` : nothing}
        <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="application"
          aria-roledescription="map" aria-label=${this.m.label} aria-describedby="keyboard-help"
          @pointermove=${canvas ? this.onCanvasPointerMove : nothing} @click=${canvas ? this.onCanvasClick : nothing}>
          ${canvas ? nothing : this.renderLand(layout, t.toString())}
          <g transform=${t.toString()} class="links zoomable" @click=${this.onLinkClick}>${this.renderLinks(t.k)}</g>
          ${this.panels(layout).map((p, i) => this.panelViewport(p, svg`<g transform=${t.toString()} class="places zoomable">${this.renderPlaces(t.k, i)}</g>`))}
          <g class="labels">${this.renderLabels(t.k, layout)}</g>
          ${this.renderPanelTitles(layout)}
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
    if (svgElement && this.mapLayout) this.zoom.attach(svgElement, this.mapLayout.width, this.mapLayout.height);
    this.renderRoot.querySelector('.map')?.classList.remove('map--zooming');
    if (this.scene) this.drawCanvas();
  }

  private renderCaption(): TemplateResult | typeof nothing {
    const c = this.caption;
    if (!c) return nothing;
    const year = yearOf(c.signed ?? undefined);
    const facts = c.twinnings.length === 1 && c.type
      ? html`${this.messages.type[c.type] ?? c.type}${year != null ? html` ${this.m.since} ${year}` : nothing}`
      : this.m.agreementCount(c.twinnings.length);
    return html`<p part="caption" class="caption">${this.name(c.a)} ↔ ${c.b.map((p, i) => html`${i ? ', ' : ''}${this.name(p)}`)} · ${facts}</p>`;
  }


  private name(place: Place): TemplateResult {
    const name = placeName(place, this.locale);
    return needsLang(name, this.locale) ? html`<span lang=${name.lang}>${name.text}</span>` : html`${name.text}`;
  }

  /** The screen rectangles of the panels (the whole map for the globe). Zoom never draws outside them. */
  private panels(layout: MapLayout): { x: number; y: number; width: number; height: number }[] {
    return layout.layoutKind === 'globe' ? [{ x: 0, y: 0, width: layout.width, height: layout.height }] : [...layout.panels];
  }

  /**
   * Clips `content` to a panel with a nested SVG viewport in the same coordinates. Not a
   * `clip-path: url(#…)`: Chromium's style cache keeps such a reference, and through it the whole
   * shadow tree, alive after the element is removed.
   */
  private panelViewport(p: { x: number; y: number; width: number; height: number }, content: unknown): TemplateResult {
    return svg`<svg class="panel-viewport" x=${p.x} y=${p.y} width=${p.width} height=${p.height} viewBox="${p.x} ${p.y} ${p.width} ${p.height}">${content}</svg>`;
  }

  private renderLand(layout: MapLayout, transform: string): TemplateResult {
    if (layout.layoutKind === 'globe') {
      return this.panelViewport(this.panels(layout)[0]!, svg`<g transform=${transform} class="zoomable">
        <path class="panel-bg" d=${geoPath(layout.projection).digits(1)({ type: 'Sphere' }) ?? ''}></path>
        ${this.land.map((l) => svg`<path part="land" class="land" d=${l.d}></path>`)}</g>`);
    }
    return svg`${layout.panels.map((panel, i) => this.panelViewport(panel, svg`
      <rect class="panel-bg" x=${panel.x} y=${panel.y} width=${panel.width} height=${panel.height}></rect>
      <g transform=${transform} class="zoomable">${this.land.filter((l) => l.panel === i).map((l) => svg`<path part="land" class="land" d=${l.d}></path>`)}</g>`))}`;
  }

  private renderPanelTitles(layout: MapLayout): TemplateResult | typeof nothing {
    if (layout.layoutKind === 'globe') return nothing;
    return svg`${layout.panels.map((p) => svg`<text class="panel-title" x=${p.x + 8} y=${p.y + 18}>${countryName(p.country, this.locale)}</text>`)}`;
  }

  private renderLinks(k: number): TemplateResult[] {
    const colorBy = this.colorByValue();
    const decades = colorKeys(this.view!.twinnings, 'decade');
    const selected = this.selectedId;
    const active = this.activePlace();
    // Canvas mode draws every link on the canvas; SVG keeps only the highlighted ones.
    const links = this.scene ? this.links.filter((l) => l.id === selected || (active && l.placeIds.includes(active))) : this.links;
    return links.map((link) => {
      const twinning = this.view!.twinningById.get(link.id)!;
      const isSelected = link.id === selected;
      const dimmed = !this.scene && ((active && !link.placeIds.includes(active)) || (selected && !isSelected && !active));
      const part = `link${isSelected ? ' link--selected' : ''}${dimmed ? ' link--dimmed' : ''}`;
      return svg`<path part=${part} class=${part} d=${link.d} data-twinning=${link.id}
        stroke=${colorOf(colorKey(twinning, colorBy), colorBy, decades)} stroke-dasharray=${linkDash(twinning) ?? nothing}
        stroke-width=${(isSelected ? 3.5 : 1.6) / Math.sqrt(k)}></path>`;
    });
  }

  private renderPlaces(k: number, panel: number): TemplateResult[] {
    const focus = this.focusedPlace ?? this.order[0];
    const selectedPlaces = new Set(this.view!.twinningById.get(this.selectedId ?? '')?.places ?? []);
    // Canvas mode keeps one focusable mark (the current one) plus the selected and hovered places.
    const partners = this.partnersOf(this.activePlace());
    const inPanel = this.dots.filter((d) => d.panel === panel);
    const dots = this.scene ? inPanel.filter((d) => d.id === focus || selectedPlaces.has(d.id) || d.id === this.hoveredPlace || partners.has(d.id)) : inPanel;
    return dots.map((dot) => {
      const place = this.view!.placeById.get(dot.id)!;
      const focused = dot.id === this.focusedPlace;
      const part = `place${focused ? ' place--focused' : ''}${selectedPlaces.has(dot.id) ? ' place--selected' : ''}${partners.has(dot.id) ? ' place--partner' : ''}`;
      return svg`<g role="button" tabindex=${dot.id === focus ? 0 : -1} aria-label=${this.placeLabel(place, dot.count)}
          aria-pressed=${selectedPlaces.has(dot.id) ? 'true' : 'false'} data-place=${dot.id}
          @focus=${() => this.onPlaceFocus(dot.id)} @blur=${this.onPlaceBlur}
          @pointerenter=${() => (this.hoveredPlace = dot.id)} @pointerleave=${() => (this.hoveredPlace = null)}
          @click=${() => this.activate(dot.id)}>
        <circle part=${part} class=${part} cx=${dot.x} cy=${dot.y} r=${dot.r / Math.sqrt(k)}></circle>
        ${focused ? svg`<circle class="mark-focus" cx=${dot.x} cy=${dot.y} r=${dot.r / Math.sqrt(k) + 4 / k}></circle>` : nothing}
      </g>`;
    });
  }

  /** Labels in screen space (they keep their size when zooming), each kept inside its dot's panel. */
  private renderLabels(k: number, layout: MapLayout): TemplateResult[] {
    const selectedPlaces = new Set(this.view!.twinningById.get(this.selectedId ?? '')?.places ?? []);
    const active = this.activePlace();
    const partners = this.partnersOf(active);
    const t = this.zoom.transform;
    const panels = this.panels(layout);
    const candidates = this.dots.flatMap((dot) => {
      const p = panels[dot.panel]!;
      const [x, y] = t.apply([dot.x, dot.y]);
      if (x < p.x || x > p.x + p.width || y < p.y || y > p.y + p.height) return [];
      const place = this.view!.placeById.get(dot.id)!;
      const priority = selectedPlaces.has(dot.id) ? 3000 : dot.id === active ? 2000 : partners.has(dot.id) ? 1500 : dot.count;
      const bounds: Extent = [[p.x, p.y], [p.x + p.width, p.y + p.height]];
      return [{ id: dot.id, x, y, r: dot.r * Math.sqrt(k), text: placeName(place, this.locale).text, priority, bounds }];
    });
    const top = candidates.sort((a, b) => b.priority - a.priority).slice(0, MAX_LABEL_CANDIDATES);
    const labels: Label[] = placeLabels(top, { width: layout.width, height: layout.height, fontSize: 12 });
    return labels.map((label) => {
      const name = placeName(this.view!.placeById.get(label.id)!, this.locale);
      return svg`<text part="label" class="label" x=${label.x} y=${label.y} text-anchor=${label.anchor} dominant-baseline="central"
        lang=${needsLang(name, this.locale) ? name.lang : nothing} aria-hidden="true">${label.text}</text>`;
    });
  }

  protected override renderLegend(): TemplateResult {
    const colorBy = this.colorByValue();
    const keys = colorKeys(this.view!.twinnings, colorBy);
    const decades = colorKeys(this.view!.twinnings, 'decade');
    const label = (key: string) => colorBy === 'type' ? this.messages.type[key] ?? key : colorBy === 'status' ? this.messages.status[key] ?? key : key === 'undated' ? this.m.undated : `${key}s`;
    const dashFor = (key: string) => (colorBy === 'status' && key === 'ended' ? '7 4' : colorBy === 'status' && key === 'dormant' ? '2 3' : undefined);
    return html`<div part="legend" role="list" aria-label=${this.m.colorBy[colorBy] ?? colorBy}>
      <span class="legend-title" aria-hidden="true">${this.m.colorBy[colorBy]}</span>
      ${keys.map((key) => html`<span role="listitem" class="legend-item"><svg width="28" height="10" aria-hidden="true">
        <line x1="1" y1="5" x2="27" y2="5" stroke=${colorOf(key, colorBy, decades)} stroke-width="3" stroke-dasharray=${dashFor(key) ?? nothing}></line></svg>${label(key)}</span>`)}
      ${colorBy !== 'status' && this.view!.twinnings.some((t) => linkDash(t)) ? html`<span role="listitem" class="legend-item"><svg width="28" height="10" aria-hidden="true">
        <line x1="1" y1="5" x2="27" y2="5" stroke="currentColor" stroke-width="2" stroke-dasharray="7 4"></line></svg>${this.m.dashed}</span>` : nothing}
    </div>`;
  }

  protected override tableModel(): TableModel {
    const view = this.view!;
    const drawn = new Set(this.links.map((l) => l.id));
    const cols = this.m.columns;
    const placeCell = (id: string | undefined) => {
      const place = id ? view.placeById.get(id) : undefined;
      if (!place) return { text: id ?? '' };
      const name = placeName(place, this.locale);
      return { text: name.text, ...(needsLang(name, this.locale) ? { lang: name.lang } : {}) };
    };
    const regionCell = (id: string | undefined) => {
      const place = id ? view.placeById.get(id) : undefined;
      return { text: place ? regionName(this.loaded!, place.region, this.locale).text || countryName(place.country, this.locale) : '' };
    };
    const sourceText = (t: Twinning) => t.sources.map((id) => this.loaded!.sources.find((s) => s.id === id)?.url ?? id).join(' ');
    return {
      caption: this.m.tableCaption(drawn.size),
      rowAttribute: 'data-twinning',
      columns: [
        { key: 'a', label: cols.a }, { key: 'aRegion', label: cols.aRegion }, { key: 'b', label: cols.b }, { key: 'bRegion', label: cols.bRegion },
        { key: 'type', label: cols.type }, { key: 'signed', label: cols.signed }, { key: 'status', label: cols.status }, { key: 'sources', label: cols.sources },
      ],
      rows: view.twinnings.filter((t) => drawn.has(t.id)).map((t) => ({
        id: t.id,
        cells: {
          a: placeCell(t.places[0]),
          aRegion: regionCell(t.places[0]),
          b: { text: t.places.slice(1).map((id) => placeCell(id).text).join(', ') },
          bRegion: { text: t.places.slice(1).map((id) => regionCell(id).text).join(', ') },
          type: { text: this.messages.type[t.type] ?? t.type },
          signed: { text: t.signed ? formatPartialDate(t.signed, this.locale) : '—', sort: t.signed ?? '' },
          status: { text: this.messages.status[t.status] ?? t.status },
          sources: { text: sourceText(t) },
        },
      })),
    };
  }

  // ---- interaction ----

  private colorByValue(): ColorBy {
    return (COLOR_BY as readonly string[]).includes(this.colorBy) ? (this.colorBy as ColorBy) : 'type';
  }

  /** Places that share an agreement with `placeId` (highlighted and labelled while it is active). */
  private partnersOf(placeId: string | null): Set<string> {
    if (!placeId) return new Set();
    return new Set(this.agreementsOf(placeId).flatMap((t) => t.places).filter((id) => id !== placeId));
  }

  /** The place whose links are highlighted: hovered, else focused. */
  private activePlace(): string | null {
    return this.hoveredPlace ?? this.focusedPlace;
  }

  private agreementsOf(placeId: string): readonly Twinning[] {
    return this.agreementsByPlace.get(placeId) ?? [];
  }

  private partnerText(placeId: string, twinning: Twinning): string {
    const partners = twinning.places.filter((id) => id !== placeId).map((id) => this.view!.placeById.get(id)).filter((p): p is Place => !!p);
    const year = yearOf(twinning.signed);
    return `${partners.map((p) => placeName(p, this.locale).text).join(', ')}${year != null ? ` (${year})` : ''}`;
  }

  /** A place's accessible name, cached per layout and language (hover re-renders every mark). */
  private placeLabel(place: Place, count: number): string {
    const key = `${this.locale}|${place.id}`;
    let label = this.placeLabels.get(key);
    if (label === undefined) this.placeLabels.set(key, (label = this.computePlaceLabel(place, count)));
    return label;
  }

  private computePlaceLabel(place: Place, count: number): string {
    const where = [regionName(this.loaded!, place.region, this.locale).text, countryName(place.country, this.locale)].filter(Boolean).join(', ');
    const partners = this.agreementsOf(place.id).map((t) => this.partnerText(place.id, t));
    return this.m.placeLabel(placeName(place, this.locale).text, where, `${this.m.agreementCount(count)}. ${this.m.partnerList(formatList(partners, this.locale))}`);
  }

  private showTooltip(placeId: string): void {
    const dot = this.dots.find((d) => d.id === placeId);
    const place = this.view?.placeById.get(placeId);
    if (!dot || !place) return;
    const t = this.zoom.transform;
    const [x, y] = t.apply([dot.x, dot.y]);
    const name = placeName(place, this.locale);
    const others = Object.entries(typeof place.name === 'string' ? {} : place.name).filter(([lang, text]) => lang !== name.lang && text !== name.text);
    const region = regionName(this.loaded!, place.region, this.locale).text;
    const width = this.mapLayout?.width ?? 0;
    this.tooltip = {
      x: Math.min(x + 12, Math.max(0, width - 240)),
      y: y + 12 + (this.renderRoot.querySelector('.caption')?.getBoundingClientRect().height ?? 0),
      content: html`<strong>${this.name(place)}</strong>${others.slice(0, 1).map(([lang, text]) => html` <span lang=${lang}>${text}</span>`)}
        <div class="tip-region">${[region, countryName(place.country, this.locale)].filter(Boolean).join(', ')}</div>
        <div>${this.m.partners}:</div><ul>${this.agreementsOf(placeId).map((t) => html`<li>${this.partnerText(placeId, t)}</li>`)}</ul>`,
    };
  }

  private onPlaceFocus(id: string): void {
    this.focusedPlace = id;
    this.showTooltip(id);
  }

  private onPlaceBlur = (): void => {
    this.focusedPlace = null;
    this.choosing = null;
    if (!this.hoveredPlace) this.tooltip = null;
  };

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('pointerover', (event) => {
      const id = (event.target as Element).closest?.('[data-place]')?.getAttribute('data-place');
      if (id) this.showTooltip(id);
    });
    this.renderRoot.addEventListener('pointerout', (event) => {
      if ((event.target as Element).closest?.('[data-place]') && !this.focusedPlace) this.tooltip = null;
    });
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

  private onLinkClick = (event: Event): void => {
    const id = (event.target as Element).getAttribute('data-twinning');
    const twinning = id ? this.view?.twinningById.get(id) : undefined;
    if (twinning) this.selectAgreement(twinning);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const current = this.focusedPlace;
    if (event.key === '+' || event.key === '=') return this.consume(event, () => this.zoom.scaleBy(1.6));
    if (event.key === '-' || event.key === '_') return this.consume(event, () => this.zoom.scaleBy(1 / 1.6));
    if (!current) return;
    const direction = ARROWS[event.key];
    if (direction && this.choosing?.place === current) {
      const agreements = this.agreementsOf(current);
      const step = direction === 'left' || direction === 'up' ? -1 : 1;
      const index = (this.choosing.index + step + agreements.length) % agreements.length;
      this.choosing = { place: current, index };
      return this.consume(event, () => this.selectAgreement(agreements[index]!));
    }
    if (direction) return this.consume(event, () => this.focusPlace(nextInDirection(this.dots, current, direction) ?? current));
    if (event.key === 'Home') return this.consume(event, () => this.focusPlace(this.order[0]!));
    if (event.key === 'End') return this.consume(event, () => this.focusPlace(this.order[this.order.length - 1]!));
    if (event.key === 'Enter' || event.key === ' ') {
      if (this.choosing?.place === current && event.key === 'Enter') return this.consume(event, () => (this.choosing = null));
      return this.consume(event, () => this.activate(current));
    }
    if (event.key === 'Escape') {
      return this.consume(event, () => {
        if (this.choosing) this.choosing = null;
        else this.select(null);
      });
    }
  };

  private consume(event: KeyboardEvent, action: () => void): void {
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  private async focusPlace(id: string): Promise<void> {
    this.focusedPlace = id;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[data-place="${CSS.escape(id)}"]`)?.focus();
  }
}
