/**
 * Where to put note callouts: each label box beside its anchor, inside the bounds, clear of the
 * marks it must not hide and of the callouts placed before it, with a leader line from the box
 * to the anchor. Pure and deterministic: the same input always gives the same boxes.
 *
 * Each callout tries, in order: eight positions around its anchor at growing distances, then a
 * scan of the whole area nearest the anchor first. The first clear position wins. When none is
 * clear, the callout goes to a band under the bounds (rows, left to right) with a leader up to its
 * anchor, and the caller makes room for `bandHeight`; with `band: false` it takes the position
 * that covers the least area of others instead (reported as `overlaps`).
 */

/** An axis-aligned box, in the container's pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point, in the container's pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One callout to place: its size, and the point it is about (null: not drawn; no leader). */
export interface CalloutRequest {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly anchor: Point | null;
}

/** A placed callout. */
export interface PlacedCallout {
  readonly id: string;
  readonly box: Box;
  readonly anchor: Point | null;
  /** From the box's nearest edge point to the anchor; null without an anchor or when touching it. */
  readonly leader: { readonly from: Point; readonly to: Point } | null;
  /** True when no clear position existed and the box covers a mark or another callout. */
  readonly overlaps: boolean;
}

/** Placement options. */
export interface PlacementOptions {
  /** Clear space kept around marks and other callouts (default 4). */
  readonly gap?: number;
  /** Step of the fallback scan (default 8). */
  readonly step?: number;
  /** Put callouts that find no clear spot in a band under the bounds (default true). */
  readonly band?: boolean;
}

/** The placed callouts, and the height of the band they need under the bounds (0: none). */
export interface CalloutLayout {
  readonly callouts: PlacedCallout[];
  readonly bandHeight: number;
}

const DISTANCES = [10, 24, 44, 72, 110];
// Unit directions, clockwise from the upper right: callouts read best above-right of a mark.
const DIRECTIONS: readonly [number, number][] = [[1, -1], [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1]];

/** Area of the intersection of two boxes (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/** The point of `box`'s outline nearest to `p` (p itself when inside). */
export function nearestOnBox(box: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, box.x), box.x + box.width), y: Math.min(Math.max(p.y, box.y), box.y + box.height) };
}

/** Candidate top-left corners for a w×h box about `anchor`, best first. */
function candidates(anchor: Point, w: number, h: number, bounds: { width: number; height: number }, step: number): Point[] {
  const out: Point[] = [];
  for (const d of DISTANCES) {
    for (const [dx, dy] of DIRECTIONS) {
      const x = dx > 0 ? anchor.x + d : dx < 0 ? anchor.x - d - w : anchor.x - w / 2;
      const y = dy > 0 ? anchor.y + d : dy < 0 ? anchor.y - d - h : anchor.y - h / 2;
      out.push({ x, y });
    }
  }
  const scan: Point[] = [];
  for (let y = 0; y + h <= bounds.height; y += step) for (let x = 0; x + w <= bounds.width; x += step) scan.push({ x, y });
  const dist = (c: Point) => Math.hypot(c.x + w / 2 - anchor.x, c.y + h / 2 - anchor.y);
  scan.sort((a, b) => dist(a) - dist(b) || a.y - b.y || a.x - b.x);
  return [...out, ...scan];
}

/** Boxes bucketed by a coarse grid, so a candidate is tested only against the boxes near it. */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly size: number) {}
  private keys(b: Box): number[] {
    const out: number[] = [];
    const x0 = Math.floor(b.x / this.size), x1 = Math.floor((b.x + b.width) / this.size);
    const y0 = Math.floor(b.y / this.size), y1 = Math.floor((b.y + b.height) / this.size);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push((y + 1024) * 8192 + (x + 1024));
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  /** Total area of `b` covered by the boxes (a box is counted once however many cells it spans). */
  cost(b: Box): number {
    const seen = new Set<Box>();
    let total = 0;
    for (const k of this.keys(b)) {
      for (const o of this.cells.get(k) ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        total += overlapArea(b, o);
      }
    }
    return total;
  }
}

/**
 * Places `requests` in order (earlier callouts get the better spots) inside `bounds`, avoiding
 * `obstacles` (the marks' boxes) and each other.
 */
export function placeCallouts(requests: readonly CalloutRequest[], obstacles: readonly Box[], bounds: { width: number; height: number }, options: PlacementOptions = {}): CalloutLayout {
  const gap = options.gap ?? 4;
  const band = { x: 0, y: bounds.height + gap, row: 0, used: false };
  const step = Math.max(2, options.step ?? 8);
  const blocked = new BoxIndex(64);
  for (const o of obstacles) blocked.add(inflate(o, gap));
  const placed: PlacedCallout[] = [];
  for (const r of requests) {
    const w = Math.min(r.width, bounds.width);
    const h = Math.min(r.height, bounds.height);
    // Without an anchor, a note prefers the upper right corner, where charts are usually emptiest.
    const anchor = r.anchor ?? { x: bounds.width, y: 0 };
    let best: { box: Box; cost: number } | null = null;
    for (const c of candidates(anchor, w, h, bounds, step)) {
      const box = { x: Math.round(c.x), y: Math.round(c.y), width: w, height: h };
      if (box.x < 0 || box.y < 0 || box.x + w > bounds.width || box.y + h > bounds.height) continue;
      const cost = blocked.cost(box);
      if (best === null || cost < best.cost) best = { box, cost };
      if (cost === 0) break;
    }
    let box = best?.box ?? { x: 0, y: 0, width: w, height: h };
    if ((best?.cost ?? 1) > 0 && options.band !== false) {
      if (band.x > 0 && band.x + w > bounds.width) {
        band.x = 0;
        band.y += band.row + gap;
        band.row = 0;
      }
      box = { x: band.x, y: band.y, width: w, height: h };
      band.x += w + gap;
      band.row = Math.max(band.row, h);
      band.used = true;
      best = { box, cost: 0 };
    }
    blocked.add(inflate(box, gap));
    const from = r.anchor ? nearestOnBox(box, r.anchor) : null;
    const touching = from && r.anchor ? Math.hypot(from.x - r.anchor.x, from.y - r.anchor.y) < 2 : true;
    placed.push({ id: r.id, box, anchor: r.anchor, leader: from && !touching ? { from, to: r.anchor! } : null, overlaps: (best?.cost ?? 1) > 0 });
  }
  return { callouts: placed, bandHeight: band.used ? band.y + band.row + gap - bounds.height : 0 };
}
