/** UI text of `<twinning-map>` in each supported locale. */
import { formatNumber, MessageCatalog, type Locale } from '@twinning/core';

/** Counts in this language's digits and grouping ("5,000", "5 000", "5,000"). */
const num = (n: number) => formatNumber(n, 'en');

const en = {
  label: 'Map of twinning agreements',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset zoom',
  colorBy: { type: 'Agreement type', status: 'Status', decade: 'Decade signed' } as Record<string, string>,
  dashed: 'dashed: ended or dormant',
  undated: 'undated',
  since: 'since',
  partners: 'Partners',
  agreementCount: (n: number) => `${num(n)} ${n === 1 ? 'agreement' : 'agreements'}`,
  placeLabel: (name: string, where: string, partners: string) => `${name}, ${where}. ${partners}`,
  partnerList: (items: string) => `Partners: ${items}.`,
  choosePartner: (n: number) => `${num(n)} partners: use the arrow keys to choose, Enter to confirm, Escape to go back.`,
  selected: (what: string) => `Selected: ${what}`,
  places: 'places',
  notDrawnReason: { 'invalid-coordinates': 'no valid coordinates', 'no-panel': 'its country has no panel', 'outside-view': 'outside the map view', 'unknown-place': 'unknown place', 'not-home': 'not an agreement of the place shown' } as Record<string, string>,
  keyboardHelp: 'Arrow keys move between places, Enter selects, Escape clears, + and − zoom.',
  basemapFailed: 'The country outlines could not be loaded; the agreements are shown without them.',
};
export type MapMessages = typeof en;

// French and Japanese are chunks of their own, loaded on first use (see message-catalog.ts).
const catalog = new MessageCatalog<MapMessages>(en, {
  fr: () => import('./twinning-map.messages.fr.ts'),
  ja: () => import('./twinning-map.messages.ja.ts'),
});

/** The map's UI strings in `locale`. */
export function mapMessages(locale: Locale): MapMessages {
  return catalog.get(locale);
}
