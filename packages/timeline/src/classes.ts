/**
 * The public names of @twinning/timeline without registering `<twinning-timeline>`: for apps that
 * define the tag themselves or only need the types and constants.
 * Keep in step with index.ts (test/consumer checks both export the same names).
 */
export { TwinningTimeline } from './twinning-timeline.element.ts';
export { timelineMessages, type TimelineMessages } from './twinning-timeline.messages.ts';
export { GROUP_BY, type GroupBy } from './layout/index.ts';
