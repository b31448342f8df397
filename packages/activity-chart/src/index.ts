/** Public names of @twinning/activity-chart, decided here and nowhere else. Importing it registers the element. */
export { TwinningActivityChart } from './twinning-activity-chart.ts';
export { MODES, type ChartMode } from './chart-model.ts';
export { COUNT_RULES, type CountRule } from './layout/counting.ts';
export { FACETS, type FacetKind } from './layout/facet-kinds.ts';
export type { ActivityReference, ReferenceGroup } from './layout/reference.ts';
