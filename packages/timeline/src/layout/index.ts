/** Pure layout stage of <twinning-timeline>: data in, plain objects out; no DOM, no Lit. */
export * from './extents.ts';
export * from './time-scale.ts';
export * from './lanes.ts';
export * from './lane-label.ts';
export * from './lane-geometry.ts';
export * from './activity-marks.ts';
export * from './quiet-periods.ts';
export * from './eras.ts';
export * from './overview.ts';
export * from './windowing.ts';
export * from './narrow-list.ts';
export * from './keyboard-nav.ts';
export * from './timeline-model.ts';
export { hatchPath } from './hatch.ts';
