/**
 * The narrow (< 480 px) layout model: a vertical list of groups, each agreement with its dates
 * and its activities in chronological order, each date formatted at its own precision.
 */
import type { DateLookup } from '@twinning/core';
import { formatPartialDate, type Activity } from '@twinning/schema';
import { sortActivities } from './activity-marks.ts';
import type { LaneGroup, Lane } from './lanes.ts';
import { activityExtent, isSpan } from './extents.ts';

/** The width below which the element switches to the list layout. */
export const NARROW_BREAKPOINT = 480;

/** True when a width calls for the list layout. */
export function isNarrow(width: number): boolean {
  return width > 0 && width < NARROW_BREAKPOINT;
}

/** One activity in the list. */
export interface NarrowActivity {
  readonly activity: Activity;
  /** Formatted at the date's own precision ("1965", "mai 1986"); "" when undated. */
  readonly dateLabel: string;
  readonly span: boolean;
  /** Start of the activity in epoch ms (Infinity when undated), for merging with quiet periods. */
  readonly start: number;
}

/** One agreement in the list. */
export interface NarrowItem {
  readonly lane: Lane;
  readonly signedLabel: string;
  readonly endedLabel: string;
  readonly activities: readonly NarrowActivity[];
}

/** One group in the list. */
export interface NarrowGroup {
  readonly key: string;
  readonly label: string;
  readonly items: readonly NarrowItem[];
}

/** Builds the list model; agreements keep the lane order, activities are chronological. */
export function narrowList(
  groups: readonly LaneGroup[],
  activitiesByTwinning: ReadonlyMap<string, readonly Activity[]>,
  locale: string,
  dates?: DateLookup,
): NarrowGroup[] {
  return groups.map((group) => ({
    key: group.key,
    label: group.label,
    items: group.lanes.map((lane) => ({
      lane,
      signedLabel: lane.twinning.signed ? formatPartialDate(lane.twinning.signed, locale) : '',
      endedLabel: lane.twinning.ended ? formatPartialDate(lane.twinning.ended, locale) : '',
      activities: sortActivities(activitiesByTwinning.get(lane.id) ?? [], dates).map((activity) => {
        const extent = activityExtent(activity, dates);
        return {
          activity,
          dateLabel: extent ? formatPartialDate(activity.date, locale) : '',
          span: extent ? isSpan(extent) : false,
          start: extent ? extent.start.getTime() : Infinity,
        };
      }),
    })),
  }));
}

/** The year of an agreement's latest dated activity, for its collapsed row; null when none is dated. */
export function lastActivityYear(item: NarrowItem): number | null {
  let last = -Infinity;
  for (const entry of item.activities) if (Number.isFinite(entry.start) && entry.start > last) last = entry.start;
  return Number.isFinite(last) ? new Date(last).getUTCFullYear() : null;
}
