/**
 * Shared pieces of the robustness suite: the three elements, what their marks are, and waiting
 * until an element has settled in one of its end states.
 */
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/timeline/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import { TwinningTimeline } from '../../packages/timeline/src/index.ts';
import { TwinningActivityChart } from '../../packages/activity-chart/src/index.ts';
import small from '../fixtures/timeline-small.json' with { type: 'json' };

/** Seven real Japan–Canada pairs with 23 activities: enough for every element to draw. */
export const SMALL = small as unknown as TwinningDataset;

export interface ElementKind {
  readonly tag: 'twinning-map' | 'twinning-timeline' | 'twinning-activity-chart';
  readonly ctor: typeof TwinningMap | typeof TwinningTimeline | typeof TwinningActivityChart;
  /** Selector of the element's data marks (what a reader must see). */
  readonly marks: string;
}

export const ELEMENTS: readonly ElementKind[] = [
  { tag: 'twinning-map', ctor: TwinningMap, marks: "[part~='link'], [part~='place']" },
  { tag: 'twinning-timeline', ctor: TwinningTimeline, marks: "[part~='lane'], [part~='activity']" },
  { tag: 'twinning-activity-chart', ctor: TwinningActivityChart, marks: "[part~='bar']" },
];

/** The end states: marks, or one of the parts that replace them. */
const SETTLED = "[part~='link'], [part~='lane'], [part~='bar'], [part~='empty'], [part~='error']";

export const shadow = (el: Element) => el.shadowRoot!;
export const all = <T extends Element = Element>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

/** Waits until `el` shows marks, the empty sentence or the error part. */
export async function settled<T extends Element & { updateComplete: Promise<boolean> }>(el: T, timeout = 5000): Promise<T> {
  // A plain polling loop (not waitUntil, whose timeout timer stays pending), so the leak test
  // can count the page's timers.
  const end = performance.now() + timeout;
  while (!shadow(el).querySelector(SETTLED)) {
    if (performance.now() > end) throw new Error(`<${el.localName}> did not settle within ${timeout} ms`);
    await sleep(20);
  }
  await el.updateComplete;
  return el;
}

/** The part shown in place of marks, or 'ready'. */
export function outcome(el: Element): 'ready' | 'empty' | 'error' | 'loading' {
  const root = shadow(el);
  if (root.querySelector("[part~='error']")) return 'error';
  if (root.querySelector("[part~='empty']")) return 'empty';
  if (root.querySelector("[part~='loading']")) return 'loading';
  return 'ready';
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export { uncaughtSpy } from './uncaught.ts';
