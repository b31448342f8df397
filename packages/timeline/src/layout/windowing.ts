/**
 * Windowing: only the lanes that meet the scroll viewport (plus `overscan` lanes each side) are
 * rendered, so thousands of lanes stay responsive.
 */

/** Anything with a vertical position. */
export interface Positioned {
  readonly y: number;
  readonly height: number;
}

/** The visible slice: `rows[start..end)`. */
export interface VisibleSlice<T> {
  readonly start: number;
  readonly end: number;
  readonly rows: readonly T[];
}

/** The lanes meeting [scrollTop, scrollTop + viewportHeight), rows sorted by y. */
export function visibleLanes<T extends Positioned>(
  rows: readonly T[],
  scrollTop: number,
  viewportHeight: number,
  overscan = 4,
): VisibleSlice<T> {
  const first = firstIndexEndingAfter(rows, scrollTop);
  let last = first;
  const bottom = scrollTop + viewportHeight;
  while (last < rows.length && rows[last]!.y < bottom) last++;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rows.length, last + overscan);
  return { start, end, rows: rows.slice(start, end) };
}

/** Binary search: the first row whose bottom is below `top`. */
function firstIndexEndingAfter(rows: readonly Positioned[], top: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid]!;
    if (row.y + row.height <= top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
