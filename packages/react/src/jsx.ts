/**
 * JSX types for the raw Twinning tags in React 19, which sets a custom element's properties
 * (`data`, `status`, …) and listens to `on<event-name>` props itself:
 *
 *   <twinning-map status="active" ontwinning-select={(e) => setSelected(e.twinning)} />
 *
 * Importing `@twinning/react` brings these types in; without the wrappers, add
 * `import type {} from '@twinning/react/jsx';` once. Registering the elements is separate
 * (`import '@twinning/elements'` in a client module).
 */
import type { TwinningActivityChart } from '@twinning/activity-chart/classes';
import type {
  TwinningCategoryToggleEvent, TwinningErrorEvent, TwinningExportEvent, TwinningRangeChangeEvent, TwinningSelectEvent,
} from '@twinning/core';
import type { TwinningMap } from '@twinning/pairing-map/classes';
import type { TwinningPartners } from '@twinning/partners/classes';
import type { TwinningStepChangeEvent, TwinningStory } from '@twinning/story/classes';
import type { TwinningData } from '@twinning/provider/classes';
import type { TwinningTimeline } from '@twinning/timeline/classes';
import type { LitElement } from 'lit';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** An element's own public properties (not methods, not Lit's or the DOM's), each optional. */
export type ElementProperties<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** Event props every element has, named as React 19 listens to them on custom elements. */
export interface SharedEventProps {
  'ontwinning-select'?: (event: TwinningSelectEvent) => void;
  'ontwinning-error'?: (event: TwinningErrorEvent) => void;
  'ontwinning-export'?: (event: TwinningExportEvent) => void;
}

/** Event props of the elements that show time and categories. */
export interface LinkedEventProps extends SharedEventProps {
  'ontwinning-range-change'?: (event: TwinningRangeChangeEvent) => void;
  'ontwinning-category-toggle'?: (event: TwinningCategoryToggleEvent) => void;
}

/** Event props of `<twinning-story>`. */
export interface StoryEventProps {
  'ontwinning-step-change'?: (event: TwinningStepChangeEvent) => void;
}

/** What JSX accepts on the tag of element `E`. */
export type TwinningElementProps<E extends HTMLElement, Events> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  ElementProperties<E> & Events & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'twinning-map': TwinningElementProps<TwinningMap, SharedEventProps>;
      'twinning-timeline': TwinningElementProps<TwinningTimeline, LinkedEventProps>;
      'twinning-activity-chart': TwinningElementProps<TwinningActivityChart, LinkedEventProps>;
      'twinning-data': TwinningElementProps<TwinningData, LinkedEventProps>;
      'twinning-partners': TwinningElementProps<TwinningPartners, SharedEventProps>;
      'twinning-story': TwinningElementProps<TwinningStory, StoryEventProps>;
    }
  }
}
