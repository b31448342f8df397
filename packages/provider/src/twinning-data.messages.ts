/**
 * What `<twinning-data>` says in its live region when the shared state changes, in each
 * supported locale. Values (names, years, categories) arrive already formatted.
 */
import { MessageCatalog, type Locale } from '@twinning/core';

const en = {
  selected: (names: string) => `Selected: ${names}`,
  selectionCleared: 'Selection cleared',
  range: (from: string, to: string) => `Showing ${from}–${to}`,
  rangeFrom: (from: string) => `Showing from ${from}`,
  rangeUntil: (to: string) => `Showing until ${to}`,
  rangeCleared: 'Showing all years',
  categories: (list: string) => `Categories: ${list}`,
  categoriesCleared: 'All categories shown',
  status: (list: string) => `Status: ${list}`,
  statusCleared: 'All statuses shown',
  type: (list: string) => `Type: ${list}`,
  typeCleared: 'All types shown',
  noCategories: 'no category',
  errorTitle: 'The data could not be loaded.',
};

/** The provider's strings, typed by the English set. */
export type ProviderMessages = typeof en;

// French and Japanese are chunks of their own, loaded on first use (see message-catalog.ts).
const catalog = new MessageCatalog<ProviderMessages>(en, {
  fr: () => import('./twinning-data.messages.fr.ts'),
  ja: () => import('./twinning-data.messages.ja.ts'),
});

/** The provider's strings in `locale`. */
export function providerMessages(locale: Locale): ProviderMessages {
  return catalog.get(locale);
}
