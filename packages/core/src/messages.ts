/**
 * UI text the shared layer shows, in each supported locale. Element-specific text lives in each
 * element's own `*.messages.ts`; this file is the common vocabulary (states, table, notices,
 * summaries) so every element says the same thing the same way.
 */
import type { Locale } from './locale.ts';
import { formatNumber } from './format.ts';
import { MessageCatalog } from './message-catalog.ts';

/** Counts in this language's digits and grouping ("5,000", "5 000", "5,000"). */
const num = (n: number) => formatNumber(n, 'en');
/** English puts "the" before some country names in a sentence ("in the United States"). */
const countryInSentence = (name: string) =>
  /^(United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$)|( Republic| Islands| Emirates)$/.test(name) ? `the ${name}` : name;

const pluralRules = new Map<Locale, Intl.PluralRules>();
export const plural = (locale: Locale, n: number, one: string, other: string) => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n) === 'one' ? one : other;
};

const en = {
  loading: 'Loading twinning data…',
  dataTable: 'Data table',
  hideDataTable: 'Hide data table',
  sortBy: (column: string) => `Sort by ${column}`,
  emptyData: 'This dataset has no agreements to show.',
  emptyFilters: (filters: string) => `No agreements match the current filters (${filters}).`,
  errorTitle: 'The data could not be shown.',
  moreProblems: (n: number) => `…and ${num(n)} more ${plural('en', n, 'problem', 'problems')}.`,
  notDrawn: (n: number, total: number, noun: string) => `${num(n)} of ${num(total)} ${noun} not drawn`,
  details: 'details',
  agreements: (n: number) => plural('en', n, 'agreement', 'agreements'),
  activities: (n: number) => plural('en', n, 'activity', 'activities'),
  networkError: (url: string) => `Loading ${url} failed: the server could not be reached.`,
  timeout: (url: string, seconds: number) => `Loading ${url} took longer than ${seconds} s and was stopped.`,
  summaryAgreements: (n: number, places: string, years: string) =>
    `${num(n)} ${plural('en', n, 'agreement', 'agreements')} between ${places}${years ? `, signed ${years}` : ''}.`,
  summaryPlaces: (n: number, country: string) => `${num(n)} ${plural('en', n, 'place', 'places')} in ${countryInSentence(country)}`,
  summaryMost: (region: string, n: number) => `Most in ${region} (${num(n)}).`,
  summaryUndated: (n: number) => `${num(n)} undated.`,
  summaryOther: (n: number) => (n === 1 ? 'Also 1 exchange without a known formal agreement.' : `Also ${num(n)} exchanges without a known formal agreement.`),
  filterNames: {
    twinning: 'agreement', place: 'place', status: 'status', type: 'type',
    since: 'since', until: 'until', categories: 'categories',
  } as Record<string, string>,
  status: { active: 'active', dormant: 'dormant', ended: 'ended', unknown: 'status unknown' } as Record<string, string>,
  type: {
    'sister-city': 'sister cities', 'friendship-city': 'friendship cities', 'sister-province': 'sister provinces',
    partner: 'partners', other: 'other agreement',
  } as Record<string, string>,
};

export type Messages = typeof en;

// French and Japanese are chunks of their own, loaded on first use (see message-catalog.ts).
const catalog = new MessageCatalog<Messages>(en, {
  fr: () => import('./messages.fr.ts'),
  ja: () => import('./messages.ja.ts'),
});

/** The shared UI strings in `locale`. */
export function messagesFor(locale: Locale): Messages {
  return catalog.get(locale);
}
