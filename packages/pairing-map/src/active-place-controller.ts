/**
 * Hover and focus on the map's places, kept out of Lit state: a change tells the host at once,
 * which re-renders its own hover layers (labels, the canvas overlay) and the tooltip, and touches
 * only the affected marks through ActivePlaceMarks; the template is never rendered again for a
 * hover. The marks' code rides in the interaction chunk, asked for by the first pointer over the
 * map or the first focus in it (a keyboard reader may never move a pointer), so no first paint
 * waits for it; what happened before it arrived is applied when it does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActivePlaceMarks } from './active-place-marks.ts';
import { interactionChunk } from './interaction-chunk.ts';
import type { MapModel } from './map-model.ts';

export interface ActivePlaceOptions {
  /** The shadow root (or element) holding `.map svg`. */
  readonly root: () => ParentNode;
  readonly model: () => MapModel | null;
  /** The zoom scale (the focus ring keeps its on-screen size). */
  readonly scale: () => number;
  /** Canvas mode: places are hit through the quadtree (`placeAt`), not through SVG events. */
  readonly canvasMode: () => boolean;
  readonly placeAt: (event: PointerEvent) => string | undefined;
  /** Hover or focus moved: `active` is the hovered place, else the focused one. */
  readonly onChange: (active: string | null) => void;
  /** A place's dot received focus (for the roving tab stop). */
  readonly onFocusPlace: (id: string) => void;
  /** Focus left the places. */
  readonly onBlur: () => void;
}

const placeSelector = (id: string) => `[data-place="${CSS.escape(id)}"]`;

export class ActivePlaceController implements ReactiveController {
  hovered: string | null = null;
  focused: string | null = null;
  /** The marks' side, once the interaction chunk is in. */
  private marks?: ActivePlaceMarks;
  /** Settles once the marks follow hover and focus (tests await it). */
  ready?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: ActivePlaceOptions) {
    host.addController(this);
  }

  /** The place whose links are highlighted: hovered, else focused. */
  get active(): string | null {
    return this.hovered ?? this.focused;
  }

  hostUpdate(): void {
    const model = this.options.model();
    if (!model) return;
    if (this.focused && !model.dotById.has(this.focused)) this.focused = null;
    if (this.hovered && !model.dotById.has(this.hovered)) this.hovered = null;
  }

  /** After a render: put the state back on the (possibly new) marks. */
  refresh(): void {
    this.marks?.refresh();
  }

  /** Moves the focus ring (also after a zoom, for its size). */
  placeRing(): void {
    this.marks?.placeRing();
  }

  hover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.show();
  }

  focus(id: string): void {
    this.focused = id;
    // Canvas mode draws only the focused dot in SVG: a place without a mark yet is drawn, then focused.
    if (!this.options.root().querySelector(placeSelector(id))) {
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.options.root().querySelector<SVGGElement>(placeSelector(id))?.focus());
    }
    this.show();
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    const id = placeOf(event.target);
    if (id) this.hover(id);
  };

  readonly onPointerOut = (event: PointerEvent): void => {
    if (this.options.canvasMode()) return;
    const from = placeOf(event.target);
    if (from && placeOf(event.relatedTarget) !== from) this.hover(null);
  };

  readonly onPointerLeave = (): void => this.hover(null);

  /** Canvas mode: the place under the pointer, found through the quadtree. */
  readonly onCanvasPointerMove = (event: PointerEvent): void => {
    this.hover(this.options.placeAt(event) ?? null);
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const id = placeOf(event.target);
    if (id) this.options.onFocusPlace(id);
    if (id && id !== this.focused) this.focus(id);
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const to = (event.relatedTarget as Element | null)?.closest?.('[data-place]');
    if (to && this.options.root().contains(to)) return;
    this.focused = null;
    this.options.onBlur();
    this.show();
  };

  private show(): void {
    this.options.onChange(this.active);
    if (this.marks) this.marks.set(this.active, this.focused);
    else this.ready ??= Promise.resolve(interactionChunk.loading()).then(() => this.attachMarks());
  }

  private attachMarks(): void {
    const chunk = interactionChunk.get();
    if (!chunk) return void (this.ready = undefined);
    const { model, scale } = this.options;
    this.marks = new chunk.ActivePlaceMarks(this.host, { svg: () => this.options.root().querySelector('.map svg'), model, scale });
    this.marks.set(this.active, this.focused);
  }
}

/** The place id of the mark an event target belongs to. */
export function placeOf(target: EventTarget | null): string | null {
  return (target as Element | null)?.closest?.('[data-place]')?.getAttribute('data-place') ?? null;
}
