/**
 * Share bars: one per category, sorted by count (largest first), ties broken by category order.
 */
import type { CategoryTally } from './counting.ts';

/** One bar of the share chart. */
export interface ShareBar {
  readonly category: string;
  readonly count: number;
  /** count / tally.base, in [0, 1]. */
  readonly share: number;
}

/**
 * The order categories are listed in: `known` first (the dataset's or default order), then any
 * category only seen in the data, in first-seen order.
 */
export function categoryOrder(known: readonly string[], seen: Iterable<string>): string[] {
  const order = [...known];
  const have = new Set(order);
  for (const category of seen) if (!have.has(category)) (have.add(category), order.push(category));
  return order;
}

/**
 * Bars for `tally`, sorted by descending count; equal counts keep `order`.
 * With `includeZero`, categories from `order` that no activity carries get a 0 bar.
 */
export function shareBars(
  tally: CategoryTally,
  order: readonly string[],
  { includeZero = false }: { includeZero?: boolean } = {},
): ShareBar[] {
  const full = categoryOrder(order, tally.counts.keys());
  const rank = new Map(full.map((category, index) => [category, index]));
  const bars = full
    .map((category) => {
      const count = tally.counts.get(category) ?? 0;
      return { category, count, share: tally.base > 0 ? count / tally.base : 0 };
    })
    .filter((bar) => includeZero || bar.count > 0);
  return bars.sort((a, b) => b.count - a.count || rank.get(a.category)! - rank.get(b.category)!);
}
