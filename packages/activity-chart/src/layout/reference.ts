/**
 * Reference distributions for the `compare` mode, and their alignment with the data's shares.
 */
import type { Activity, Source, Text } from '@twinning/schema';
import { countedCategories, type CategoryTally, type CountRule } from './counting.ts';
import { categoryOrder } from './shares.ts';

/** A published distribution to compare the dataset with. */
export interface ActivityReference {
  /** What the figure describes, e.g. "North American twinning content". */
  readonly label: Text;
  /** Where it was published. */
  readonly source: Omit<Source, 'id'>;
  /** Share per category slug, as a fraction in [0, 1]. Categories the source gives no figure for are absent. */
  readonly shares: { readonly [category: string]: number };
  /** Figures a source gives only for several categories together ("education and administration: about 60%"). */
  readonly groups?: readonly ReferenceGroup[];
  /** Whether the figure was checked in the source. `false` is shown as "unverified" beside the source. */
  readonly verified?: boolean;
  /** What is known about the figure (how it was checked, what it counts). */
  readonly note?: Text;
}

/** A reference figure for several categories taken together. */
export interface ReferenceGroup {
  readonly categories: readonly string[];
  /** Fraction in [0, 1]. */
  readonly share: number;
}

/** One row of the comparison. */
export interface ComparedShare {
  readonly category: string;
  /** Count in the data (0 when no activity carries it). */
  readonly count: number;
  /** Share in the data under the tally's rule (0 when absent from the data). */
  readonly share: number;
  /** Share in the reference, or null when the reference gives no figure for the category. */
  readonly reference: number | null;
}

/**
 * Aligns `tally` with `reference`: one row for every category in either, sorted by count in the
 * data (largest first), ties in `order` then first-seen order. Missing on the data side is an explicit 0; missing on the reference side is
 * `null` (absent, never drawn as 0). Non-finite reference values are treated as absent.
 */
export function alignReference(
  tally: CategoryTally,
  reference: ActivityReference | null | undefined,
  order: readonly string[],
): ComparedShare[] {
  const shares = reference?.shares ?? {};
  const referenced = Object.keys(shares).filter((c) => Number.isFinite(shares[c]));
  const categories = categoryOrder(order, [...tally.counts.keys(), ...referenced]).filter(
    (c) => tally.counts.has(c) || referenced.includes(c),
  );
  const rows = categories.map((category) => {
    const count = tally.counts.get(category) ?? 0;
    return {
      category,
      count,
      share: tally.base > 0 ? count / tally.base : 0,
      reference: referenced.includes(category) ? shares[category]! : null,
    };
  });
  return rows.sort((a, b) => b.count - a.count || categories.indexOf(a.category) - categories.indexOf(b.category));
}

/** A group row: the data's share of a set of categories beside the reference's figure for it. */
export interface ComparedGroup {
  readonly categories: readonly string[];
  readonly count: number;
  readonly share: number;
  readonly reference: number;
}

/**
 * The data's share for each reference group. Under `activities`, an activity carrying any of the
 * group's categories counts once (over n activities); under `tags`, the group's tag occurrences
 * count (over all tags).
 */
export function alignGroups(
  activities: readonly Pick<Activity, 'categories'>[],
  reference: ActivityReference | null | undefined,
  rule: CountRule,
): ComparedGroup[] {
  const groups = (reference?.groups ?? []).filter((g) => Number.isFinite(g.share) && g.categories.length > 0);
  let tags = 0;
  for (const a of activities) tags += countedCategories(a, 'tags').length;
  const base = rule === 'activities' ? activities.length : tags;
  return groups.map((group) => {
    const wanted = new Set(group.categories);
    let count = 0;
    for (const activity of activities) {
      const hits = countedCategories(activity, rule).filter((c) => wanted.has(c)).length;
      count += rule === 'activities' ? Math.min(1, hits) : hits;
    }
    return { categories: group.categories, count, share: base > 0 ? count / base : 0, reference: group.share };
  });
}
