/**
 * The public names of @twinning/activity-chart without registering `<twinning-activity-chart>`:
 * for apps that define the tag themselves or only need the types and constants.
 * Keep in step with index.ts (test/consumer checks both export the same names).
 */
export { TwinningActivityChart } from './twinning-activity-chart.element.ts';
export { MODES, type ChartMode } from './chart-model.ts';
export { COUNT_RULES, type CountRule } from './layout/counting.ts';
export { FACETS, type FacetKind } from './layout/facet-kinds.ts';
export type { ActivityReference, ReferenceGroup } from './layout/reference.ts';
