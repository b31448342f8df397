/**
 * Words of the partner cards in en, fr and ja. Statuses come from the shared messages; these are
 * the card's own: its "since" line, the anniversary line, singular agreement types, the contact.
 */
import type { Locale } from '../locale.ts';

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const EN_ORDINAL: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const enPlural = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** Card text for one locale. Dates arrive already formatted (`formatPartialDate`). */
export interface CardMessages {
  /** "since 1965 · 61 years"; without the years part when `years` is 0. */
  since(year: number, years: number): string;
  /** "1999–2015 · 16 years" for an agreement that ended. */
  lasted(from: number, to: number, years: number): string;
  /** The agreement has no recorded signing date. */
  undated: string;
  /** "50th anniversary in June 2027" / "… on 10 March 2027" (`onDay`) / "… in 2027". */
  anniversary(years: number, when: string, onDay: boolean): string;
  /** One agreement's type, singular. */
  type: Record<string, string>;
  /** Label of a contact link when the data gives none. */
  contact: string;
}

const en: CardMessages = {
  since: (year, years) => (years > 0 ? `since ${year} · ${years} ${enPlural(years, 'year', 'years')}` : `since ${year}`),
  lasted: (from, to, years) => `${from}–${to} · ${years} ${enPlural(years, 'year', 'years')}`,
  undated: 'signing date not recorded',
  anniversary: (years, when, onDay) => `${years}${EN_ORDINAL[ordinalRules.select(years)]} anniversary ${onDay ? 'on' : 'in'} ${when}`,
  type: {
    'sister-city': 'sister city', 'friendship-city': 'friendship city', 'sister-province': 'sister province',
    partner: 'partnership', other: 'other agreement',
  },
  contact: 'Contact',
};

const fr: CardMessages = {
  since: (year, years) => (years > 0 ? `depuis ${year} · ${years} ${years > 1 ? 'ans' : 'an'}` : `depuis ${year}`),
  lasted: (from, to, years) => `${from}–${to} · ${years} ${years > 1 ? 'ans' : 'an'}`,
  undated: 'date de signature non connue',
  anniversary: (years, when, onDay) => `${years}${years === 1 ? 'er' : 'e'} anniversaire ${onDay ? 'le' : 'en'} ${when}`,
  type: {
    'sister-city': 'ville jumelle', 'friendship-city': "ville d'amitié", 'sister-province': 'province jumelle',
    partner: 'partenariat', other: 'autre entente',
  },
  contact: 'Contact',
};

const ja: CardMessages = {
  since: (year, years) => (years > 0 ? `${year}年から・${years}年間` : `${year}年から`),
  lasted: (from, to, years) => `${from}年〜${to}年・${years}年間`,
  undated: '締結日の記録なし',
  anniversary: (years, when) => `${when}に${years}周年`,
  type: {
    'sister-city': '姉妹都市', 'friendship-city': '友好都市', 'sister-province': '姉妹州・省',
    partner: 'パートナー', other: 'その他の提携',
  },
  contact: '問い合わせ先',
};

const BY_LOCALE: Record<Locale, CardMessages> = { en, fr, ja };

/** The card messages of a locale. */
export function cardMessagesFor(locale: Locale): CardMessages {
  return BY_LOCALE[locale];
}
