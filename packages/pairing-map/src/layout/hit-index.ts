/**
 * Hit-testing for dots drawn on canvas: a d3 quadtree over their centres.
 */
import { quadtree } from 'd3-quadtree';

/** The fields of a dot the hit index reads. */
export interface HitDot {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** A spatial index over dots. */
export interface HitIndex {
  /**
   * The id of the dot whose centre is nearest to (x, y), if it lies within `radius` px of that
   * centre; `radius` defaults to the dot's own radius plus `slop` (so a click on the disc hits).
   */
  find(x: number, y: number, radius?: number): string | undefined;
}

/**
 * Builds a hit index for the dots. `slop` (default 4 px) widens the target of the default search
 * so small dots stay easy to hit with a finger or pointer. Lookups are O(log n) on average, which
 * keeps hovering smooth with tens of thousands of places.
 */
export function hitIndex(dots: readonly HitDot[], options: { slop?: number } = {}): HitIndex {
  const slop = options.slop ?? 4;
  const tree = quadtree<HitDot>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll([...dots]);
  const maxR = dots.reduce((max, d) => Math.max(max, d.r), 0);
  return {
    find(x, y, radius) {
      if (radius !== undefined) return tree.find(x, y, radius)?.id;
      // Search out to the largest disc, then accept only a dot whose own disc (plus slop) is hit.
      const dot = tree.find(x, y, maxR + slop);
      return dot && Math.hypot(dot.x - x, dot.y - y) <= dot.r + slop ? dot.id : undefined;
    },
  };
}
