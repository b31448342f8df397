/**
 * Hit-testing for dots drawn on canvas: a grid over their centres.
 */

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
 * so small dots stay easy to hit with a finger or pointer. A uniform grid of cells about a dot
 * wide: a lookup reads the few cells around the point, so hovering stays smooth with tens of
 * thousands of places (and it weighs a tenth of d3-quadtree).
 */
export function hitIndex(dots: readonly HitDot[], options: { slop?: number } = {}): HitIndex {
  const slop = options.slop ?? 4;
  const maxR = dots.reduce((max, d) => Math.max(max, d.r), 0);
  const cell = Math.max(8, maxR + slop);
  const cells = new Map<string, HitDot[]>();
  for (const dot of dots) {
    const key = `${Math.floor(dot.x / cell)},${Math.floor(dot.y / cell)}`;
    const list = cells.get(key);
    if (list) list.push(dot);
    else cells.set(key, [dot]);
  }
  /** The dot whose centre is nearest to (x, y) within `radius`. */
  const nearest = (x: number, y: number, radius: number): HitDot | undefined => {
    let best: HitDot | undefined;
    let bestDistance = radius;
    const [i0, i1] = [Math.floor((x - radius) / cell), Math.floor((x + radius) / cell)];
    const [j0, j1] = [Math.floor((y - radius) / cell), Math.floor((y + radius) / cell)];
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        for (const dot of cells.get(`${i},${j}`) ?? []) {
          const distance = Math.hypot(dot.x - x, dot.y - y);
          if (distance < bestDistance || (distance === bestDistance && !best)) [best, bestDistance] = [dot, distance];
        }
      }
    }
    return best;
  };
  return {
    find(x, y, radius) {
      if (radius !== undefined) return nearest(x, y, radius)?.id;
      // Search out to the largest disc, then accept only a dot whose own disc (plus slop) is hit.
      const dot = nearest(x, y, maxR + slop);
      return dot && Math.hypot(dot.x - x, dot.y - y) <= dot.r + slop ? dot.id : undefined;
    },
  };
}
