'use client';
/**
 * Typed React wrappers of the Twinning elements, made with `@lit/react`. Element properties are
 * props (`data`, `status`, `lang`, …), set as properties on the element; events are `on…` props
 * typed with their event classes. Importing this module registers the elements.
 *
 * @example
 * <TwinningMap data={dataset} status="active" onTwinningSelect={(e) => setSelected(e.twinning)} />
 */
import { createComponent } from '@lit/react';
import { TwinningActivityChart as TwinningActivityChartElement } from '@twinning/activity-chart';
import { TwinningMap as TwinningMapElement } from '@twinning/pairing-map';
import { TwinningPartners as TwinningPartnersElement } from '@twinning/partners';
import { TwinningData as TwinningDataElement } from '@twinning/provider';
import { TwinningStory as TwinningStoryElement } from '@twinning/story';
import { TwinningTimeline as TwinningTimelineElement } from '@twinning/timeline';
import * as React from 'react';
import { linkedEvents, sharedEvents, storyEvents } from './events.ts';

export { linkedEvents, sharedEvents, storyEvents } from './events.ts';
export type { ElementProperties, LinkedEventProps, SharedEventProps, StoryEventProps, TwinningElementProps } from './jsx.ts';
export type {
  TwinningActivityChartElement, TwinningDataElement, TwinningMapElement, TwinningPartnersElement, TwinningStoryElement, TwinningTimelineElement,
};
export type { TwinningStepChangeEvent } from '@twinning/story';
export type {
  TwinningCategoryToggleEvent, TwinningErrorEvent, TwinningExportEvent, TwinningRangeChangeEvent, TwinningSelectEvent,
} from '@twinning/core';

/** `<twinning-map>`: the pairing map. */
export const TwinningMap = createComponent({
  react: React, tagName: 'twinning-map', elementClass: TwinningMapElement, events: sharedEvents, displayName: 'TwinningMap',
});

/** `<twinning-timeline>`: agreements as lanes and their activities over time. */
export const TwinningTimeline = createComponent({
  react: React, tagName: 'twinning-timeline', elementClass: TwinningTimelineElement, events: linkedEvents, displayName: 'TwinningTimeline',
});

/** `<twinning-activity-chart>`: activities by category and period. */
export const TwinningActivityChart = createComponent({
  react: React, tagName: 'twinning-activity-chart', elementClass: TwinningActivityChartElement, events: linkedEvents, displayName: 'TwinningActivityChart',
});

/** `<twinning-data>`: loads a dataset once and links the elements inside it. */
export const TwinningData = createComponent({
  react: React, tagName: 'twinning-data', elementClass: TwinningDataElement, events: linkedEvents, displayName: 'TwinningData',
});

/** `<twinning-partners>`: one place's partners, a card each. */
export const TwinningPartners = createComponent({
  react: React, tagName: 'twinning-partners', elementClass: TwinningPartnersElement, events: sharedEvents, displayName: 'TwinningPartners',
});

/** `<twinning-story>`: an article whose steps drive the graphic in its `graphic` slot. */
export const TwinningStory = createComponent({
  react: React, tagName: 'twinning-story', elementClass: TwinningStoryElement, events: storyEvents, displayName: 'TwinningStory',
});
