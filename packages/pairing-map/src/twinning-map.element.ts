import {
  agreementSummaryText, styleProps, TwinningElement,
  type AnnotationTargetKind, type BundledPart, type SkippedRecords, type TableModel,
} from '@twinning/core';
import type { Twinning } from '@twinning/schema';
import { html, nothing, svg, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ActivePlaceController } from './active-place-controller.ts';
import { BasemapController } from './basemap-controller.ts';
import { canvasScene, MapCanvas } from './canvas-scene.ts';
import { COLOR_BY, colorKeys, toColorBy } from './link-colors.ts';
import { LAYOUTS, mapModel, NARROW_MAP, reservedMapHeight, worldLayoutLoading, type MapModel } from './map-model.ts';
import { mapSkippedRecords } from './map-skipped.ts';
import { mapTableChunk } from './map-table-chunk.ts';
import { MAP_NOTE_KINDS } from './render/annotations.ts';
import type { MapRenderContext } from './render/context.ts';
import { panelBoxes, panelViewport, renderLand, renderPanelTitles } from './render/land.ts';
import { renderLegend } from './render/legend.ts';
import { renderLinks, renderPlaces, selectedPlaces, setZoomScale } from './render/marks.ts';
import { cached, placeAccessibleName, renderCaption } from './render/place-text.ts';
import { renderZoomButtons } from './render/zoom-buttons.ts';
import { PlaceChooser } from './place-chooser.ts';
import { mapMessages, type MapMessages } from './twinning-map.messages.ts';
import { mapStyles } from './twinning-map.styles.ts';
import { SelectionFraming } from './selection-framing.ts';
import { HoverLayers } from './hover-layers.ts';
import { interactionChunk } from './interaction-chunk.ts';
import { MapPointer } from './map-pointer.ts';
import { mapKeyboard } from './map-keyboard.ts';
import { ZoomController, type ZoomTransform } from './zoom-controller.ts';

export { CANVAS_THRESHOLD } from './canvas-scene.ts';

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
  /** The reactive properties (attributes and state), declared here rather than by decorators: smaller built code. */
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    colorBy: { attribute: 'color-by', reflect: true },
    announcement: { state: true },
  };

  static override styles = [...TwinningElement.styles, mapStyles];

  /** The map draws agreements and places only, so alone it fetches the bundled agreements without their activities. */
  protected override readonly bundledPart: BundledPart = 'agreements';

  /**
   * `split` (one panel per country), `globe`, `world` (one place's partners on a world map centred
   * on it; needs `place`), or `auto` (default: `split` for two countries, `world` for more with a
   * `place`, else `globe`; see `chooseLayout()`).
   */
  layout = 'auto';
  /** What link colour encodes: `type` (default), `status` or `decade`. */
  colorBy = 'type';

  private announcement = '';
  /** Land per panel from outline assets loaded on demand; the map re-renders when one arrives. */
  private readonly basemap = new BasemapController(() => this.requestUpdate());
  private readonly canvas = new MapCanvas();

  private readonly zoom = new ZoomController(this, (transform) => this.onZoomFrame(transform), () => this.onZoomEnd());
  private model: MapModel | null = null;
  private m: MapMessages = mapMessages('en');
  private modelKey = '';
  private modelView: unknown = null;
  private modelVersion = 0;
  /** Every decade in view (the decade palette spreads over them), once per model. */
  private decades: readonly string[] = [];
  /** Places' accessible names, per model and language. */
  private readonly placeLabels = new Map<string, string>();
  private readonly framing = new SelectionFraming();
  private readonly hoverLayers = new HoverLayers(() => this.renderRoot, this.tip);
  private readonly chooser = new PlaceChooser({
    agreementsOf: (id) => this.model?.agreementsByPlace.get(id) ?? [],
    selectedId: () => this.selectedId,
    select: (twinning) => this.selectAgreement(twinning),
    announceChoice: (count) => (this.announcement = this.m.choosePartner(count)),
  });
  /** Hover and focus, kept out of Lit state: changing them touches only the affected marks. */
  private readonly active = new ActivePlaceController(this, {
    root: () => this.renderRoot, model: () => this.model, scale: () => this.zoom.transform.k,
    canvasMode: () => this.canvas.on,
    placeAt: (event) => this.pointer.placeAt(event),
    onChange: (active) => this.showActive(active),
    onFocusPlace: (id) => this.roving.focused(id),
    onBlur: () => this.chooser.stop(),
  });
  private readonly pointer = new MapPointer({
    root: () => this.renderRoot, model: () => this.model, transform: () => this.zoom.transform,
    hits: () => (this.canvas.on ? this.canvas.hits ?? undefined : undefined),
    twinning: (id) => this.view?.twinningById.get(id),
    activatePlace: (id) => this.chooser.activate(id),
    selectAgreement: (twinning) => this.selectAgreement(twinning),
  });
  private readonly roving = mapKeyboard(this, {
    root: () => this.renderRoot.querySelector('.map svg'),
    order: () => this.model?.order ?? [],
    dots: () => this.model?.dots ?? [],
    chooser: this.chooser,
    clearSelection: () => this.select(null),
    zoomBy: (factor) => this.zoom.step(factor),
    onMove: (id) => this.active.focus(id),
  });

  /**
   * An update waits for the chunks it draws with: the canvas renderer in canvas mode, and the
   * `world` layout when a framed place may be drawn in it.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of Lit's scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const canvas = this.canvas.loading();
    const world = this.framedPlace && this.layout !== 'split' && this.layout !== 'globe' ? worldLayoutLoading() : null;
    return canvas || world ? Promise.all([canvas, world]).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.m = mapMessages(this.locale);
    if (!(LAYOUTS as readonly string[]).includes(this.layout)) this.warn('invalid-attribute', `invalid layout: "${this.layout}"; expected one of ${LAYOUTS.join(', ')}`);
    if (toColorBy(this.colorBy) !== this.colorBy) this.warn('invalid-attribute', `invalid color-by: "${this.colorBy}"; expected one of ${COLOR_BY.join(', ')}`);
    if (this.state !== 'ready' || !this.view) return;
    const width = Math.max(this.width, 280);
    // The base makes a new view only when data or filters change: its identity is the cheap test.
    const key = `${width}|${this.layout}|${this.framedPlace}|${this.twinning}`;
    if (key !== this.modelKey || this.view !== this.modelView) {
      this.modelKey = key;
      this.modelView = this.view;
      this.modelVersion++;
      this.model = mapModel(this.view, { width, layout: this.layout, place: this.framedPlace, twinning: this.twinning });
      this.decades = colorKeys(this.view.twinnings, 'decade', this.view.resolved.dateOf);
      this.placeLabels.clear();
    }
    const model = this.model!;
    this.basemap.update(model, this.modelVersion, this.zoom.transform.k);
    const sceneKey = `${this.modelVersion}|${this.basemap.landKey}|${this.colorBy}|${this.theme}|${matchMedia('(prefers-color-scheme: dark)').matches}`;
    this.canvas.update(model, sceneKey, () => canvasScene(model, this.view!, this.basemap.land, toColorBy(this.colorBy), this));
  }

  /** One frame of a zoom gesture: move what is drawn by transform (the canvas bitmap too, redrawn only at the end); labels and the tooltip step aside. */
  private onZoomFrame(transform: ZoomTransform): void {
    const value = transform.toString();
    for (const group of this.renderRoot.querySelectorAll('.zoomable')) group.setAttribute('transform', value);
    this.renderRoot.querySelector('.map')?.classList.add('map--zooming');
    this.tip.hide();
    if (this.canvas.on && !this.canvas.move(this.renderRoot, transform)) this.drawCanvas();
  }

  /** Draws the canvas crisp at the current zoom, or renders again when its chunk or scene is not ready yet. */
  private drawCanvas(): void {
    if (this.canvas.on && !this.canvas.draw(this.renderRoot, this, this.zoom.transform)) this.requestUpdate();
  }

  /**
   * The gesture ended: no model and no template render, only what depends on the scale: dot and
   * link sizes (one custom property), labels, the focus ring, the canvas overlay, and in canvas
   * mode the one crisp redraw of the gesture. Finer outlines are the exception: crossing
   * FINE_ZOOM re-renders for the new land (and `updated` redraws the canvas).
   */
  private onZoomEnd(): void {
    if (!this.model) return;
    this.renderRoot.querySelector('.map')?.classList.remove('map--zooming');
    if (this.basemap.update(this.model, this.modelVersion, this.zoom.transform.k)) return this.requestUpdate();
    this.drawCanvas();
    setZoomScale(this.renderRoot.querySelector('.map svg'), this.zoom.transform.k);
    this.active.placeRing();
    this.renderActiveLayers();
  }

  // ---- hooks ----

  protected override chartMinHeight(): number {
    // Once drawn, the drawing's own height: the world layout shrinks to its content (no empty band).
    return this.model?.layout.height ?? reservedMapHeight(Math.max(this.width, 280), this.layout !== 'globe', !!(this.framedPlace || this.twinning));
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
    return this.model ? mapSkippedRecords(this.context()) : null;
  }

  protected override tableLoading(): Promise<unknown> | null {
    return mapTableChunk.loading();
  }

  protected override tableModel(): TableModel {
    return mapTableChunk.get()!.mapTable(this.context());
  }

  protected override renderLegend(): TemplateResult {
    return renderLegend(this.context());
  }

  private context(): MapRenderContext {
    const colorBy = toColorBy(this.colorBy);
    return {
      view: this.view!, dataset: this.loaded!, model: this.model!, locale: this.locale, messages: this.messages, m: this.m,
      transform: this.zoom.transform, colorBy, decades: this.decades,
      selected: this.selectedId, canvas: this.canvas.on, focusPlace: this.roving.current,
      placeLabel: (id) => cached(this.placeLabels, `${this.locale}|${id}`, () => placeAccessibleName(this.context(), id)),
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
    const size = styleProps({ width: `${width}px`, height: `${height}px` });
    const dotsIn = (panel: number) => ctx.model.dots.filter((d) => d.panel === panel && (!canvas || d.id === ctx.focusPlace || selected.has(d.id)));
    return html`${renderCaption(ctx)}
      <div class="map ${canvas ? 'map--canvas' : ''} ${width < NARROW_MAP ? 'map--narrow' : ''}" data-layout=${ctx.model.kind} @keydown=${this.roving.onKeydown}>
        ${canvas ? html`<div class="marks-frame" style=${size}><canvas class="marks" aria-hidden="true" style=${size}></canvas></div>` : nothing}
        <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="application" tabindex="-1"
          aria-roledescription="map" aria-label=${this.m.label} aria-describedby="keyboard-help"
          @pointerover=${this.active.onPointerOver} @pointerout=${this.active.onPointerOut} @pointerleave=${this.active.onPointerLeave}
          @pointermove=${canvas ? this.active.onCanvasPointerMove : nothing}
          @focusin=${this.active.onFocusIn} @focusout=${this.active.onFocusOut} @click=${this.pointer.onClick}>
          ${canvas ? nothing : renderLand(layout, this.basemap.land, t)}
          <g transform=${t} class="links zoomable">${renderLinks(ctx, links)}</g>
          ${canvas ? svg`<g transform=${t} class="overlay zoomable"></g>` : nothing}
          ${panelBoxes(layout).map((p, i) => panelViewport(p, svg`<g transform=${t} class="places zoomable">${renderPlaces(ctx, dotsIn(i))}</g>`))}
          <g class="labels"></g>
          ${renderPanelTitles(ctx)}
        </svg>
        ${renderZoomButtons(this.m, this.zoom)}
        ${this.basemap.failed ? html`<p part="notice" class="basemap-notice" role="status">${this.m.basemapFailed}</p>` : nothing}
        <p id="keyboard-help" class="visually-hidden">${this.m.keyboardHelp}</p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.map svg');
    if (svgElement && this.model) this.zoom.attach(svgElement, this.model.layout.width, this.model.layout.height);
    this.renderRoot.querySelector('.map')?.classList.remove('map--zooming');
    setZoomScale(this.renderRoot.querySelector('.map svg'), this.zoom.transform.k);
    this.drawCanvas();
    if (this.state !== 'ready' || !this.model) return;
    this.active.refresh();
    this.renderActiveLayers();
    if (this.framing.due(`${this.modelVersion}|${this.selectedId}|${this.framedPlace}`, this.selectedId)) this.framing.frame(this.model, this.view!, this.selectedId, this.framedPlace, this.zoom);
  }

  /** The layers that follow hover and focus (labels; in canvas mode the overlay), rendered on their own. */
  private renderActiveLayers(): void {
    if (!this.model) return;
    const key = `${this.modelVersion}|${this.zoom.transform}|${this.active.active}|${this.selectedId}|${this.locale}`;
    this.hoverLayers.render(() => this.context(), this.active.active, key);
  }

  // ---- hover, focus, selection ----

  /** Hover or focus moved: the labels, the canvas overlay and the tooltip follow, without a Lit update. */
  private showActive(active: string | null): void {
    this.renderActiveLayers();
    this.hoverLayers.showTooltip(this.model ? this.context() : null, active);
  }

  private selectAgreement(twinning: Twinning): void {
    // Inside a <twinning-data>, the provider announces. Only the interaction chunk's paths select here.
    if (!this.shared) this.announcement = interactionChunk.get()?.selectionAnnouncement(twinning, this.view!, this.locale, this.m) ?? '';
    this.framing.madeHere(twinning.id);
    this.select(twinning.id);
  }
}
