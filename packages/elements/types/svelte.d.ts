/**
 * Type hints for the Twinning tags in Svelte (svelte-check). Add once, e.g. in src/app.d.ts:
 *
 *   import type {} from '@twinning/elements/types/svelte';
 *
 * Svelte 5 listens with `ontwinning-select={…}`; Svelte 4 with `on:twinning-select={…}`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { DirectiveEventProps, ElementProperties, LowerEventProps, TwinningTags } from './props.js';

type SvelteTag<T extends keyof TwinningTags> = HTMLAttributes<TwinningTags[T][0]> &
  ElementProperties<TwinningTags[T][0]> & LowerEventProps<TwinningTags[T][1]> & DirectiveEventProps<TwinningTags[T][1]>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'twinning-map': SvelteTag<'twinning-map'>;
    'twinning-timeline': SvelteTag<'twinning-timeline'>;
    'twinning-activity-chart': SvelteTag<'twinning-activity-chart'>;
    'twinning-data': SvelteTag<'twinning-data'>;
    'twinning-partners': SvelteTag<'twinning-partners'>;
  }
}
