/**
 * Roving focus over lanes and their activity marks. A focus target is a lane (mark null) or
 * one mark on a lane. Left/right move chronologically along a lane (from the lane itself, right
 * enters its first mark); up/down move between lanes keeping the nearest mark in time;
 * Home/End go to the first/last mark of the lane (or first/last lane when on a lane).
 */

/** Where focus is: a lane index and a mark index on it, or null for the lane itself. */
export interface FocusTarget {
  readonly lane: number;
  readonly mark: number | null;
}

/** Keys the model handles. */
export const NAV_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
/** A key the model handles. */
export type NavKey = (typeof NAV_KEYS)[number];

/**
 * The next focus target. `markTimes[i]` holds the start times of lane i's marks in
 * chronological order. Returns the same target when the key leads nowhere.
 */
export function nextFocus(current: FocusTarget, key: NavKey, markTimes: readonly (readonly number[])[]): FocusTarget {
  const lanes = markTimes.length;
  if (lanes === 0) return current;
  const times = markTimes[current.lane] ?? [];
  switch (key) {
    case 'ArrowRight':
      if (current.mark === null) return times.length ? { lane: current.lane, mark: 0 } : current;
      return { lane: current.lane, mark: Math.min(times.length - 1, current.mark + 1) };
    case 'ArrowLeft':
      if (current.mark === null) return current;
      return { lane: current.lane, mark: current.mark === 0 ? null : current.mark - 1 };
    case 'ArrowUp':
    case 'ArrowDown': {
      const lane = Math.max(0, Math.min(lanes - 1, current.lane + (key === 'ArrowUp' ? -1 : 1)));
      if (lane === current.lane) return current;
      if (current.mark === null) return { lane, mark: null };
      return { lane, mark: nearest(markTimes[lane] ?? [], times[current.mark] ?? 0) };
    }
    case 'Home':
      return current.mark === null ? { lane: 0, mark: null } : { lane: current.lane, mark: 0 };
    case 'End':
      return current.mark === null ? { lane: lanes - 1, mark: null } : { lane: current.lane, mark: times.length - 1 };
  }
}

/** The index of the time closest to `time`, or null when there are none. */
function nearest(times: readonly number[], time: number): number | null {
  let best: number | null = null;
  for (let i = 0; i < times.length; i++) {
    if (best === null || Math.abs(times[i]! - time) < Math.abs(times[best]! - time)) best = i;
  }
  return best;
}
