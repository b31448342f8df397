/**
 * A dataset resolved once, when it loads: every partial date parsed to numbers, places and
 * agreements indexed by id, activities and agreements grouped by what they belong to, and the
 * category order settled. Filters, layouts and views read this; none of them parses a date
 * string again. Pure: no DOM.
 */
import {
  DEFAULT_CATEGORIES, dateEnd, dateStart, parsePartialDate,
  type Activity, type DatePrecision, type PartialDate, type Place, type Twinning, type TwinningDataset,
} from '@twinning/schema';

/** A partial date as a half-open UTC interval [start, end) in epoch milliseconds. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  /** The (UTC) year the span starts in. */
  readonly year: number;
  readonly precision: DatePrecision;
}

/** The dates of one agreement. */
export interface TwinningDates {
  readonly signed: DateSpan | null;
  readonly ended: DateSpan | null;
}

/** Looks up the span of a date string of the dataset; null for a missing or malformed date. */
export type DateLookup = (value: PartialDate | undefined) => DateSpan | null;

/** What `resolveDataset` returns. Every collection is read-only and shared by all views. */
export interface ResolvedDataset {
  readonly dataset: TwinningDataset;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly twinningById: ReadonlyMap<string, Twinning>;
  /** Every activity of an agreement, in dataset order. */
  readonly activitiesByTwinning: ReadonlyMap<string, readonly Activity[]>;
  /** Every agreement a place is party to, in dataset order. */
  readonly twinningsByPlace: ReadonlyMap<string, readonly Twinning[]>;
  /** Declared categories first, then the defaults: the order legends and bars use. */
  readonly categoryOrder: readonly string[];
  /** Signing and ending dates of each agreement, by agreement id. */
  readonly twinningDates: ReadonlyMap<string, TwinningDates>;
  /**
   * The span of each activity, by activity id: from the start of `date` to the end of
   * `endDate` when that is a valid later date; null when `date` cannot be read.
   */
  readonly activitySpans: ReadonlyMap<string, DateSpan | null>;
  /** The span of any date string that occurs in the dataset (parsed when it loaded). */
  readonly dateOf: DateLookup;
}

const EMPTY: readonly never[] = [];

/** Parses one partial date to a span; null when it is missing or malformed. */
export function parseSpan(value: PartialDate | undefined): DateSpan | null {
  const parsed = parsePartialDate(value);
  if (!parsed) return null;
  return { start: dateStart(parsed).getTime(), end: dateEnd(parsed).getTime(), year: parsed.year, precision: parsed.precision };
}

/** The span of an activity given the spans of its `date` and `endDate`; precision is the coarser. */
export function activitySpan(first: DateSpan | null, last: DateSpan | null): DateSpan | null {
  if (!first) return null;
  if (!last || last.end <= first.end) return first;
  const precision = rank(last.precision) < rank(first.precision) ? last.precision : first.precision;
  return { start: first.start, end: last.end, year: first.year, precision };
}

function rank(precision: DatePrecision): number {
  return precision === 'year' ? 0 : precision === 'month' ? 1 : 2;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Resolves a validated dataset. Use `resolved()` to get the shared, once-per-dataset result. */
export function resolveDataset(dataset: TwinningDataset): ResolvedDataset {
  const dates = new Map<string, DateSpan | null>();
  const dateOf: DateLookup = (value) => {
    if (value === undefined) return null;
    let span = dates.get(value);
    if (span === undefined) dates.set(value, (span = parseSpan(value)));
    return span;
  };
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const twinningById = new Map<string, Twinning>();
  const twinningsByPlace = new Map<string, Twinning[]>();
  const twinningDates = new Map<string, TwinningDates>();
  for (const twinning of dataset.twinnings) {
    twinningById.set(twinning.id, twinning);
    for (const id of new Set(twinning.places)) push(twinningsByPlace, id, twinning);
    twinningDates.set(twinning.id, { signed: dateOf(twinning.signed), ended: dateOf(twinning.ended) });
  }
  const activitiesByTwinning = new Map<string, Activity[]>();
  const activitySpans = new Map<string, DateSpan | null>();
  for (const activity of dataset.activities ?? EMPTY) {
    push(activitiesByTwinning, activity.twinning, activity);
    activitySpans.set(activity.id, activitySpan(dateOf(activity.date), dateOf(activity.endDate)));
  }
  const categoryOrder = [...new Set([...(dataset.categories ?? EMPTY).map((c) => c.id), ...DEFAULT_CATEGORIES])];
  return { dataset, placeById, twinningById, activitiesByTwinning, twinningsByPlace, categoryOrder, twinningDates, activitySpans, dateOf };
}

const cache = new WeakMap<TwinningDataset, ResolvedDataset>();

/**
 * The resolved form of `dataset`, computed the first time it is asked for and then shared by
 * every element, filter and layout that reads the same dataset object (a provider's children,
 * two elements given one `.data`). Held weakly: it goes when the dataset goes.
 */
export function resolved(dataset: TwinningDataset): ResolvedDataset {
  let result = cache.get(dataset);
  if (!result) cache.set(dataset, (result = resolveDataset(dataset)));
  return result;
}
