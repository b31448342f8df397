/** Counts for summaries such as `twinning stats`: by country, region, decade, type, status, category. */
import { yearOf } from '../dates.ts';
import type { TwinningDataset } from '../types.ts';
import { categoryCounts } from './category-counts.ts';

/** What `countBy` groups by. */
export const COUNT_KEYS = ['country', 'region', 'decade', 'type', 'status', 'category'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** A bucket and its count. */
export interface Bucket {
  /** "CA", "CA-BC", "1980s", "sister-city", "active", "youth", or "undated" / "none". */
  readonly key: string;
  readonly count: number;
}

/** The bucket for twinnings without a valid signing date. */
export const UNDATED = 'undated';
/** The bucket for places without a region. */
export const NO_REGION = 'none';

/**
 * Counts by `key`, sorted by bucket name ("undated" and "none" last):
 * - `country`, `region`: twinnings per country / region of their places. An agreement counts once
 *   for each distinct country (region) among its places, so CA–JP counts once under CA and once
 *   under JP. Places without a region go to "none".
 * - `decade`: twinnings by decade of signing ("1980s"); no valid `signed` → "undated".
 * - `type`, `status`: twinnings by their type or status.
 * - `category`: activities per category, each activity once per distinct category
 *   (the 'activities' rule of `categoryCounts`).
 */
export function countBy(dataset: Pick<TwinningDataset, 'places' | 'twinnings' | 'activities'>, key: CountKey): Bucket[] {
  const counts = new Map<string, number>();
  const add = (bucket: string) => counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  if (key === 'category') {
    for (const c of categoryCounts(dataset.activities ?? [], 'activities')) counts.set(c.category, c.count);
  } else {
    const places = new Map(dataset.places.map((p) => [p.id, p]));
    for (const t of dataset.twinnings) {
      if (key === 'country' || key === 'region') {
        const buckets = new Set<string>();
        for (const id of t.places) {
          const place = places.get(id);
          if (place) buckets.add(key === 'country' ? place.country : (place.region ?? NO_REGION));
        }
        buckets.forEach(add);
      } else if (key === 'decade') {
        const year = yearOf(t.signed);
        add(year === null ? UNDATED : `${Math.floor(year / 10) * 10}s`);
      } else {
        add(t[key]);
      }
    }
  }
  const last = (k: string) => (k === UNDATED || k === NO_REGION ? 1 : 0);
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => last(a.key) - last(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
