/**
 * The view one story step asks for: the provider's linked state plus the map's layout and the
 * chart's mode. Read from a step's attributes. Pure: no DOM beyond reading attributes.
 */
import { formatListAttribute, parseList } from '@twinning/core';

/** What a step sets; an absent key is cleared when the step becomes active. */
export interface StoryState {
  readonly selected?: string;
  readonly place?: string;
  readonly since?: number;
  readonly until?: number;
  /** Comma list of categories. */
  readonly categories?: string;
  /** The map's `layout` (`split`, `globe`, `auto`). */
  readonly layout?: string;
  /** The chart's `mode` (`share`, `by-decade`, `by-region`, `compare`). */
  readonly mode?: string;
}

/** The attribute names a step may carry, in the order they are written. */
export const STEP_ATTRIBUTES = ['selected', 'place', 'since', 'until', 'categories', 'layout', 'mode'] as const;

const year = (value: string | null): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
};
const text = (value: string | null): string | undefined => (value === null || value.trim() === '' ? undefined : value.trim());

/** The state a step element asks for, from its attributes. */
export function readStepState(step: Element): StoryState {
  const get = (name: string) => step.getAttribute(name);
  const categories = get('categories');
  const state: Record<string, string | number | undefined> = {
    selected: text(get('selected')),
    place: text(get('place')),
    since: year(get('since')),
    until: year(get('until')),
    categories: categories === null ? undefined : formatListAttribute(parseList(categories)),
    layout: text(get('layout')),
    mode: text(get('mode')),
  };
  for (const key of Object.keys(state)) if (state[key] === undefined) delete state[key];
  return state as StoryState;
}

/** Attribute values with which a step element asks for `state`. */
export function stepAttributes(state: StoryState): [string, string][] {
  return STEP_ATTRIBUTES.filter((key) => state[key] !== undefined).map((key) => [key, String(state[key])]);
}
