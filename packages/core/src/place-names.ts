/**
 * Country and region names in the reader's language, for sentences and labels: never a code when a
 * name can be had. Pure (no DOM, no Lit).
 *
 * Countries: the dataset's own name wins (a `countries` list shaped like `regions`, proposed in
 * docs/design/partners.md; read here when present), then `Intl.DisplayNames` in the locale.
 * Regions: the dataset's `regions` entry; when the dataset does not name the region, the name of
 * its country instead, flagged `source: 'country'` so a sentence can say "in Ukraine" rather than
 * print "UA-51". Only a code that neither the dataset nor `Intl` knows comes back as the code,
 * flagged `source: 'code'`.
 */
import { textIn, type ResolvedText, type Text } from '@twinning/schema';

/** Where a name came from. */
export type AreaNameSource = 'dataset' | 'intl' | 'country' | 'code';

/** A resolved name, the language it is in, and where it came from. */
export interface AreaName extends ResolvedText {
  readonly source: AreaNameSource;
}

/** The parts of a dataset that name areas: `regions` (ISO 3166-2) and, when present, `countries` (ISO 3166-1). */
export interface AreaNameBook {
  readonly regions?: readonly { readonly id: string; readonly name: Text }[];
  readonly countries?: readonly { readonly id: string; readonly name: Text }[];
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function intlRegionNames(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale)!;
}

/**
 * The bundled data's two countries, exactly as Intl.DisplayNames names them: the first
 * DisplayNames of a page costs 20–35 ms (it loads the region names), a tenth of the default
 * map's first render (bench/profile-notes.md). Other countries and languages still ask Intl.
 */
const BUNDLED_COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { CA: 'Canada', JP: 'Japan' },
  fr: { CA: 'Canada', JP: 'Japon' },
  ja: { CA: 'カナダ', JP: '日本' },
};

/** A country's name for an ISO 3166-1 alpha-2 code ("GB" → United Kingdom / Royaume-Uni / イギリス). */
export function countryNameIn(book: AreaNameBook | null | undefined, code: string, locale: string): AreaName {
  const own = book?.countries?.find((c) => c.id === code);
  if (own) {
    const text = textIn(own.name, locale);
    if (text.text) return { ...text, source: 'dataset' };
  }
  let name: string | undefined = BUNDLED_COUNTRY_NAMES[locale]?.[code];
  try {
    name ??= /^[A-Z]{2}$/.test(code) ? intlRegionNames(locale)?.of(code) : undefined;
  } catch {
    name = undefined;
  }
  if (name && name !== code) return { text: name, lang: locale, source: 'intl' };
  return { text: code, lang: 'und', source: 'code' };
}

/**
 * A region's name for an ISO 3166-2 code ("CA-BC"), falling back to its country's name (the
 * country is `country` when given, else the code's part before the hyphen).
 */
export function regionNameIn(
  book: AreaNameBook | null | undefined,
  code: string | undefined,
  locale: string,
  country?: string,
): AreaName {
  const own = code ? book?.regions?.find((r) => r.id === code) : undefined;
  if (own) {
    const text = textIn(own.name, locale);
    if (text.text) return { ...text, source: 'dataset' };
  }
  const countryCode = country ?? code?.split('-')[0];
  if (!countryCode) return { text: '', lang: 'und', source: 'code' };
  const fallback = countryNameIn(book, countryCode, locale);
  if (fallback.source === 'code') return code ? { text: code, lang: 'und', source: 'code' } : fallback;
  return { ...fallback, source: 'country' };
}
