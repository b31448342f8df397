/**
 * The props each Twinning tag takes in a template, for the framework type files next to this one.
 * Properties are the element classes' own public fields (all optional); events are typed with
 * their event classes.
 */
import type { TwinningActivityChart } from '@twinning/activity-chart/classes';
import type {
  TwinningCategoryToggleEvent, TwinningErrorEvent, TwinningExportEvent, TwinningRangeChangeEvent, TwinningSelectEvent,
} from '@twinning/core';
import type { TwinningMap } from '@twinning/pairing-map/classes';
import type { TwinningPartners } from '@twinning/partners/classes';
import type { TwinningData } from '@twinning/provider/classes';
import type { TwinningTimeline } from '@twinning/timeline/classes';
import type { LitElement } from 'lit';

/** An element's own public properties (not methods, not Lit's or the DOM's), each optional. */
export type ElementProperties<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** Event name → event class, for every tag. */
export interface SharedEvents {
  'twinning-select': TwinningSelectEvent;
  'twinning-error': TwinningErrorEvent;
  'twinning-export': TwinningExportEvent;
}
export interface LinkedEvents extends SharedEvents {
  'twinning-range-change': TwinningRangeChangeEvent;
  'twinning-category-toggle': TwinningCategoryToggleEvent;
}

/** Tag → [element class, its events]. */
export interface TwinningTags {
  'twinning-map': [TwinningMap, SharedEvents];
  'twinning-timeline': [TwinningTimeline, LinkedEvents];
  'twinning-activity-chart': [TwinningActivityChart, LinkedEvents];
  'twinning-data': [TwinningData, LinkedEvents];
  'twinning-partners': [TwinningPartners, SharedEvents];
}

/** `twinning-range-change` → `TwinningRangeChange` (the Vue `on…` prop spelling). */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `onTwinningSelect`-style handlers (Vue's `@twinning-select`). */
export type CamelEventProps<Events> = { [K in keyof Events & string as `on${Pascal<K>}`]?: (event: Events[K]) => void };
/** `ontwinning-select`-style handlers (Svelte 5's `ontwinning-select`). */
export type LowerEventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };
/** `on:twinning-select`-style handlers (Svelte 4). */
export type DirectiveEventProps<Events> = { [K in keyof Events & string as `on:${K}`]?: (event: Events[K]) => void };
