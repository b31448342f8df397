/** What the `by-region` mode's small multiples are split by (apart from facets.ts, which loads with that mode). */
export const FACETS = ['region', 'twinning'] as const;
/** A facet kind. */
export type FacetKind = (typeof FACETS)[number];
