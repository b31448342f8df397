/**
 * Hover and focus on the map's places, kept out of Lit state: a change touches only the affected
 * marks (the active dot, its partners and its links through HighlightController, the focus ring
 * by a DOM move) and tells the host, which re-renders its own hover layers (labels, the canvas
 * overlay) and the tooltip; the template is never rendered again for a hover.
 */
import { HighlightController } from '@twinning/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapModel } from './map-model.ts';
import { FocusRing } from './render/focus-ring.ts';

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
  /** Canvas mode draws only the focused dot in SVG: a place without a mark yet needs a render. */
  readonly renderPlace: (id: string) => void;
}

const placeSelector = (id: string) => `[data-place="${CSS.escape(id)}"]`;

export class ActivePlaceController implements ReactiveController {
  hovered: string | null = null;
  focused: string | null = null;
  private readonly ring = new FocusRing();
  /** Hover/focus highlight: the active dot, its partners and its links; the rest dims by CSS. */
  private readonly highlight: HighlightController;
  /** The ring of the focused dot (`place--focused`). */
  private readonly focusRing: HighlightController;

  constructor(host: ReactiveControllerHost, private readonly options: ActivePlaceOptions) {
    host.addController(this);
    const svg = () => options.root().querySelector('.map svg');
    this.highlight = new HighlightController(host, { root: svg, containerClass: 'highlighting', marksOf: (id) => this.marksOf(id) });
    this.focusRing = new HighlightController(host, { root: svg, marksOf: (id) => [[`${placeSelector(id)} > circle`, 'place--focused']] });
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
    this.highlight.refresh();
    this.focusRing.refresh();
    this.placeRing();
  }

  /** Moves the focus ring (also after a zoom, for its size). */
  placeRing(): void {
    const id = this.focused;
    const group = id ? this.options.root().querySelector(placeSelector(id)) : null;
    this.ring.place(group, id ? this.options.model()?.dotById.get(id) : undefined, this.options.scale());
  }

  hover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.show();
  }

  focus(id: string): void {
    this.focused = id;
    if (!this.options.root().querySelector(placeSelector(id))) this.options.renderPlace(id);
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
    this.highlight.set(this.active);
    this.focusRing.set(this.focused);
    this.placeRing();
    this.options.onChange(this.active);
  }

  private marksOf(id: string): [string, string][] {
    const model = this.options.model();
    const marks: [string, string][] = [[`${placeSelector(id)} > circle`, 'place--active']];
    for (const partner of model?.partnersByPlace.get(id) ?? []) marks.push([`${placeSelector(partner)} > circle`, 'place--partner']);
    for (const link of model?.linksByPlace.get(id) ?? []) marks.push([`.links [data-twinning="${CSS.escape(link.id)}"]`, 'link--active']);
    return marks;
  }
}

/** The place id of the mark an event target belongs to. */
export function placeOf(target: EventTarget | null): string | null {
  return (target as Element | null)?.closest?.('[data-place]')?.getAttribute('data-place') ?? null;
}
