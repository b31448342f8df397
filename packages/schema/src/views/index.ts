/** Pure derived views over a dataset. */
export * from './signed-per-year.ts';
export * from './in-force-at.ts';
export * from './category-counts.ts';
export * from './partners.ts';
export * from './count-by.ts';
