/**
 * Names of places, regions and countries in the active language. Data text comes from the
 * dataset (see `textIn` for the fallback order); country names come from `Intl.DisplayNames`.
 */
import { textIn, type Place, type ResolvedText, type TwinningDataset } from '@twinning/schema';
import type { Locale } from './locale.ts';

/** A place's name in `locale`, with the language it is really in. */
export function placeName(place: Place, locale: Locale): ResolvedText {
  return textIn(place.name, locale);
}

/** A region's name from `dataset.regions`, or its code when the dataset does not name it. */
export function regionName(dataset: TwinningDataset, code: string | undefined, locale: Locale): ResolvedText {
  if (!code) return { text: '', lang: 'und' };
  const def = dataset.regions?.find((region) => region.id === code);
  return def ? textIn(def.name, locale) : { text: code, lang: 'und' };
}

const countryNames = new Map<Locale, Intl.DisplayNames>();

/** "Canada" / "Canada" / "カナダ" for "CA"; the code itself when Intl does not know it. */
export function countryName(code: string, locale: Locale): string {
  let names = countryNames.get(locale);
  if (!names) countryNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'region' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Whether text resolved in `lang` needs its own `lang` attribute inside UI of `locale`:
 * only when its language is known and differs.
 */
export function needsLang(text: ResolvedText, locale: Locale): boolean {
  return text.lang !== 'und' && text.lang.split('-')[0] !== locale;
}
