/** Partners of a place, and the last recorded activity of each twinning. */
import { comparePartialDates, parsePartialDate } from '../dates.ts';
import type { Activity, Place, Twinning, TwinningDataset } from '../types.ts';

/** A twinning seen from one of its places. */
export interface Partnership {
  readonly twinning: Twinning;
  readonly partner: Place;
}

/**
 * Every partner of `placeId`: one entry per other place of each twinning it belongs to, in
 * dataset order (an agreement of three places gives two entries). Partner ids missing from
 * `places` are skipped; validate() reports them.
 */
export function partnersOf(dataset: Pick<TwinningDataset, 'places' | 'twinnings'>, placeId: string): Partnership[] {
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  const out: Partnership[] = [];
  for (const twinning of dataset.twinnings) {
    if (!twinning.places.includes(placeId)) continue;
    for (const id of twinning.places) {
      const partner = id === placeId ? undefined : byId.get(id);
      if (partner) out.push({ twinning, partner });
    }
  }
  return out;
}

/**
 * The latest activity of each twinning that has one, by the start of its `date` ("1990-12" is after
 * "1990"). Of two activities starting together the more precise wins ("1990-01" over "1990"),
 * then the later in the list. Activities with an invalid date are ignored.
 */
export function lastActivityByTwinning(dataset: Pick<TwinningDataset, 'activities'>): Map<string, Activity> {
  const last = new Map<string, Activity>();
  for (const activity of dataset.activities ?? []) {
    if (!parsePartialDate(activity.date)) continue;
    const current = last.get(activity.twinning);
    if (!current || comparePartialDates(activity.date, current.date) >= 0) last.set(activity.twinning, activity);
  }
  return last;
}
