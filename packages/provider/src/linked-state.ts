/**
 * The state a `<twinning-data>` shares with the elements inside it (besides the dataset), and
 * the pure steps that change it. No DOM.
 */
import { parseList, toggleInList } from '@twinning/core';
import type { TwinningDataset } from '@twinning/schema';

/** The keys of the linked state, in the order they are written to the URL and announced. */
export const LINKED_KEYS = ['selected', 'since', 'until', 'categories', 'status', 'type'] as const;
/** One key of the linked state. */
export type LinkedKey = (typeof LINKED_KEYS)[number];

/** Selection and filters of a linked dashboard; absent means "not set" (everything shown). */
export interface LinkedState {
  readonly selected?: string | undefined;
  readonly since?: number | undefined;
  readonly until?: number | undefined;
  readonly categories?: string | undefined;
  readonly status?: string | undefined;
  readonly type?: string | undefined;
}

/** Whether two states hold the same values for `key`. */
export function sameValue(a: LinkedState, b: LinkedState, key: LinkedKey): boolean {
  return (a[key] ?? undefined) === (b[key] ?? undefined);
}

/** The keys whose values differ between `a` and `b`. */
export function changedKeys(a: LinkedState, b: LinkedState): LinkedKey[] {
  return LINKED_KEYS.filter((key) => !sameValue(a, b, key));
}

/** The comma list as items; empty for undefined. */
export const listOf: (value: string | undefined) => string[] = parseList;

/** Every category used by the dataset's activities or declared by it, in first-seen order. */
export function allCategories(dataset: TwinningDataset | null): string[] {
  const seen = new Set<string>();
  for (const def of dataset?.categories ?? []) seen.add(def.id);
  for (const activity of dataset?.activities ?? []) for (const c of activity.categories) seen.add(c);
  return [...seen];
}

/**
 * The `categories` value after a category is switched on or off. `undefined` means all are
 * shown; a list equal to every category collapses back to `undefined`.
 */
export const toggledCategories: (current: string | undefined, category: string, active: boolean, all: readonly string[]) => string | undefined = toggleInList;
