/**
 * Lanes: one per agreement, grouped by `group-by` and sorted by signing date within a group.
 *
 * - `region` groups by the region of the agreement's first place (datasets list the Canadian
 *   side first, so this is the province or territory); places without a region go to a
 *   group with the key "" placed last.
 * - Groups are ordered by their earliest signing date (the timeline reads as a story), ties
 *   and wholly undated groups by label.
 * - Within a group, lanes are sorted by signing date; undated agreements come last, in id order.
 */
import type { DateLookup } from '@twinning/core';
import type { Place, Twinning } from '@twinning/schema';
import { compareDates, partialExtent, type Extent } from './extents.ts';

/** Valid values of the `group-by` attribute. */
export const GROUP_BY = ['region', 'type', 'status', 'none'] as const;
/** How lanes are grouped. */
export type GroupBy = (typeof GROUP_BY)[number];

/** One agreement's lane before geometry. */
export interface Lane {
  readonly id: string;
  readonly twinning: Twinning;
  readonly group: string;
  readonly signed: Extent | null;
  readonly ended: Extent | null;
}

/** A labelled group of lanes. */
export interface LaneGroup {
  readonly key: string;
  readonly label: string;
  readonly lanes: readonly Lane[];
}

/** What `groupLanes` needs besides the agreements. */
export interface GroupOptions {
  readonly groupBy: GroupBy;
  readonly placeById: ReadonlyMap<string, Place>;
  /** The label of a group key (region name, type or status label) in the active language. */
  readonly label: (key: string, groupBy: GroupBy) => string;
  /** The dataset's parsed dates (`view.resolved.dateOf`); parsed here when absent. */
  readonly dates?: DateLookup;
}

/** The group key of one agreement. */
export function groupKey(twinning: Twinning, groupBy: GroupBy, placeById: ReadonlyMap<string, Place>): string {
  switch (groupBy) {
    case 'region':
      return placeById.get(twinning.places[0] ?? '')?.region ?? '';
    case 'type':
      return twinning.type;
    case 'status':
      return twinning.status;
    case 'none':
      return 'all';
  }
}

/** Compares agreements by signing date, undated last, then by id so the order is stable. */
export function compareLanes(a: Twinning, b: Twinning, dates?: DateLookup): number {
  return compareDates(a.signed, b.signed, dates) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Groups and sorts the agreements into lanes. The input is not mutated. */
export function groupLanes(twinnings: readonly Twinning[], options: GroupOptions): LaneGroup[] {
  const byKey = new Map<string, Lane[]>();
  const dates = options.dates;
  const sorted = [...twinnings].sort((a, b) => compareLanes(a, b, dates));
  for (const twinning of sorted) {
    const key = groupKey(twinning, options.groupBy, options.placeById);
    const lane: Lane = {
      id: twinning.id,
      twinning,
      group: key,
      signed: partialExtent(twinning.signed, dates),
      ended: partialExtent(twinning.ended, dates),
    };
    const list = byKey.get(key);
    if (list) list.push(lane);
    else byKey.set(key, [lane]);
  }
  const groups = [...byKey].map(([key, lanes]) => ({ key, label: options.label(key, options.groupBy), lanes }));
  return groups.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    const first = compareDates(a.lanes[0]!.twinning.signed, b.lanes[0]!.twinning.signed, dates);
    return first || a.label.localeCompare(b.label);
  });
}
