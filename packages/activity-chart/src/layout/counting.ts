/**
 * Counting activities by category under the two documented rules.
 *
 * - `activities`: an activity counts once for each distinct category it carries; a category's
 *   share is its count over the number of activities, so shares may add up to more than 100%
 *   when activities carry several tags.
 * - `tags`: every tag occurrence counts; a share is its count over all tags, so shares add up
 *   to 100%.
 */
import { CATEGORY_COUNT_RULES, categoryCounts, countedCategories, type Activity, type CategoryCountRule } from '@twinning/schema';

/** The two counting rules (the schema's vocabulary: one rule for every chart and the CLI). */
export const COUNT_RULES = CATEGORY_COUNT_RULES;
/** A counting rule. */
export type CountRule = CategoryCountRule;
export { countedCategories };

/** What a count was taken over. */
export interface CategoryTally {
  /** Count per category, most counted first (ties by id). Categories with no activity are absent. */
  readonly counts: ReadonlyMap<string, number>;
  /** Number of activities counted (n). */
  readonly activities: number;
  /** Number of tag occurrences over those activities. */
  readonly tags: number;
  /** The denominator of a share under the rule: `activities` or `tags`. */
  readonly base: number;
  readonly rule: CountRule;
}

/** Counts `activities` per category under `rule`. Input is not modified. */
export function tallyCategories(
  activities: readonly Pick<Activity, 'categories'>[],
  rule: CountRule = 'activities',
): CategoryTally {
  const counts = new Map(categoryCounts(activities, rule).map((c) => [c.category, c.count] as const));
  let tags = 0;
  for (const activity of activities) tags += Array.isArray(activity.categories) ? activity.categories.length : 0;
  return { counts, activities: activities.length, tags, base: rule === 'activities' ? activities.length : tags, rule };
}

/** A category's share of `tally` under its rule (0 when nothing was counted). */
export function shareOf(tally: CategoryTally, category: string): number {
  return tally.base > 0 ? (tally.counts.get(category) ?? 0) / tally.base : 0;
}
