/**
 * Activity counts and shares by category.
 *
 * Activities can carry several categories, so there are two honest ways to count, and every
 * chart must say which it uses:
 *
 * - `'activities'`: each activity counts once for each distinct category it carries (a category
 *   listed twice on one activity counts once). A share is the fraction of *activities* that carry
 *   the category, so shares can add up to more than 1 (100 %) when activities have several tags.
 *   Use it for "how many exchanges involved youth?".
 * - `'tags'`: each tag occurrence counts, duplicates included, and a share is the fraction of
 *   all tags. Shares add up to exactly 1. Use it for part-of-a-whole charts (stacked bars, pies).
 */
import type { Activity } from '../types.ts';

/** The two counting rules, as an `as const` vocabulary for attributes, stories and tests. */
export const CATEGORY_COUNT_RULES = ['activities', 'tags'] as const;
/** How multi-category activities are counted; see the module documentation. */
export type CategoryCountRule = (typeof CATEGORY_COUNT_RULES)[number];

/** The categories an activity is counted under by `rule`: distinct ones for `activities`, all for `tags`. */
export function countedCategories(activity: Pick<Activity, 'categories'>, rule: CategoryCountRule): readonly string[] {
  const categories = Array.isArray(activity.categories) ? activity.categories : [];
  return rule === 'activities' ? [...new Set(categories)] : categories;
}

/** A category and its count. */
export interface CategoryCount {
  readonly category: string;
  readonly count: number;
}

/** A category, its count and its share (0–1). */
export interface CategoryShare extends CategoryCount {
  readonly share: number;
}

/**
 * Counts activities by category under `rule`. Sorted by count, descending, then by id; only
 * categories that occur are listed.
 */
export function categoryCounts(activities: readonly Pick<Activity, 'categories'>[], rule: CategoryCountRule = 'activities'): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const activity of activities) {
    for (const tag of countedCategories(activity, rule)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
}

/**
 * Counts and shares by category under `rule`. With `'activities'` a share is count ÷ number of
 * activities (shares may sum past 1); with `'tags'` it is count ÷ number of tags (shares sum to 1).
 * No activities gives an empty list.
 */
export function categoryShares(activities: readonly Pick<Activity, 'categories'>[], rule: CategoryCountRule = 'activities'): CategoryShare[] {
  const counts = categoryCounts(activities, rule);
  const total = rule === 'activities' ? activities.length : counts.reduce((sum, c) => sum + c.count, 0);
  return total === 0 ? [] : counts.map((c) => ({ ...c, share: c.count / total }));
}
