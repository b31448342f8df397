/**
 * Partial dates as drawable extents. A year-only date spans its year and a month spans its
 * month: the extent is exactly what the source knows, never padded to a day.
 */
import { activitySpan, parseSpan, type DateLookup, type DateSpan } from '@twinning/core';
import type { Activity, DatePrecision, PartialDate } from '@twinning/schema';

/** A half-open UTC interval [start, end) with the precision it was known to. */
export interface Extent {
  readonly start: Date;
  readonly end: Date;
  readonly precision: DatePrecision;
}

/**
 * The extent of a partial date, or null when the value is missing or malformed. `dates` is the
 * loaded dataset's lookup (`view.resolved.dateOf`), where every date was parsed once at load;
 * without it (a caller holding bare records), the value is parsed here.
 */
export function partialExtent(value: PartialDate | undefined, dates: DateLookup = parseSpan): Extent | null {
  return toExtent(dates(value));
}

/** A resolved span as an extent of Date objects. */
export function toExtent(span: DateSpan | null): Extent | null {
  return span ? { start: new Date(span.start), end: new Date(span.end), precision: span.precision } : null;
}

/**
 * The extent of an activity: from the start of `date` to the end of `endDate` when that is a
 * valid later date, else to the end of `date`. Precision is the coarser of the two.
 */
export function activityExtent(activity: Activity, dates: DateLookup = parseSpan): Extent | null {
  return toExtent(activitySpan(dates(activity.date), dates(activity.endDate)));
}

/**
 * Compares two dates by their start; equal starts put the less precise first; missing or
 * malformed dates last. Reads resolved spans, so sorting never parses.
 */
export function compareDates(a: PartialDate | undefined, b: PartialDate | undefined, dates: DateLookup = parseSpan): number {
  const sa = dates(a);
  const sb = dates(b);
  if (!sa || !sb) return sa ? -1 : sb ? 1 : 0;
  return sa.start - sb.start || sb.end - sa.end;
}

/** True when an extent should be drawn as a span rather than a point: coarser than a day, or lasting days. */
export function isSpan(extent: Extent): boolean {
  return extent.precision !== 'day' || extent.end.getTime() - extent.start.getTime() > DAY_MS;
}

const DAY_MS = 86_400_000;
