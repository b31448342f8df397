/**
 * The sentence the provider's live region reads after the linked state changes: one
 * announcement per change, naming what changed, in the provider's language. Pure.
 */
import { messagesFor, placeName, shortAnnouncement, type Locale } from '@twinning/core';
import { categoryLabel, type TwinningDataset } from '@twinning/schema';
import { changedKeys, listOf, type LinkedState } from './linked-state.ts';
import { providerMessages } from './twinning-data.messages.ts';

const join = (items: readonly string[], locale: Locale) => items.join(locale === 'ja' ? '、' : ', ');
const year = (value: number, locale: Locale) => new Intl.NumberFormat(locale, { useGrouping: false }).format(value);

/** "Burnaby ↔ Kushiro" for an agreement id, in `locale`; the id itself when unknown. */
export function agreementName(dataset: TwinningDataset | null, id: string, locale: Locale): string {
  const twinning = dataset?.twinnings.find((t) => t.id === id);
  if (!twinning || !dataset) return id;
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  return twinning.places.map((placeId) => {
    const place = byId.get(placeId);
    return place ? placeName(place, locale).text : placeId;
  }).join(' ↔ ');
}

/** What to announce when the state goes from `before` to `after`; '' when nothing changed. */
export function announcement(before: LinkedState, after: LinkedState, dataset: TwinningDataset | null, locale: Locale): string {
  const m = providerMessages(locale);
  const shared = messagesFor(locale);
  const keys = changedKeys(before, after);
  const parts: string[] = [];
  if (keys.includes('selected')) parts.push(after.selected ? m.selected(agreementName(dataset, after.selected, locale)) : m.selectionCleared);
  if (keys.includes('since') || keys.includes('until')) {
    const { since, until } = after;
    parts.push(
      since != null && until != null ? m.range(year(since, locale), year(until, locale))
      : since != null ? m.rangeFrom(year(since, locale))
      : until != null ? m.rangeUntil(year(until, locale))
      : m.rangeCleared,
    );
  }
  if (keys.includes('categories')) {
    const list = after.categories === undefined ? null : listOf(after.categories).map((c) => categoryLabel(dataset, c, locale));
    parts.push(list === null ? m.categoriesCleared : m.categories(list.length ? join(list, locale) : m.noCategories));
  }
  if (keys.includes('status')) {
    const list = listOf(after.status).map((s) => shared.status[s] ?? s);
    parts.push(list.length ? m.status(join(list, locale)) : m.statusCleared);
  }
  if (keys.includes('type')) {
    const list = listOf(after.type).map((t) => shared.type[t] ?? t);
    parts.push(list.length ? m.type(join(list, locale)) : m.typeCleared);
  }
  return shortAnnouncement(parts.join(locale === 'ja' ? '。' : '. '));
}
