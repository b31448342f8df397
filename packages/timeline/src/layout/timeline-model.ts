/**
 * The whole timeline, computed before any DOM exists: time domain and scale, ticks, grouped
 * lanes with their geometry, activity marks and quiet periods per lane.
 */
import type { DateLookup } from '@twinning/core';
import type { Activity, Place, Twinning } from '@twinning/schema';
import { activityExtent, type Extent } from './extents.ts';
import { laneGeometry, type GroupRow, type LaneRow } from './lane-geometry.ts';
import { groupLanes, type GroupBy, type LaneGroup } from './lanes.ts';
import { placeActivities, type ActivityMark } from './activity-marks.ts';
import { quietPeriods, type Interval } from './quiet-periods.ts';
import { timeDomain, timeScale, yearTicks, type TimeScale, type TimeTick } from './time-scale.ts';

/** A lane with its marks and quiet periods. */
export interface LaneModel extends LaneRow {
  readonly marks: readonly ActivityMark[];
  /** Stacking rows the marks need. */
  readonly markRows: number;
  readonly quiet: readonly Interval[];
}

/** Everything the element draws. */
export interface TimelineModel {
  readonly domain: readonly [Date, Date];
  readonly scale: TimeScale;
  readonly ticks: readonly TimeTick[];
  readonly groups: readonly LaneGroup[];
  readonly lanes: readonly LaneModel[];
  readonly headers: readonly GroupRow[];
  readonly height: number;
  /** Activities that could not be placed (unreadable dates). */
  readonly skipped: readonly Activity[];
  readonly markCount: number;
}

/** Inputs besides the data. */
export interface TimelineOptions {
  readonly groupBy: GroupBy;
  readonly quietYears: number;
  readonly locale: string;
  readonly today: Date;
  /** Pixel range of the time axis. */
  readonly range: readonly [number, number];
  /** Years shown, inclusive, when a range is chosen. */
  readonly since?: number | undefined;
  readonly until?: number | undefined;
  readonly expanded: string | null;
  readonly laneHeight: number;
  readonly expandedHeight: number;
  readonly headerHeight: number;
  readonly label: (key: string, groupBy: GroupBy) => string;
  /** The dataset's parsed dates (`view.resolved.dateOf`); parsed here when absent. */
  readonly dates?: DateLookup;
}

/** Builds the model. Inputs are not mutated. */
export function timelineModel(
  twinnings: readonly Twinning[],
  activitiesByTwinning: ReadonlyMap<string, readonly Activity[]>,
  placeById: ReadonlyMap<string, Place>,
  options: TimelineOptions,
): TimelineModel {
  const dates = options.dates;
  const groups = groupLanes(twinnings, { groupBy: options.groupBy, placeById, label: options.label, ...(dates ? { dates } : {}) });
  const extents: (Extent | null)[] = [];
  const firstActivity = new Map<string, Date>();
  for (const group of groups) {
    for (const lane of group.lanes) {
      extents.push(lane.signed, lane.ended);
      for (const activity of activitiesByTwinning.get(lane.id) ?? []) {
        const extent = activityExtent(activity, dates);
        extents.push(extent);
        const known = firstActivity.get(lane.id);
        if (extent && (!known || extent.start < known)) firstActivity.set(lane.id, extent.start);
      }
    }
  }
  const full = timeDomain(extents, options.today);
  const domain: [Date, Date] = [
    options.since != null ? utcYearStart(options.since) : full[0],
    options.until != null ? utcYearStart(options.until + 1) : full[1],
  ];
  const scale = timeScale(domain, options.range);
  const geometry = laneGeometry(groups, scale, {
    laneHeight: options.laneHeight,
    headerHeight: options.headerHeight,
    expanded: options.expanded,
    expandedHeight: options.expandedHeight,
    today: options.today,
    firstActivity,
  });
  const skipped: Activity[] = [];
  let markCount = 0;
  const lanes = geometry.rows.map((row): LaneModel => {
    const activities = activitiesByTwinning.get(row.lane.id) ?? [];
    const placed = placeActivities(activities, scale, dates ? { dates } : {});
    skipped.push(...placed.skipped);
    markCount += placed.marks.length;
    const records: Interval[] = placed.marks.map((m) => [m.extent.start, m.extent.end]);
    if (row.lane.signed) records.push([row.lane.signed.start, row.lane.signed.end]);
    const lifeEnd = row.lane.ended?.end ?? options.today;
    return {
      ...row,
      marks: placed.marks,
      markRows: placed.rows,
      quiet: quietPeriods(row.lane.signed?.start ?? null, lifeEnd, records, options.quietYears),
    };
  });
  return {
    domain,
    scale,
    ticks: yearTicks(scale, options.locale),
    groups,
    lanes,
    headers: geometry.headers,
    height: geometry.height,
    skipped,
    markCount,
  };
}

function utcYearStart(year: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date;
}
