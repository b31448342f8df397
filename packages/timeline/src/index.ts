/** Public names of @twinning/timeline. Importing this module registers <twinning-timeline>. */
import './twinning-timeline.ts';
export { TwinningTimeline } from './twinning-timeline.element.ts';
export { timelineMessages, type TimelineMessages } from './twinning-timeline.messages.ts';
export { GROUP_BY, type GroupBy } from './layout/index.ts';
