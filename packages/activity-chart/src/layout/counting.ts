/**
 * Counting activities by category under the two documented rules.
 *
 * - `activities`: an activity counts once for each distinct category it carries; a category's
 *   share is its count over the number of activities, so shares may add up to more than 100%
 *   when activities carry several tags.
 * - `tags`: every tag occurrence counts; a share is its count over all tags, so shares add up
 *   to 100%.
 */
import type { Activity } from '@twinning/schema';

/** The two counting rules, as an `as const` vocabulary for attributes, stories and tests. */
export const COUNT_RULES = ['activities', 'tags'] as const;
/** A counting rule. */
export type CountRule = (typeof COUNT_RULES)[number];

/** What a count was taken over. */
export interface CategoryTally {
  /** Count per category, in first-seen order. Categories with no activity are absent. */
  readonly counts: ReadonlyMap<string, number>;
  /** Number of activities counted (n). */
  readonly activities: number;
  /** Number of tag occurrences over those activities. */
  readonly tags: number;
  /** The denominator of a share under the rule: `activities` or `tags`. */
  readonly base: number;
  readonly rule: CountRule;
}

/** The categories an activity is counted under by `rule`: distinct ones for `activities`, all for `tags`. */
export function countedCategories(activity: Pick<Activity, 'categories'>, rule: CountRule): readonly string[] {
  const categories = Array.isArray(activity.categories) ? activity.categories : [];
  return rule === 'activities' ? [...new Set(categories)] : categories;
}

/** Counts `activities` per category under `rule`. Input is not modified. */
export function tallyCategories(
  activities: readonly Pick<Activity, 'categories'>[],
  rule: CountRule = 'activities',
): CategoryTally {
  const counts = new Map<string, number>();
  let tags = 0;
  for (const activity of activities) {
    for (const category of countedCategories(activity, rule)) {
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    tags += Array.isArray(activity.categories) ? activity.categories.length : 0;
  }
  return { counts, activities: activities.length, tags, base: rule === 'activities' ? activities.length : tags, rule };
}

/** A category's share of `tally` under its rule (0 when nothing was counted). */
export function shareOf(tally: CategoryTally, category: string): number {
  return tally.base > 0 ? (tally.counts.get(category) ?? 0) / tally.base : 0;
}
