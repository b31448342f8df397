/**
 * Type hints for the Twinning tags in Vue 3 templates (Volar / vue-tsc). Add once, e.g. in env.d.ts:
 *
 *   import type {} from '@twinning/elements/types/vue';
 *
 * Vue must also be told the tags are custom elements (see docs/frameworks.md):
 * `compilerOptions.isCustomElement: (tag) => tag.startsWith('twinning-')`.
 */
import type { DefineComponent } from 'vue';
import type { CamelEventProps, ElementProperties, TwinningTags } from './props.js';

type VueTag<T extends keyof TwinningTags> = DefineComponent<ElementProperties<TwinningTags[T][0]> & CamelEventProps<TwinningTags[T][1]>>;

declare module 'vue' {
  interface GlobalComponents {
    'twinning-map': VueTag<'twinning-map'>;
    'twinning-timeline': VueTag<'twinning-timeline'>;
    'twinning-activity-chart': VueTag<'twinning-activity-chart'>;
    'twinning-data': VueTag<'twinning-data'>;
    'twinning-partners': VueTag<'twinning-partners'>;
  }
}
