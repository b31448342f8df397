/**
 * What `<twinning-partners>` shows for one place: the partner cards of `@twinning/core`
 * (`partnerCards()`), kept to the agreements and activities the shared filters leave, and the
 * numbers its summary says. Pure: no DOM, no Lit; `now` and the locale are passed in.
 */
import { partnerCards, type DatasetView, type Locale, type PartnerCard, type PartnerCards } from '@twinning/core';
import { comparePartialDates, parsePartialDate, type TwinningDataset } from '@twinning/schema';

/** Options of `partnersModel()`. */
export interface PartnersModelOptions {
  readonly now: Date;
  readonly locale: Locale;
  /** How many of the latest activities a card lists. */
  readonly activities: number;
}

/** The cards of one place in view. */
export interface PartnersModel extends PartnerCards {
  /** Distinct partner countries (ISO codes), in card order. */
  readonly countries: readonly string[];
  /** The earliest signing year among the cards, or null when none is dated. */
  readonly firstYear: number | null;
  /** The card whose round anniversary comes first, if any is within the horizon. */
  readonly nextAnniversary: PartnerCard | null;
}

/**
 * The partner cards of `placeId` within `view`: only agreements the filters keep, and on each card
 * only the activities the filters keep (latest first, at most `activities`; `activityTotal`
 * counts those kept). Cards stay in the order `partnerCards()` gives (by signing date).
 */
export function partnersModel(dataset: TwinningDataset, view: DatasetView, placeId: string, options: PartnersModelOptions): PartnersModel {
  const all = partnerCards(dataset, placeId, { now: options.now, locale: options.locale, activities: Number.MAX_SAFE_INTEGER });
  const kept = new Set(view.activities.map((a) => a.id));
  const listed = Math.max(0, Math.floor(options.activities));
  const cards = all.cards
    .filter((card) => view.twinningById.has(card.twinning))
    .map((card): PartnerCard => {
      const activities = card.activities.filter((a) => kept.has(a.id));
      return { ...card, activities: activities.slice(0, listed), activityTotal: activities.length };
    });
  const skipped = all.skipped.filter((s) => view.twinningById.has(s.twinning));
  const countries = [...new Set(cards.map((card) => view.resolved.placeById.get(card.partner.id)?.country).filter((c): c is string => !!c))];
  const years = cards.map((card) => parsePartialDate(card.signed ?? undefined)?.year).filter((y): y is number => y != null);
  const nextAnniversary = cards
    .filter((card) => card.anniversary)
    .sort((a, b) => comparePartialDates(a.anniversary!.date, b.anniversary!.date))[0] ?? null;
  return { ...all, cards, skipped, countries, firstYear: years.length ? Math.min(...years) : null, nextAnniversary };
}
