/**
 * The shared attributes as filters, and the view of a dataset they leave.
 * Pure: no DOM. Invalid values are reported (so the element can warn) and ignored.
 */
import {
  TWINNING_STATUSES,
  TWINNING_TYPES,
  type Activity,
  type Place,
  type Twinning,
  type TwinningDataset,
  type TwinningStatus,
  type TwinningType,
} from '@twinning/schema';
import { resolved, type ResolvedDataset } from './resolved-dataset.ts';
import { parseList } from './controllers/list-attribute.ts';

/** The shared attributes, as the element holds them. */
export interface FilterAttributes {
  twinning?: string | undefined;
  place?: string | undefined;
  status?: string | undefined;
  type?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
  categories?: string | undefined;
}

/** Filters with only valid values left. */
export interface Filters {
  twinning?: string;
  place?: string;
  status?: readonly TwinningStatus[];
  type?: readonly TwinningType[];
  since?: number;
  until?: number;
  categories?: readonly string[];
}

/** What an invalid attribute value was, for a coded warning. */
export interface InvalidAttribute {
  readonly attribute: string;
  readonly value: string;
  readonly valid: string;
}

/** A dataset narrowed by filters, with lookups every element needs. */
export interface DatasetView {
  readonly twinnings: readonly Twinning[];
  readonly places: readonly Place[];
  readonly activities: readonly Activity[];
  readonly placeById: ReadonlyMap<string, Place>;
  readonly twinningById: ReadonlyMap<string, Twinning>;
  readonly activitiesByTwinning: ReadonlyMap<string, readonly Activity[]>;
  /** The whole dataset, resolved once: parsed dates, indexes and category order. */
  readonly resolved: ResolvedDataset;
}

const list = parseList;

function pick<T extends string>(
  attribute: string, value: string | undefined, vocabulary: readonly T[], invalid: InvalidAttribute[],
): readonly T[] | undefined {
  const items = list(value);
  if (items.length === 0) return undefined;
  const valid = items.filter((item): item is T => (vocabulary as readonly string[]).includes(item));
  const bad = items.filter((item) => !(vocabulary as readonly string[]).includes(item));
  if (bad.length) invalid.push({ attribute, value: bad.join(','), valid: vocabulary.join(', ') });
  return valid.length ? valid : undefined;
}

/** Turns attribute values into filters, listing what was invalid. */
export function readFilters(attributes: FilterAttributes): { filters: Filters; invalid: InvalidAttribute[] } {
  const invalid: InvalidAttribute[] = [];
  const filters: Filters = {
    ...(attributes.twinning ? { twinning: attributes.twinning } : {}),
    ...(attributes.place ? { place: attributes.place } : {}),
  };
  const status = pick('status', attributes.status, TWINNING_STATUSES, invalid);
  const type = pick('type', attributes.type, TWINNING_TYPES, invalid);
  const categories = list(attributes.categories);
  let { since, until } = attributes;
  for (const [name, year] of [['since', since], ['until', until]] as const) {
    if (year !== undefined && year !== null && !Number.isInteger(year)) {
      invalid.push({ attribute: name, value: String(year), valid: 'a whole year such as 1990' });
      if (name === 'since') since = undefined;
      else until = undefined;
    }
  }
  if (since != null && until != null && since > until) {
    invalid.push({ attribute: 'since', value: `${since} > until ${until}`, valid: 'since ≤ until' });
    since = until = undefined;
  }
  return {
    filters: {
      ...filters,
      ...(status ? { status } : {}),
      ...(type ? { type } : {}),
      ...(since != null ? { since } : {}),
      ...(until != null ? { until } : {}),
      ...(categories.length ? { categories } : {}),
    },
    invalid,
  };
}

/**
 * Whether an agreement was in force at some time in [since, until]. An unknown signing date
 * counts as "before any date" (the agreement exists), so it is kept unless it ended before `since`.
 */
function overlaps(data: ResolvedDataset, twinning: Twinning, since?: number, until?: number): boolean {
  if (since == null && until == null) return true;
  const dates = data.twinningDates.get(twinning.id);
  const signed = dates?.signed?.year;
  const ended = dates?.ended?.year;
  if (until != null && signed != null && signed > until) return false;
  if (since != null && ended != null && ended < since) return false;
  return true;
}

function activityInRange(data: ResolvedDataset, activity: Activity, since?: number, until?: number): boolean {
  if (since == null && until == null) return true;
  const start = data.dateOf(activity.date)?.year;
  if (start == null) return false;
  const end = data.dateOf(activity.endDate)?.year ?? start;
  if (until != null && start > until) return false;
  if (since != null && end < since) return false;
  return true;
}

/**
 * Applies `filters` to `dataset`. Activities follow their agreements, the range and the
 * categories. Dates come from the dataset's resolved form, parsed once when it loaded.
 */
export function applyFilters(dataset: TwinningDataset, filters: Filters): DatasetView {
  const data = resolved(dataset);
  const { since, until } = filters;
  const twinnings = dataset.twinnings.filter(
    (t) =>
      (!filters.twinning || t.id === filters.twinning) &&
      (!filters.place || t.places.includes(filters.place)) &&
      (!filters.status || filters.status.includes(t.status)) &&
      (!filters.type || filters.type.includes(t.type)) &&
      overlaps(data, t, since, until),
  );
  const all = twinnings.length === dataset.twinnings.length;
  const twinningById = all ? data.twinningById : new Map(twinnings.map((t) => [t.id, t]));
  const usedPlaces = new Set<string>();
  for (const t of twinnings) for (const id of t.places) usedPlaces.add(id);
  const places = dataset.places.filter((p) => usedPlaces.has(p.id));
  const activities = (dataset.activities ?? []).filter(
    (a) =>
      twinningById.has(a.twinning) &&
      activityInRange(data, a, since, until) &&
      (!filters.categories || a.categories.some((c) => filters.categories!.includes(c))),
  );
  const activitiesByTwinning =
    activities.length === (dataset.activities ?? []).length ? data.activitiesByTwinning : groupByTwinning(activities);
  return { twinnings, places, activities, placeById: data.placeById, twinningById, activitiesByTwinning, resolved: data };
}

function groupByTwinning(activities: readonly Activity[]): Map<string, Activity[]> {
  const byTwinning = new Map<string, Activity[]>();
  for (const activity of activities) {
    const bucket = byTwinning.get(activity.twinning);
    if (bucket) bucket.push(activity);
    else byTwinning.set(activity.twinning, [activity]);
  }
  return byTwinning;
}

/** Describes active filters in words, e.g. "status: ended; since: 1990", for the empty state. */
export function describeFilters(filters: Filters, names: Record<string, string>): string {
  return Object.entries(filters)
    .map(([key, value]) => `${names[key] ?? key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}
