/**
 * Quiet periods: spans of at least `years` years within a lane's life with no recorded activity.
 * They describe the evidence, not the relationship.
 *
 * The signing itself counts as a record. When the signing date is unknown (`lifeStart` null) no
 * quiet period is claimed before the first record, since the life may not have begun.
 */
import { addUtcYears } from './time-scale.ts';

/** A [from, to) interval. */
export type Interval = readonly [Date, Date];

/** Merges overlapping or touching intervals; the input is not mutated. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0].getTime() - b[0].getTime());
  const merged: [Date, Date][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) {
      if (to > last[1]) last[1] = to;
    } else merged.push([from, to]);
  }
  return merged;
}

/**
 * Gaps of at least `years` whole years between records, inside [lifeStart, lifeEnd).
 * `records` are the extents of activities and of the signing date.
 */
export function quietPeriods(
  lifeStart: Date | null,
  lifeEnd: Date,
  records: readonly Interval[],
  years = 5,
): Interval[] {
  if (!(years > 0)) throw new Error(`invalid quiet-years: ${years}`);
  const merged = mergeIntervals(records);
  let cursor = lifeStart ?? merged[0]?.[0] ?? null;
  if (!cursor) return [];
  const gaps: Interval[] = [];
  const boundaries: Interval[] = [...merged, [lifeEnd, lifeEnd]];
  for (const [from, to] of boundaries) {
    const gapEnd = from < lifeEnd ? from : lifeEnd;
    if (gapEnd > cursor && addUtcYears(cursor, years) <= gapEnd) gaps.push([cursor, gapEnd]);
    if (to > cursor) cursor = to;
    if (cursor >= lifeEnd) break;
  }
  return gaps;
}
