/**
 * Keyboard navigation between place dots: a reading order and a spatial step.
 *
 * Which key does what (the element wires it):
 * - ArrowLeft / ArrowRight / ArrowUp / ArrowDown → `nextInDirection()`: the nearest dot that way,
 *   so focus moves where the eye expects on the map.
 * - Home / End → first / last id of `geographicOrder()`.
 * - When no dot lies in the pressed direction, focus stays put (no wrapping, which would jump
 *   across the map without warning).
 */

/** The fields of a dot the keyboard functions read. */
export interface NavDot {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Panel index; 0 for the globe. Default 0. */
  readonly panel?: number;
}

/** Arrow-key directions. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** Options of `geographicOrder()`. */
export interface OrderOptions {
  /** Height in px of a reading band. Default 32. */
  readonly band?: number;
}

/**
 * The documented geographic reading order of the dots: panel by panel (western/top panel first),
 * then like lines of text: bands `band` px tall from north (top) to south, and within a band from
 * west (left) to east. Ties keep the input order. Every dot appears exactly once.
 */
export function geographicOrder(dots: readonly NavDot[], options: OrderOptions = {}): string[] {
  const band = options.band ?? 32;
  return dots
    .map((dot, index) => ({ dot, index, row: Math.floor(dot.y / band) }))
    .sort((a, b) => (a.dot.panel ?? 0) - (b.dot.panel ?? 0) || a.row - b.row || a.dot.x - b.dot.x || a.index - b.index)
    .map((entry) => entry.dot.id);
}

const UNIT: Record<Direction, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The id of the dot to move to from `currentId` when an arrow key is pressed: among dots within
 * a cone of ±`cone` degrees (default 60) around the direction, the one with the lowest
 * distance + 2 × sideways offset (straight ahead beats nearer but off to the side).
 * Returns `currentId` when no dot lies that way, and the first dot of the reading order when
 * `currentId` is unknown. Returns `undefined` only when there are no dots.
 */
export function nextInDirection(
  dots: readonly NavDot[],
  currentId: string | undefined,
  direction: Direction,
  options: { cone?: number } = {},
): string | undefined {
  const current = dots.find((d) => d.id === currentId);
  if (!current) return geographicOrder(dots)[0];
  const [ux, uy] = UNIT[direction];
  const cosCone = Math.cos(((options.cone ?? 60) * Math.PI) / 180);
  let best: string = current.id;
  let bestScore = Infinity;
  for (const dot of dots) {
    if (dot === current) continue;
    const dx = dot.x - current.x;
    const dy = dot.y - current.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const ahead = dx * ux + dy * uy;
    if (ahead / distance < cosCone) continue;
    const score = distance + 2 * Math.abs(dx * uy - dy * ux);
    if (score < bestScore) {
      bestScore = score;
      best = dot.id;
    }
  }
  return best;
}
