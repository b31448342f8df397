/**
 * Partial dates as drawable extents. A year-only date spans its year and a month spans its
 * month: the extent is exactly what the source knows, never padded to a day.
 */
import { dateEnd, dateStart, parsePartialDate, type Activity, type DatePrecision, type PartialDate } from '@twinning/schema';

/** A half-open UTC interval [start, end) with the precision it was known to. */
export interface Extent {
  readonly start: Date;
  readonly end: Date;
  readonly precision: DatePrecision;
}

/** The extent of a partial date, or null when the value is missing or malformed. */
export function partialExtent(value: PartialDate | undefined): Extent | null {
  const parsed = parsePartialDate(value);
  return parsed ? { start: dateStart(parsed), end: dateEnd(parsed), precision: parsed.precision } : null;
}

/**
 * The extent of an activity: from the start of `date` to the end of `endDate` when that is a
 * valid later date, else to the end of `date`. Precision is the coarser of the two.
 */
export function activityExtent(activity: Activity): Extent | null {
  const first = partialExtent(activity.date);
  if (!first) return null;
  const last = partialExtent(activity.endDate);
  if (!last || last.end <= first.end) return first;
  const precision = rank(last.precision) < rank(first.precision) ? last.precision : first.precision;
  return { start: first.start, end: last.end, precision };
}

/** True when an extent should be drawn as a span rather than a point: coarser than a day, or lasting days. */
export function isSpan(extent: Extent): boolean {
  return extent.precision !== 'day' || extent.end.getTime() - extent.start.getTime() > DAY_MS;
}

const DAY_MS = 86_400_000;

function rank(precision: DatePrecision): number {
  return precision === 'year' ? 0 : precision === 'month' ? 1 : 2;
}
