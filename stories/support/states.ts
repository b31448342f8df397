/**
 * The data behind the state stories: a dataset far larger than the bundled one, a URL that
 * fails, filters that leave nothing, and a provider that never delivers (loading).
 */
import { ContextProvider } from '@lit/context';
import { twinningContext } from '@twinning/core';
import japanCanada from '@twinning/data/japan-canada.json' with { type: 'json' };
import type { Decorator } from '@storybook/web-components-vite';
import type { Activity, Twinning, TwinningDataset } from '@twinning/schema';

const bundled = japanCanada as unknown as TwinningDataset;

/** How many times the bundled agreements are repeated in the large dataset. */
export const LARGE_COPIES = 8;

/**
 * The bundled dataset with every agreement and activity repeated `copies` times under new ids,
 * the copies signed a few years apart: eight copies give 544 agreements and 2,088 activities.
 */
export function largeDataset(copies = LARGE_COPIES): TwinningDataset {
  const shift = (date: string | undefined, years: number) =>
    date ? `${Math.min(2026, Number(date.slice(0, 4)) + years)}${date.slice(4)}` : date;
  const twinnings: Twinning[] = [];
  const activities: Activity[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const suffix = copy === 0 ? '' : `-copy${copy}`;
    for (const t of bundled.twinnings) twinnings.push({ ...t, id: t.id + suffix, signed: copy ? shift(t.signed, copy % 5) : t.signed } as Twinning);
    for (const a of bundled.activities ?? []) activities.push({ ...a, id: a.id + suffix, twinning: a.twinning + suffix } as Activity);
  }
  return { ...bundled, title: { en: 'Large test data: the bundled agreements repeated' }, twinnings, activities } as TwinningDataset;
}

/** A dataset URL that does not exist: the element shows its error part with the HTTP status. */
export const MISSING_URL = '/no-such-dataset.json';

/** A status no agreement in the bundled data has: with it as a filter, the element shows its empty state. */
export const UNUSED_STATUS = 'dormant';

/**
 * Wraps the story in a context provider that never supplies a dataset, as a `<twinning-data>`
 * still loading would: the element stays in its loading state (busy indicator, space reserved).
 */
export const neverLoads: Decorator = (story) => {
  const wrapper = document.createElement('div');
  new ContextProvider(wrapper, { context: twinningContext, initialValue: {} });
  const content = story();
  if (content instanceof Node) wrapper.append(content);
  return wrapper;
};
