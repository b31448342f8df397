/** Pure layout of `<twinning-activity-chart>`: counting, shares, decades, facets, references, scales, labels. */
export * from './counting.ts';
export * from './shares.ts';
export * from './decades.ts';
export * from './facets.ts';
export * from './reference.ts';
export * from './scales.ts';
export * from './labels.ts';
