/**
 * Activity marks on one lane. Dates known to a day are points; years, months and multi-day
 * activities are spans covering exactly their extent. Marks that would overlap are stacked
 * into sub-rows (greedy, in chronological order) so none hides another.
 */
import type { DateLookup } from '@twinning/core';
import type { Activity } from '@twinning/schema';
import { activityExtent, compareDates, isSpan, type Extent } from './extents.ts';
import { round, type TimeScale } from './time-scale.ts';

/** One drawn activity. */
export interface ActivityMark {
  readonly activity: Activity;
  readonly extent: Extent;
  readonly kind: 'span' | 'point';
  /** Left edge for spans, centre for points. */
  readonly x: number;
  /** Width for spans (at least `minSpan`), 0 for points. */
  readonly width: number;
  /** Stacking row, 0 first. */
  readonly row: number;
}

/** Marks of a lane, the number of stacking rows, and activities whose dates could not be read. */
export interface LaneMarks {
  readonly marks: readonly ActivityMark[];
  readonly rows: number;
  readonly skipped: readonly Activity[];
}

/** Mark sizes in px. */
export interface MarkOptions {
  readonly pointRadius?: number;
  readonly minSpan?: number;
  readonly gap?: number;
  /** The dataset's parsed dates (`view.resolved.dateOf`); parsed here when absent. */
  readonly dates?: DateLookup;
}

/** Activities in chronological order: by start, less precise first on ties, undated last, then id. */
export function sortActivities(activities: readonly Activity[], dates?: DateLookup): Activity[] {
  return [...activities].sort((a, b) => compareDates(a.date, b.date, dates) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Places one lane's activities on the scale. */
export function placeActivities(
  activities: readonly Activity[],
  scale: TimeScale,
  options: MarkOptions = {},
): LaneMarks {
  const radius = options.pointRadius ?? 4;
  const minSpan = options.minSpan ?? 3;
  const gap = options.gap ?? 1;
  const rowEnds: number[] = [];
  const marks: ActivityMark[] = [];
  const skipped: Activity[] = [];
  for (const activity of sortActivities(activities, options.dates)) {
    const extent = activityExtent(activity, options.dates);
    if (!extent) {
      skipped.push(activity);
      continue;
    }
    const span = isSpan(extent);
    const x = round(scale(extent.start));
    const width = span ? Math.max(minSpan, round(scale(extent.end) - x)) : 0;
    const left = span ? x : x - radius;
    const right = span ? x + width : x + radius;
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) row = rowEnds.push(right) - 1;
    else rowEnds[row] = right;
    marks.push({ activity, extent, kind: span ? 'span' : 'point', x, width, row });
  }
  return { marks, rows: Math.max(1, rowEnds.length), skipped };
}
