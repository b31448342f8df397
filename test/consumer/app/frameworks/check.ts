// Vue and Svelte type hints from @twinning/elements/types, checked against the real vue and svelte types.
import type {} from '@twinning/elements/types/vue';
import type {} from '@twinning/elements/types/svelte';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { TwinningSelectEvent } from '@twinning/core';

type MapProps = InstanceType<GlobalComponents['twinning-map']>['$props'];
export const vueOk: MapProps = { status: 'active', since: 1990, onTwinningSelect: (e: TwinningSelectEvent) => void e.twinning };
// @ts-expect-error since is a number
export const vueBad: MapProps = { since: 'x' };
export const svelteOk: SvelteHTMLElements['twinning-timeline'] = { status: 'active', 'ontwinning-range-change': (e) => void e.from, 'on:twinning-select': (e) => void e.twinning };
// @ts-expect-error handler gets the event class
export const svelteBad: SvelteHTMLElements['twinning-map'] = { 'ontwinning-select': (e: number) => e };
