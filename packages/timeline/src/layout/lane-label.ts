/**
 * Lane labels: every place of the agreement named in the active language, each name with the
 * language it is really in, so a Japanese name in an English chart can be tagged `lang="ja"`.
 * Fallback order is `textIn`'s: the locale, then English, then Japanese, then any.
 */
import { textIn, type Place, type Twinning } from '@twinning/schema';

/** One place name with its language ("und" when the dataset gave a plain string). */
export interface NamePart {
  readonly text: string;
  readonly lang: string;
}

/** The names of the agreement's places, in order; unknown place ids are shown as the id. */
export function laneNames(twinning: Twinning, placeById: ReadonlyMap<string, Place>, locale: string): NamePart[] {
  return twinning.places.map((id) => {
    const place = placeById.get(id);
    if (!place) return { text: id, lang: 'und' };
    const name = textIn(place.name, locale);
    return name.text ? name : { text: id, lang: 'und' };
  });
}

/** The names as one plain string joined by an en dash: "Burnaby – Kushiro". */
export function laneLabelText(names: readonly NamePart[]): string {
  return names.map((n) => n.text).join(' – ');
}
