/**
 * Facets for the `by-region` mode: small multiples that share one share scale.
 *
 * Rule (stated in the caption): an activity belongs to the region (ISO 3166-2 province or
 * prefecture) of each place of its agreement. A Canada–Japan activity is therefore counted once
 * in its Canadian province's facet and once in its Japanese prefecture's facet; within a facet it
 * counts once. Facets overlap, so their n add up to more than the total. With `facet="twinning"`,
 * each agreement is a facet and every activity is in exactly one.
 */
import type { Activity, Place, Twinning } from '@twinning/schema';
import { tallyCategories, type CountRule } from './counting.ts';
import { shareBars, type ShareBar } from './shares.ts';
import type { FacetKind } from './facet-kinds.ts';

export { FACETS, type FacetKind } from './facet-kinds.ts';

/** One small multiple. */
export interface Facet {
  /** Region code ("CA-BC") or twinning id. */
  readonly key: string;
  /** Country of the region (ISO 3166-1), or "" for twinning facets. */
  readonly country: string;
  /** Activities in the facet (n). */
  readonly activities: number;
  readonly bars: readonly ShareBar[];
}

/** Result of `facetLayout`. */
export interface FacetLayout {
  readonly facets: readonly Facet[];
  /** Largest share in any facet: the one domain maximum all facets share. */
  readonly maxShare: number;
  /** Activities that could not be put in any facet (agreement or region unknown). */
  readonly unassigned: number;
  /** Facets left out by `limit` (those with the fewest activities) and the largest n among them. */
  readonly omitted: { readonly facets: number; readonly maxActivities: number };
}

/** What `facetLayout` needs to know of the dataset. */
export interface FacetInput {
  readonly activities: readonly Activity[];
  readonly twinningById: ReadonlyMap<string, Twinning>;
  readonly placeById: ReadonlyMap<string, Place>;
}

/** The facet keys `activity` belongs to under `kind` (see the module rule). */
export function facetKeys(activity: Activity, kind: FacetKind, input: FacetInput): { key: string; country: string }[] {
  const twinning = input.twinningById.get(activity.twinning);
  if (!twinning) return [];
  if (kind === 'twinning') return [{ key: twinning.id, country: '' }];
  const keys = new Map<string, string>();
  for (const id of twinning.places) {
    const place = input.placeById.get(id);
    if (place?.region) keys.set(place.region, place.country);
  }
  return [...keys].map(([key, country]) => ({ key, country }));
}

/**
 * Splits the activities into facets and counts each under `rule`. Keeps the `limit` facets with
 * the most activities (ties by key) and reports the rest; sorted by country, then n, then key.
 */
export function facetLayout(
  input: FacetInput, kind: FacetKind, rule: CountRule, order: readonly string[], limit = Infinity,
): FacetLayout {
  const groups = new Map<string, { country: string; activities: Activity[] }>();
  let unassigned = 0;
  for (const activity of input.activities) {
    const keys = facetKeys(activity, kind, input);
    if (keys.length === 0) unassigned++;
    for (const { key, country } of keys) {
      const group = groups.get(key) ?? { country, activities: [] };
      group.activities.push(activity);
      groups.set(key, group);
    }
  }
  const all: Facet[] = [...groups].map(([key, group]) => ({
    key,
    country: group.country,
    activities: group.activities.length,
    bars: shareBars(tallyCategories(group.activities, rule), order),
  }));
  all.sort((a, b) => b.activities - a.activities || a.key.localeCompare(b.key));
  const facets = all.slice(0, Math.max(0, limit));
  const rest = all.slice(facets.length);
  facets.sort((a, b) => a.country.localeCompare(b.country) || b.activities - a.activities || a.key.localeCompare(b.key));
  let maxShare = 0;
  for (const facet of facets) for (const bar of facet.bars) maxShare = Math.max(maxShare, bar.share);
  const omitted = { facets: rest.length, maxActivities: rest[0]?.activities ?? 0 };
  return { facets, maxShare, unassigned, omitted };
}

/** Grid of facets: as many columns of at least `minWidth` as fit in `width`, never more than `count`. */
export function facetGrid(
  count: number,
  width: number,
  { minWidth = 240, gap = 16 }: { minWidth?: number; gap?: number } = {},
): { columns: number; rows: number; facetWidth: number } {
  const fit = Math.max(1, Math.floor((Math.max(0, width) + gap) / (minWidth + gap)));
  const columns = Math.max(1, Math.min(fit, count));
  const facetWidth = Math.max(0, (width - gap * (columns - 1)) / columns);
  return { columns, rows: Math.ceil(count / columns), facetWidth };
}
