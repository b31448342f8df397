/**
 * Where the view should go so that a selection is visible: the selected agreement's places (or
 * the framed place) each inside its own panel, and not hidden under a neighbour's dot. Pure: the
 * element animates to the answer (instantly under reduced motion). The reader's zoom is kept when
 * a pan is enough; otherwise the view zooms out step by step until everything fits (the whole map,
 * at scale 1, always does). Part of the interaction chunk (see selection-framing.ts): a map without a
 * selection never loads it, and one with a selection frames it after the first paint.
 */
import type { Dot } from './layout/index.ts';
import type { MapModel } from './map-model.ts';
import type { DatasetView } from '@twinning/core';
import { panelBoxes, type PanelBox } from './render/land.ts';
import { ZoomTransform, type ZoomController } from './zoom-controller.ts';
import { animateTo } from './zoom-gestures.ts';

/** How long framing a selection takes (instant under prefers-reduced-motion). */
const FRAME_MS = 350;

/** A zoom transform's numbers. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface FrameOptions {
  /** Map size (the view never leaves it). */
  readonly width: number;
  readonly height: number;
  /** Screen pixels a framed dot keeps from its panel's edge. */
  readonly margin?: number;
  /** The most a selection hidden under a neighbour zooms in to. */
  readonly maxK?: number;
}

const inside = (box: PanelBox, x: number, y: number, margin: number) =>
  x >= box.x + margin && x <= box.x + box.width - margin && y >= box.y + margin && y <= box.y + box.height - margin;

/** The scale at which `dot` comes out from under the other dots' discs (at least `k`). */
function unclusteredScale(dot: Dot, dots: readonly Dot[], skip: ReadonlySet<string>, k: number): number {
  let wanted = k;
  for (const other of dots) {
    if (skip.has(other.id)) continue;
    const distance = Math.hypot(dot.x - other.x, dot.y - other.y);
    // On screen, centres are distance·k apart and a disc's radius is r·√k (dots grow more slowly than the map).
    if (distance * k < other.r * Math.sqrt(k)) wanted = Math.max(wanted, ((dot.r + other.r) / Math.max(distance, 1e-6)) ** 2);
  }
  return wanted;
}

/**
 * The transform that frames `targets` (dot ids) from `current`, or null when they are already in
 * view and clear of their neighbours.
 */
export function frameSelection(dots: readonly Dot[], targets: readonly string[], panels: readonly PanelBox[], current: ViewTransform, options: FrameOptions): ViewTransform | null {
  const { width, height, margin = 16, maxK = 8 } = options;
  const ids = new Set(targets);
  const framed = dots.filter((d) => ids.has(d.id) && panels[d.panel]);
  if (!framed.length) return null;
  const visible = framed.every((d) => inside(panels[d.panel]!, d.x * current.k + current.x, d.y * current.k + current.y, margin));
  const wantedK = Math.min(maxK, Math.max(current.k, ...framed.map((d) => unclusteredScale(d, dots, ids, current.k))));
  if (visible && wantedK <= current.k) return null;
  // The map point at the centre of the view stays there if it can.
  const [cx, cy] = [(width / 2 - current.x) / current.k, (height / 2 - current.y) / current.k];
  for (let k = wantedK; k > 1; k = k / 1.25 < 1.05 ? 1 : k / 1.25) {
    let [x0, x1, y0, y1] = [width - width * k, 0, height - height * k, 0];
    for (const d of framed) {
      const box = panels[d.panel]!;
      x0 = Math.max(x0, box.x + margin - d.x * k);
      x1 = Math.min(x1, box.x + box.width - margin - d.x * k);
      y0 = Math.max(y0, box.y + margin - d.y * k);
      y1 = Math.min(y1, box.y + box.height - margin - d.y * k);
    }
    if (x0 <= x1 && y0 <= y1) {
      const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
      return { k, x: clamp(width / 2 - cx * k, x0, x1), y: clamp(height / 2 - cy * k, y0, y1) };
    }
  }
  return current.k === 1 && current.x === 0 && current.y === 0 ? null : { k: 1, x: 0, y: 0 };
}

/** Moves `zoom` so that the places of the agreement `selected` (else the place `place`) are in view (see frameSelection). */
export function frameView(model: MapModel, view: DatasetView, selected: string | undefined, place: string | undefined, zoom: ZoomController): void {
  const { layout } = model;
  const targets = selected ? view.twinningById.get(selected)?.places ?? [] : place ? [place] : [];
  const to = frameSelection(model.dots, targets, panelBoxes(layout), zoom.transform, { width: layout.width, height: layout.height });
  if (to) animateTo(zoom, new ZoomTransform(to.k, to.x, to.y), matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : FRAME_MS);
}
