/**
 * The partner cards' own UI text in en, fr and ja. Shared text (states, table, notices, statuses)
 * comes from `@twinning/core`'s messages; the card's sentences ("since 1965 · 60 years", the
 * anniversary line, agreement types) come from its partner-card model.
 */
import { MessageCatalog, type Locale } from '@twinning/core';

export const plural = (locale: Locale, n: number, one: string, other: string) =>
  new Intl.PluralRules(locale).select(n) === 'one' ? one : other;

const en = {
  /** Accessible name of the list: "Partners of Port Alder". */
  chartLabel: (home: string) => `Partners of ${home}`,
  /** "Port Alder has 8 partners in 7 countries; the first agreement dates from 1965." */
  summary: (home: string, n: number, count: string, countries: number, countryCount: string, firstYear: string | null) =>
    `${home} has ${count} ${plural('en', n, 'partner', 'partners')} in ${countryCount} ${plural('en', countries, 'country', 'countries')}` +
    `${firstYear ? `; the first agreement dates from ${firstYear}` : ''}.`,
  /** "Next round anniversary: 60th anniversary in July 2025, with Yokohama." */
  summaryAnniversary: (anniversary: string, partner: string) => `Coming up: ${anniversary}, with ${partner}.`,
  noPlace: 'Set the place attribute to the id of a place to show its partners.',
  unknownPlace: (id: string) => `There is no place with the id “${id}” in this dataset.`,
  noPartners: (home: string) => `${home} has no partners in this dataset.`,
  partnersNoun: (n: number) => plural('en', n, 'partner', 'partners'),
  unknownPartner: (partner: string, twinning: string) => `${partner} (agreement ${twinning}): not among the dataset's places`,
  latest: 'Latest activities',
  shownOf: (shown: string, total: string) => `${shown} of ${total} recorded activities shown.`,
  noActivities: 'No activities recorded.',
  planned: 'planned',
  sources: 'Sources:',
  signedOn: (date: string) => `signed ${date}`,
  missingSource: 'not in the dataset',
  email: (address: string) => `E-mail: ${address}`,
  selected: 'Selected',
  locator: (home: string, partner: string) => `Map: ${home} and ${partner}`,
  noLocator: 'No map: coordinates missing.',
  partnerWebsite: 'Website',
  columns: {
    partner: 'Partner', ownName: 'Name in its own language', country: 'Country', region: 'Region',
    type: 'Type', status: 'Status', signed: 'Signed', years: 'Years', anniversary: 'Next round anniversary',
    activities: 'Activities',
  },
  tableCaption: (home: string) => `Partners of ${home}`,
};

/** The partner cards' strings, typed by the English object. */
export type PartnersMessages = typeof en;

// French and Japanese are chunks of their own, loaded on first use (see message-catalog.ts).
const catalog = new MessageCatalog<PartnersMessages>(en, {
  fr: () => import('./twinning-partners.messages.fr.ts'),
  ja: () => import('./twinning-partners.messages.ja.ts'),
});

/** The partner cards' strings in `locale`. */
export function partnersMessages(locale: Locale): PartnersMessages {
  return catalog.get(locale);
}
