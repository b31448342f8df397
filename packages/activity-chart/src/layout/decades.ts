/**
 * Decade binning for the `by-decade` mode: one 100% stacked bar per decade.
 *
 * A stacked bar must add up to 100%, but under the `activities` rule a multi-tag activity is
 * counted under each of its categories. So each segment is a category's count over the sum of
 * the counts in that decade (its part of the decade's counted tags), and every bar states its n
 * (activities) so that thin decades are not over-read. Undated activities are reported, not dropped.
 */
import type { Activity } from '@twinning/schema';
import { parseSpan, type DateLookup } from '@twinning/core';
import { tallyCategories, type CountRule } from './counting.ts';
import { categoryOrder } from './shares.ts';

/** One segment of a decade's stacked bar. */
export interface DecadeSegment {
  readonly category: string;
  readonly count: number;
  /** count / the decade's summed counts: the segment's width as a fraction of the bar. */
  readonly fraction: number;
  /** Where the segment starts and ends on [0, 1]. */
  readonly x0: number;
  readonly x1: number;
}

/** One decade: its first year, its n and its stacked segments. */
export interface DecadeBin {
  /** First year of the decade, e.g. 1990. */
  readonly decade: number;
  /** Activities dated in the decade. */
  readonly activities: number;
  readonly segments: readonly DecadeSegment[];
}

/** Result of `decadeBins`. */
export interface DecadeBinning {
  /** Ascending; decades with no activity between the first and last are kept, empty. */
  readonly bins: readonly DecadeBin[];
  /** Activities whose date has no readable year: counted nowhere in the bars, reported here. */
  readonly undated: number;
  /** Every category that appears, in `order` then first-seen order. */
  readonly categories: readonly string[];
}

/** The first year of the decade `year` falls in (1999 → 1990, -5 → -10). */
export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

/** Bins `activities` by decade of their (start) date and stacks their categories to 100%. */
export function decadeBins(
  activities: readonly Pick<Activity, 'categories' | 'date'>[],
  rule: CountRule,
  order: readonly string[],
  dates: DateLookup = parseSpan,
): DecadeBinning {
  const byDecade = new Map<number, Pick<Activity, 'categories' | 'date'>[]>();
  let undated = 0;
  for (const activity of activities) {
    const year = dates(activity.date)?.year;
    if (year === undefined) {
      undated++;
      continue;
    }
    const decade = decadeOf(year);
    const list = byDecade.get(decade);
    if (list) list.push(activity);
    else byDecade.set(decade, [activity]);
  }
  const seen = new Set<string>();
  for (const list of byDecade.values()) for (const a of list) for (const c of a.categories ?? []) seen.add(c);
  const categories = categoryOrder(order.filter((c) => seen.has(c)), seen);
  const decades = [...byDecade.keys()].sort((a, b) => a - b);
  const bins: DecadeBin[] = [];
  if (decades.length > 0) {
    for (let decade = decades[0]!; decade <= decades[decades.length - 1]!; decade += 10) {
      bins.push(stack(decade, byDecade.get(decade) ?? [], rule, categories));
    }
  }
  return { bins, undated, categories };
}

function stack(
  decade: number,
  list: readonly Pick<Activity, 'categories'>[],
  rule: CountRule,
  categories: readonly string[],
): DecadeBin {
  const tally = tallyCategories(list, rule);
  let total = 0;
  for (const count of tally.counts.values()) total += count;
  const segments: DecadeSegment[] = [];
  let x = 0;
  for (const category of categories) {
    const count = tally.counts.get(category) ?? 0;
    if (count === 0) continue;
    const fraction = count / total;
    segments.push({ category, count, fraction, x0: x, x1: Math.min(1, x + fraction) });
    x += fraction;
  }
  return { decade, activities: list.length, segments };
}
