/**
 * The partner-card model: what `<twinning-partners>` shows for one place, as plain data in the
 * reader's language. Pure: no DOM, no Lit; `now` and the locale are passed in.
 */
import {
  categoryLabelIn, comparePartialDates, formatPartialDate, parsePartialDate, partnersOf, textIn,
  type Activity, type PartialDate, type Place, type ResolvedText, type TwinningDataset, type TwinningStatus, type TwinningType,
} from '@twinning/schema';
import type { Locale } from '../locale.ts';
import { messagesFor } from '../messages.ts';
import { resolved } from '../resolved-dataset.ts';
import { countryNameIn, regionNameIn, type AreaName } from '../place-names.ts';
import { nextRoundAnniversary, yearsSince } from './anniversaries.ts';
import { ownName } from './own-language.ts';
import { cardMessagesFor } from './partner-cards.messages.ts';

/** Options of `partnerCards()`. */
export interface PartnerCardOptions {
  /** The moment ages and anniversaries are computed for (inject it; never read the clock inside). */
  readonly now: Date;
  readonly locale: Locale;
  /** How many of the latest activities a card lists. Default 3. */
  readonly activities?: number;
  /** How far ahead an anniversary is announced, in years. Default 2. */
  readonly anniversaryWithinYears?: number;
}

/** One partner as the card names it. */
export interface CardPartner {
  readonly id: string;
  /** The name in the reader's language (or the dataset's fallback), with its real language. */
  readonly name: ResolvedText;
  /** The name in the partner's own language and script, when it reads differently from `name`. */
  readonly ownName: ResolvedText | null;
  readonly country: AreaName;
  /** The region's name, or the country's (`source: 'country'`) when the dataset does not name the region. */
  readonly region: AreaName;
  readonly url?: string;
}

/** An activity line on a card. */
export interface CardActivity {
  readonly id: string;
  readonly date: PartialDate;
  /** The date in the locale at its own precision ("July 2024", "2024年7月"). */
  readonly dateText: string;
  readonly title: ResolvedText;
  readonly categories: readonly { readonly id: string; readonly label: ResolvedText }[];
}

/** A source line; `missing` when the twinning cites an id the dataset does not define (shown, not hidden). */
export interface CardSource {
  readonly id: string;
  readonly title: ResolvedText;
  readonly url?: string;
  readonly publisher?: string;
  readonly missing?: true;
}

/** One card: one partner of one agreement. */
export interface PartnerCard {
  /** `<twinning id>/<partner id>`: unique even when one agreement joins three places. */
  readonly key: string;
  readonly twinning: string;
  readonly partner: CardPartner;
  readonly type: TwinningType;
  readonly typeText: string;
  readonly status: TwinningStatus;
  readonly statusText: string;
  readonly signed: PartialDate | null;
  /** The full signing date in the locale, at its precision. */
  readonly signedText: string | null;
  /** "since 1965 · 61 years", "1999–2015 · 16 years", or the undated sentence. */
  readonly since: { readonly text: string; readonly years: number | null };
  /** The next round anniversary within the horizon; never for an ended agreement. */
  readonly anniversary: { readonly years: number; readonly date: PartialDate; readonly text: string } | null;
  /** The latest activities, newest first. */
  readonly activities: readonly CardActivity[];
  /** How many activities the agreement has in all (the card may list fewer). */
  readonly activityTotal: number;
  readonly sources: readonly CardSource[];
  readonly contact: { readonly url?: string; readonly email?: string; readonly label: ResolvedText } | null;
}

/** The cards of a place, or why there are none. */
export interface PartnerCards {
  /** `null` when `placeId` is not in the dataset (the element shows that as an error naming the id). */
  readonly home: Place | null;
  readonly homeName: ResolvedText | null;
  /** Ordered by signing date (undated last), then by dataset order. */
  readonly cards: PartnerCard[];
  /** Partner ids the place's twinnings name but the dataset lacks: reported, never dropped silently. */
  readonly skipped: readonly { readonly twinning: string; readonly partner: string; readonly reason: 'unknown-place' }[];
}

/** The partner cards of `placeId`. */
export function partnerCards(dataset: TwinningDataset, placeId: string, options: PartnerCardOptions): PartnerCards {
  const { now, locale, activities: listed = 3, anniversaryWithinYears = 2 } = options;
  const home = dataset.places.find((p) => p.id === placeId) ?? null;
  if (!home) return { home: null, homeName: null, cards: [], skipped: [] };
  const known = new Set(dataset.places.map((p) => p.id));
  const skipped = dataset.twinnings
    .filter((t) => t.places.includes(placeId))
    .flatMap((t) => t.places.filter((id) => id !== placeId && !known.has(id)).map((partner) => ({ twinning: t.id, partner, reason: 'unknown-place' as const })));
  const byTwinning = resolved(dataset).activitiesByTwinning;
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const m = cardMessagesFor(locale);
  const shared = messagesFor(locale);
  const cards = partnersOf(dataset, placeId)
    .map(({ twinning: t, partner }, index) => ({ t, partner, index }))
    .sort((a, b) => comparePartialDates(a.t.signed, b.t.signed) || a.index - b.index)
    .map(({ t, partner }): PartnerCard => {
      const name = textIn(partner.name, locale);
      const own = ownName(partner);
      const list = newestFirst(byTwinning.get(t.id) ?? []);
      const ended = t.status === 'ended' || t.ended !== undefined;
      const anniversary = ended ? null : nextRoundAnniversary(t.signed, now, anniversaryWithinYears);
      return {
        key: `${t.id}/${partner.id}`,
        twinning: t.id,
        partner: {
          id: partner.id, name, ownName: own && own.text !== name.text ? own : null,
          country: countryNameIn(dataset, partner.country, locale),
          region: regionNameIn(dataset, partner.region, locale, partner.country),
          ...(partner.url ? { url: partner.url } : {}),
        },
        type: t.type, typeText: m.type[t.type] ?? t.type,
        status: t.status, statusText: shared.status[t.status] ?? t.status,
        signed: t.signed ?? null,
        signedText: t.signed ? formatPartialDate(t.signed, locale) : null,
        since: sinceLine(t.signed, ended ? t.ended : undefined, now, locale),
        anniversary: anniversary && {
          ...anniversary,
          text: m.anniversary(anniversary.years, formatPartialDate(anniversary.date, locale), anniversary.precision === 'day'),
        },
        activities: list.slice(0, listed).map((a) => ({
          id: a.id, date: a.date, dateText: formatPartialDate(a.date, locale), title: textIn(a.title, locale),
          categories: a.categories.map((id) => ({ id, label: categoryLabelIn(dataset, id, locale) })),
        })),
        activityTotal: list.length,
        sources: t.sources.map((id): CardSource => {
          const s = sourceById.get(id);
          if (!s) return { id, title: { text: id, lang: 'und' }, missing: true };
          return { id, title: textIn(s.title, locale), ...(s.url ? { url: s.url } : {}), ...(s.publisher ? { publisher: s.publisher } : {}) };
        }),
        contact: t.contact && (t.contact.url || t.contact.email)
          ? {
            ...(t.contact.url ? { url: t.contact.url } : {}), ...(t.contact.email ? { email: t.contact.email } : {}),
            label: t.contact.label ? textIn(t.contact.label, locale) : { text: m.contact, lang: locale },
          }
          : null,
      };
    });
  return { home, homeName: textIn(home.name, locale), cards, skipped };
}

/** The card's "since" line: running agreements count to `now`; ended ones from signing to end. */
function sinceLine(signed: PartialDate | undefined, ended: PartialDate | undefined, now: Date, locale: Locale) {
  const m = cardMessagesFor(locale);
  const from = parsePartialDate(signed);
  if (!from) return { text: m.undated, years: null };
  const to = parsePartialDate(ended);
  if (to) {
    const years = Math.max(0, to.year - from.year);
    return { text: m.lasted(from.year, to.year, years), years };
  }
  const years = yearsSince(signed, now) ?? 0;
  return { text: m.since(from.year, years), years };
}

/** A twinning's activities, newest first (invalid dates last, as `comparePartialDates` puts them). */
function newestFirst(activities: readonly Activity[]): Activity[] {
  return [...activities].sort((a, b) => comparePartialDates(b.date, a.date));
}
