/**
 * Label placement: greedy, by priority, never overlapping another label or another dot.
 */
import { round2 } from './geo-math.ts';
import type { Extent } from './types.ts';

/** A place that would like a label. */
export interface LabelCandidate {
  /** Place id. */
  readonly id: string;
  /** Centre of the place's dot. */
  readonly x: number;
  readonly y: number;
  /** Radius of the dot; the label keeps clear of it. */
  readonly r: number;
  readonly text: string;
  /** Higher goes first. See `labelPriority()`. */
  readonly priority: number;
  /** Rectangle the label must stay in (its panel); defaults to the whole drawing space. */
  readonly bounds?: Extent;
}

/** Where a label sits relative to its dot, in the order they are tried. */
export type LabelPosition = 'right' | 'left' | 'above' | 'below';

/** A placed label. Draw `text` at (`x`, `y`) with `text-anchor` = `anchor` and `dominant-baseline: central`. */
export interface Label {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
  readonly position: LabelPosition;
  /** The space the label takes, `[[x0, y0], [x1, y1]]`. */
  readonly box: Extent;
}

/** Options of `placeLabels()`. */
export interface LabelOptions {
  /** Size of the drawing space; labels stay inside it (and inside each candidate's `bounds`). */
  readonly width: number;
  readonly height: number;
  /** Font size in px. Default 12. */
  readonly fontSize?: number;
  /** Width of a text in px at a font size. Default `approximateTextWidth`. */
  readonly measure?: (text: string, fontSize: number) => number;
  /** Gap between a dot's edge and its label, px. Default 3. */
  readonly gap?: number;
  /** Dots labels must not cover, besides the candidates' own (e.g. every drawn dot). */
  readonly obstacles?: readonly { readonly x: number; readonly y: number; readonly r: number }[];
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Rough text width without a DOM: 1 em per CJK or full-width character, 0.6 em for any other. */
export function approximateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/**
 * A priority for `LabelCandidate.priority`: the selected place first, then hovered or focused
 * ones, then the rest by number of agreements.
 */
export function labelPriority(state: { selected?: boolean; active?: boolean; count: number }): number {
  return (state.selected ? 2e9 : 0) + (state.active ? 1e9 : 0) + state.count;
}

/**
 * Places labels greedily: candidates in descending priority (ties by id, so output is stable),
 * each tried right, left, above and below its dot; the first spot that stays inside the bounds
 * and overlaps no placed label and no dot wins. A candidate with no free spot gets no label.
 * Cost grows with the square of the labels placed: pass the few hundred that matter, not all.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): Label[] {
  const { width, height, fontSize = 12, measure = approximateTextWidth, gap = 3 } = options;
  const h = fontSize * 1.2;
  const dots = [...candidates, ...(options.obstacles ?? [])];
  const placed: Label[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of order) {
    const w = measure(c.text, fontSize);
    const [[bx0, by0], [bx1, by1]] = c.bounds ?? [[0, 0], [width, height]];
    const d = c.r + gap;
    const spots: [LabelPosition, number, number, Label['anchor'], number][] = [
      ['right', c.x + d, c.y, 'start', c.x + d],
      ['left', c.x - d, c.y, 'end', c.x - d - w],
      ['above', c.x, c.y - d - h / 2, 'middle', c.x - w / 2],
      ['below', c.x, c.y + d + h / 2, 'middle', c.x - w / 2],
    ];
    for (const [position, x, y, anchor, left] of spots) {
      const box: Extent = [[left, y - h / 2], [left + w, y + h / 2]];
      if (box[0][0] < bx0 || box[0][1] < by0 || box[1][0] > bx1 || box[1][1] > by1) continue;
      if (placed.some((l) => boxesOverlap(l.box, box))) continue;
      if (dots.some((dot) => dot !== c && circleHitsBox(dot, box))) continue;
      const rounded: Extent = [[round2(box[0][0]), round2(box[0][1])], [round2(box[1][0]), round2(box[1][1])]];
      placed.push({ id: c.id, text: c.text, x: round2(x), y: round2(y), anchor, position, box: rounded });
      break;
    }
  }
  return placed;
}

/** True when two boxes share interior area (touching edges do not count). */
export function boxesOverlap(a: Extent, b: Extent): boolean {
  return a[0][0] < b[1][0] && b[0][0] < a[1][0] && a[0][1] < b[1][1] && b[0][1] < a[1][1];
}

function circleHitsBox(c: { x: number; y: number; r: number }, box: Extent): boolean {
  const nx = Math.max(box[0][0], Math.min(c.x, box[1][0]));
  const ny = Math.max(box[0][1], Math.min(c.y, box[1][1]));
  return Math.hypot(c.x - nx, c.y - ny) < c.r;
}
