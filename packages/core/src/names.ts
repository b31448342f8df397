/**
 * Names of places, regions and countries in the active language. Data text comes from the
 * dataset (see `textIn` for the fallback order); country names come from `Intl.DisplayNames`.
 */
import { textIn, type Place, type ResolvedText, type TwinningDataset } from '@twinning/schema';
import type { Locale } from './locale.ts';
import { countryNameIn, regionNameIn, type AreaName } from './place-names.ts';

/** A place's name in `locale`, with the language it is really in. */
export function placeName(place: Place, locale: Locale): ResolvedText {
  return textIn(place.name, locale);
}

/**
 * A region's name from `dataset.regions`, else its country's name (see `regionNameIn`), else the
 * code as a last resort. Callers that must not show a country for a region check `source`.
 */
export function regionName(dataset: TwinningDataset, code: string | undefined, locale: Locale): AreaName {
  return regionNameIn(dataset, code, locale);
}

/** "Canada" / "Canada" / "カナダ" for "CA" (the dataset's own name first, then Intl); the code itself when neither knows it. */
export function countryName(code: string, locale: Locale): string {
  return countryNameIn(null, code, locale).text;
}

/**
 * Whether text resolved in `lang` needs its own `lang` attribute inside UI of `locale`:
 * only when its language is known and differs.
 */
export function needsLang(text: ResolvedText, locale: Locale): boolean {
  return text.lang !== 'und' && text.lang.split('-')[0] !== locale;
}
