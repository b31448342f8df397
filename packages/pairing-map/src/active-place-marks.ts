/**
 * What hover and focus change on the map's marks, loaded with the interaction chunk (the first
 * pointer over the map or the first focus in it asks for it): the active dot, its partners and
 * its links through HighlightController, the focused dot's class and its focus ring (a DOM move).
 */
import { HighlightController } from '@twinning/core';
import type { ReactiveControllerHost } from 'lit';
import type { MapModel } from './map-model.ts';
import { FocusRing } from './render/focus-ring.ts';

export interface ActivePlaceMarksOptions {
  /** The map's `svg`. */
  readonly svg: () => ParentNode | null;
  readonly model: () => MapModel | null;
  /** The zoom scale (the focus ring keeps its on-screen size). */
  readonly scale: () => number;
}

const placeSelector = (id: string) => `[data-place="${CSS.escape(id)}"]`;

export class ActivePlaceMarks {
  private readonly ring = new FocusRing();
  /** Hover/focus highlight: the active dot, its partners and its links; the rest dims by CSS. */
  private readonly highlight: HighlightController;
  /** The focused dot (`place--focused`). */
  private readonly focusMark: HighlightController;
  private focused: string | null = null;

  constructor(host: ReactiveControllerHost, private readonly options: ActivePlaceMarksOptions) {
    this.highlight = new HighlightController(host, { root: options.svg, containerClass: 'highlighting', marksOf: (id) => this.marksOf(id) });
    this.focusMark = new HighlightController(host, { root: options.svg, marksOf: (id) => [[`${placeSelector(id)} > circle`, 'place--focused']] });
  }

  /** Shows `active` (hovered, else focused) and `focused`. */
  set(active: string | null, focused: string | null): void {
    this.focused = focused;
    this.highlight.set(active);
    this.focusMark.set(focused);
    this.placeRing();
  }

  /** After a render: put the state back on the (possibly new) marks. */
  refresh(): void {
    this.highlight.refresh();
    this.focusMark.refresh();
    this.placeRing();
  }

  /** Moves the focus ring (also after a zoom, for its size). */
  placeRing(): void {
    const id = this.focused;
    const group = id ? this.options.svg()?.querySelector(placeSelector(id)) ?? null : null;
    this.ring.place(group, id ? this.options.model()?.dotById.get(id) : undefined, this.options.scale());
  }

  private marksOf(id: string): [string, string][] {
    const model = this.options.model();
    const marks: [string, string][] = [[`${placeSelector(id)} > circle`, 'place--active']];
    for (const partner of model?.partnersByPlace.get(id) ?? []) marks.push([`${placeSelector(partner)} > circle`, 'place--partner']);
    for (const link of model?.linksByPlace.get(id) ?? []) marks.push([`.links [data-twinning="${CSS.escape(link.id)}"]`, 'link--active']);
    return marks;
  }
}
