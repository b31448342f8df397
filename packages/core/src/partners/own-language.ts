/**
 * A partner's name in its own language and script ("横浜市" for Yokohama), next to the name in the
 * reader's language. Which language is a place's own is taken from its country.
 */
import type { Place, ResolvedText } from '@twinning/schema';

/**
 * Main official languages by ISO 3166-1 country, in the order they are tried. Only countries with
 * a language other than English or French need an entry for the second name to differ; others
 * fall back to `en`. Extend as datasets reach new countries (a dataset name in the language is
 * still required: nothing is translated here).
 */
export const COUNTRY_LANGUAGES: { readonly [country: string]: readonly string[] } = {
  JP: ['ja'], CN: ['zh', 'zh-Hans'], TW: ['zh-Hant', 'zh'], HK: ['zh-Hant', 'zh', 'en'], KR: ['ko'], KP: ['ko'],
  UA: ['uk'], RU: ['ru'], PL: ['pl'], DE: ['de'], AT: ['de'], IT: ['it'], ES: ['es'], MX: ['es'], AR: ['es'],
  CL: ['es'], PE: ['es'], CO: ['es'], PT: ['pt'], BR: ['pt'], NL: ['nl'], SE: ['sv'], NO: ['nb', 'no'], DK: ['da'],
  FI: ['fi', 'sv'], GR: ['el'], TR: ['tr'], IL: ['he'], IN: ['hi', 'en'], TH: ['th'], VN: ['vi'], ID: ['id'],
  PH: ['fil', 'en'], FR: ['fr'], BE: ['nl', 'fr', 'de'], CH: ['de', 'fr', 'it'], CA: ['en', 'fr'],
  NZ: ['en', 'mi'], MN: ['mn'], CZ: ['cs'], HU: ['hu'], RO: ['ro'], HR: ['hr'], IS: ['is'], IE: ['en', 'ga'],
};

/** Regions whose own language differs from their country's first one (ISO 3166-2). */
export const REGION_LANGUAGES: { readonly [region: string]: readonly string[] } = {
  'CA-QC': ['fr'], 'BE-VLG': ['nl'], 'BE-WAL': ['fr'], 'CH-GE': ['fr'], 'CH-VD': ['fr'], 'CH-TI': ['it'],
  'ES-CT': ['ca', 'es'], 'ES-PV': ['eu', 'es'], 'ES-GA': ['gl', 'es'], 'GB-WLS': ['cy', 'en'], 'US-PR': ['es', 'en'],
};

/**
 * The place's name in the first of its region's or else its country's languages that the dataset
 * gives, or `null` when the dataset has none of them (a plain-string name is `und`: its language
 * is not known). For Canada (`en`, `fr`) this is the English name, except in Quebec (`fr`).
 */
export function ownName(place: Pick<Place, 'name' | 'country' | 'region'>): ResolvedText | null {
  if (typeof place.name === 'string') return null;
  const languages = (place.region ? REGION_LANGUAGES[place.region] : undefined) ?? COUNTRY_LANGUAGES[place.country] ?? ['en'];
  for (const lang of languages) {
    const text = place.name[lang];
    if (typeof text === 'string' && text !== '') return { text, lang };
  }
  return null;
}
