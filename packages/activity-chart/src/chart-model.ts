/**
 * From the element's inputs to what each mode draws: pure, no DOM. The element calls
 * `buildModel` in `willUpdate` and only maps the result to templates.
 */
import type { DatasetView } from '@twinning/core';
import { tallyCategories, type CategoryTally, type CountRule } from './layout/counting.ts';
import type { DecadeBinning } from './layout/decades.ts';
import type { FacetKind } from './layout/facet-kinds.ts';
import type { FacetLayout } from './layout/facets.ts';
import type { ActivityReference, ComparedGroup, ComparedShare } from './layout/reference.ts';
import { categoryOrder, shareBars, type ShareBar } from './layout/shares.ts';

/** The chart's display modes. */
export const MODES = ['share', 'by-decade', 'by-region', 'compare'] as const;
/** A display mode. */
export type ChartMode = (typeof MODES)[number];

/** Everything a mode needs, computed once per update. */
export interface ChartModel {
  readonly mode: ChartMode;
  readonly rule: CountRule;
  /** Tally of every activity in view (the category filter only hides bars; it never changes n). */
  readonly tally: CategoryTally;
  /** Agreements the counted activities come from. */
  readonly agreements: number;
  /** Categories present in view, in display order (legend order). */
  readonly categories: readonly string[];
  /** Categories drawn (the `categories` filter applied). */
  readonly visible: ReadonlySet<string>;
  readonly bars: readonly ShareBar[];
  readonly decades: DecadeBinning | null;
  readonly facets: FacetLayout | null;
  readonly compared: readonly ComparedShare[];
  readonly groups: readonly ComparedGroup[];
  /** Keys of the focusable marks, in keyboard order. */
  readonly keys: readonly MarkKey[];
}

/** A focusable mark: its key and the category it stands for. */
export interface MarkKey {
  readonly key: string;
  readonly category: string;
}

/** Inputs of `buildModel`. */
export interface ModelInput {
  /** The view without the category filter. */
  readonly view: DatasetView;
  readonly mode: ChartMode;
  readonly rule: CountRule;
  readonly facet: FacetKind;
  /** The category filter, or undefined for all. */
  readonly shown: readonly string[] | undefined;
  readonly order: readonly string[];
  readonly reference: ActivityReference | null;
  /** At most this many facets in `by-region` mode. */
  readonly maxFacets?: number;
  /** The layouts of the modes other than `share` (chart-modes.ts, a chunk of its own); null until loaded. */
  readonly modes: typeof import('./chart-modes.ts') | null;
}

/** Computes the model of the chart. */
export function buildModel(input: ModelInput): ChartModel {
  const { view, mode, rule } = input;
  const tally = tallyCategories(view.activities, rule);
  const categories = categoryOrder(input.order.filter((c) => tally.counts.has(c)), tally.counts.keys());
  const visible = new Set(input.shown ? categories.filter((c) => input.shown!.includes(c)) : categories);
  const bars = shareBars(tally, input.order).filter((b) => visible.has(b.category));
  const modes = input.modes;
  const decades = mode === 'by-decade' && modes ? modes.decadeBins(view.activities, rule, categories, view.resolved.dateOf) : null;
  const facets = mode === 'by-region' && modes ? modes.facetLayout(view, input.facet, rule, input.order, input.maxFacets) : null;
  const compared = mode === 'compare' && modes ? modes.alignReference(tally, input.reference, input.order).filter((r) => visible.has(r.category) || !tally.counts.has(r.category)) : [];
  const groups = mode === 'compare' && modes ? modes.alignGroups(view.activities, input.reference, rule) : [];
  const keys: MarkKey[] = [];
  if (mode === 'share') for (const b of bars) keys.push({ key: `share:${b.category}`, category: b.category });
  if (mode === 'compare') for (const r of compared) keys.push({ key: `compare:${r.category}`, category: r.category });
  if (decades) {
    for (const bin of decades.bins) {
      for (const s of bin.segments) if (visible.has(s.category)) keys.push({ key: `decade:${bin.decade}:${s.category}`, category: s.category });
    }
  }
  if (facets) {
    for (const f of facets.facets) {
      for (const b of f.bars) if (visible.has(b.category)) keys.push({ key: `facet:${f.key}:${b.category}`, category: b.category });
    }
  }
  const agreements = new Set(view.activities.map((a) => a.twinning)).size;
  return { mode, rule, tally, agreements, categories, visible, bars, decades, facets, compared, groups, keys };
}
