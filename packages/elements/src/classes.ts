/**
 * Every public name of the Twinning element packages, without registering any element: for apps
 * that define the tags themselves or only need the classes, types and constants.
 * Keep in step with index.ts (test/consumer checks both export the same names).
 */
export * from '@twinning/pairing-map/classes';
export * from '@twinning/timeline/classes';
export * from '@twinning/activity-chart/classes';
export * from '@twinning/provider/classes';
export * from '@twinning/story/classes';
export * from '@twinning/partners/classes';
