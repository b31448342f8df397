/**
 * Vertical geometry of grouped lanes and the horizontal extent of each lifeline.
 *
 * A lifeline runs from the start of the signing date to the end of `ended`, or to today when the
 * agreement has not ended (`openEnd`). When the signing date is unknown the lifeline starts at
 * the first recorded activity (or the start of the axis) and is flagged `undatedStart`, which the
 * element draws as a fade-in instead of a firm start.
 */
import type { Lane, LaneGroup } from './lanes.ts';
import { round, type TimeScale } from './time-scale.ts';

/** A lane with its position. */
export interface LaneRow {
  readonly lane: Lane;
  readonly index: number;
  readonly y: number;
  readonly height: number;
  readonly x0: number;
  readonly x1: number;
  readonly undatedStart: boolean;
  readonly openEnd: boolean;
  readonly expanded: boolean;
}

/** A group heading with its position. */
export interface GroupRow {
  readonly key: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

/** Sizes and context for `laneGeometry`. */
export interface LaneGeometryOptions {
  readonly laneHeight: number;
  readonly headerHeight: number;
  /** The id of a lane drawn taller (the municipality widget), or null. */
  readonly expanded?: string | null;
  readonly expandedHeight?: number;
  readonly today: Date;
  /** The start of each agreement's earliest activity, for lanes without a signing date. */
  readonly firstActivity?: ReadonlyMap<string, Date>;
}

/** The result: lanes and headers top to bottom, and the total height. */
export interface LaneLayout {
  readonly rows: readonly LaneRow[];
  readonly headers: readonly GroupRow[];
  readonly height: number;
}

/** Places groups and lanes top to bottom. Groups with one key `all` (group-by none) get no header. */
export function laneGeometry(
  groups: readonly LaneGroup[],
  scale: TimeScale,
  options: LaneGeometryOptions,
): LaneLayout {
  const rows: LaneRow[] = [];
  const headers: GroupRow[] = [];
  const [domainStart] = scale.domain();
  let y = 0;
  for (const group of groups) {
    if (!(groups.length === 1 && group.key === 'all')) {
      headers.push({ key: group.key, label: group.label, y, height: options.headerHeight });
      y += options.headerHeight;
    }
    for (const lane of group.lanes) {
      const expanded = options.expanded === lane.id;
      const height = expanded ? (options.expandedHeight ?? options.laneHeight * 3) : options.laneHeight;
      const start = lane.signed?.start ?? options.firstActivity?.get(lane.id) ?? domainStart;
      const end = lane.ended?.end ?? options.today;
      rows.push({
        lane,
        index: rows.length,
        y,
        height,
        x0: round(scale(start)),
        x1: round(scale(end < start ? start : end)),
        undatedStart: lane.signed === null,
        openEnd: lane.ended === null,
        expanded,
      });
      y += height;
    }
  }
  return { rows, headers, height: y };
}
