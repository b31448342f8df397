/**
 * What `<twinning-data>` says in its live region when the shared state changes, in each
 * supported locale. Values (names, years, categories) arrive already formatted.
 */
import type { Locale } from '@twinning/core';

const en = {
  selected: (names: string) => `Selected: ${names}`,
  selectionCleared: 'Selection cleared',
  range: (from: string, to: string) => `Showing ${from}–${to}`,
  rangeFrom: (from: string) => `Showing from ${from}`,
  rangeUntil: (to: string) => `Showing until ${to}`,
  rangeCleared: 'Showing all years',
  categories: (list: string) => `Categories: ${list}`,
  categoriesCleared: 'All categories shown',
  status: (list: string) => `Status: ${list}`,
  statusCleared: 'All statuses shown',
  type: (list: string) => `Type: ${list}`,
  typeCleared: 'All types shown',
  noCategories: 'no category',
  errorTitle: 'The data could not be loaded.',
};

/** The provider's strings, typed by the English set. */
export type ProviderMessages = typeof en;

const fr: ProviderMessages = {
  selected: (names) => `Sélection : ${names}`,
  selectionCleared: 'Sélection effacée',
  range: (from, to) => `Affichage de ${from} à ${to}`,
  rangeFrom: (from) => `Affichage depuis ${from}`,
  rangeUntil: (to) => `Affichage jusqu'à ${to}`,
  rangeCleared: 'Toutes les années affichées',
  categories: (list) => `Catégories : ${list}`,
  categoriesCleared: 'Toutes les catégories affichées',
  status: (list) => `Statut : ${list}`,
  statusCleared: 'Tous les statuts affichés',
  type: (list) => `Type : ${list}`,
  typeCleared: 'Tous les types affichés',
  noCategories: 'aucune catégorie',
  errorTitle: 'Les données n’ont pas pu être chargées.',
};

const ja: ProviderMessages = {
  selected: (names) => `選択：${names}`,
  selectionCleared: '選択を解除しました',
  range: (from, to) => `${from}〜${to}年を表示`,
  rangeFrom: (from) => `${from}年以降を表示`,
  rangeUntil: (to) => `${to}年までを表示`,
  rangeCleared: 'すべての年を表示',
  categories: (list) => `分野：${list}`,
  categoriesCleared: 'すべての分野を表示',
  status: (list) => `状況：${list}`,
  statusCleared: 'すべての状況を表示',
  type: (list) => `種類：${list}`,
  typeCleared: 'すべての種類を表示',
  noCategories: '分野なし',
  errorTitle: 'データを読み込めませんでした。',
};

const MESSAGES: Record<Locale, ProviderMessages> = { en, fr, ja };

/** The provider's strings in `locale`. */
export function providerMessages(locale: Locale): ProviderMessages {
  return MESSAGES[locale];
}
