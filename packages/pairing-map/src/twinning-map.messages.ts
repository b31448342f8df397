/** UI text of `<twinning-map>` in each supported locale. */
import type { Locale } from '@twinning/core';

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
  agreementCount: (n: number) => `${n} ${n === 1 ? 'agreement' : 'agreements'}`,
  placeLabel: (name: string, where: string, partners: string) => `${name}, ${where}. ${partners}`,
  partnerList: (items: string) => `Partners: ${items}.`,
  choosePartner: (n: number) => `${n} partners: use the arrow keys to choose, Enter to confirm, Escape to go back.`,
  selected: (what: string) => `Selected: ${what}`,
  columns: { agreement: 'Agreement', a: 'Place', aRegion: 'Region', b: 'Partner', bRegion: 'Region', type: 'Type', signed: 'Signed', status: 'Status', sources: 'Sources' },
  tableCaption: (n: number) => `${n} ${n === 1 ? 'agreement' : 'agreements'} drawn on the map`,
  places: 'places',
  notDrawnReason: { 'invalid-coordinates': 'no valid coordinates', 'no-panel': 'its country has no panel', 'outside-view': 'outside the map view', 'unknown-place': 'unknown place' } as Record<string, string>,
  keyboardHelp: 'Arrow keys move between places, Enter selects, Escape clears, + and − zoom.',
  basemapFailed: 'The country outlines could not be loaded; the agreements are shown without them.',
};
export type MapMessages = typeof en;

const fr: MapMessages = {
  label: 'Carte des ententes de jumelage',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomReset: 'Réinitialiser le zoom',
  colorBy: { type: "Type d'entente", status: 'Statut', decade: 'Décennie de signature' },
  dashed: 'tirets : terminée ou en sommeil',
  undated: 'sans date',
  since: 'depuis',
  partners: 'Partenaires',
  agreementCount: (n) => `${n} ${n > 1 ? 'ententes' : 'entente'}`,
  placeLabel: (name, where, partners) => `${name}, ${where}. ${partners}`,
  partnerList: (items) => `Partenaires : ${items}.`,
  choosePartner: (n) => `${n} partenaires : flèches pour choisir, Entrée pour confirmer, Échap pour revenir.`,
  selected: (what) => `Sélection : ${what}`,
  columns: { agreement: 'Entente', a: 'Lieu', aRegion: 'Région', b: 'Partenaire', bRegion: 'Région', type: 'Type', signed: 'Signée', status: 'Statut', sources: 'Sources' },
  tableCaption: (n) => `${n} ${n > 1 ? 'ententes dessinées' : 'entente dessinée'} sur la carte`,
  places: 'lieux',
  notDrawnReason: { 'invalid-coordinates': 'coordonnées non valides', 'no-panel': "son pays n'a pas de panneau", 'outside-view': 'hors de la vue', 'unknown-place': 'lieu inconnu' },
  keyboardHelp: 'Flèches : changer de lieu ; Entrée : sélectionner ; Échap : effacer ; + et − : zoom.',
  basemapFailed: 'Les contours des pays n’ont pas pu être chargés ; les ententes sont affichées sans eux.',
};

const ja: MapMessages = {
  label: '姉妹都市提携の地図',
  zoomIn: '拡大',
  zoomOut: '縮小',
  zoomReset: '表示をリセット',
  colorBy: { type: '提携の種類', status: '状況', decade: '締結年代' },
  dashed: '破線：終了または休眠中',
  undated: '日付不明',
  since: '以来',
  partners: '提携先',
  agreementCount: (n) => `提携${n}件`,
  placeLabel: (name, where, partners) => `${name}（${where}）。${partners}`,
  partnerList: (items) => `提携先：${items}。`,
  choosePartner: (n) => `提携先${n}件：矢印キーで選び、Enterで確定、Escで戻ります。`,
  selected: (what) => `選択：${what}`,
  columns: { agreement: '提携', a: '自治体', aRegion: '地域', b: '提携先', bRegion: '地域', type: '種類', signed: '締結', status: '状況', sources: '出典' },
  tableCaption: (n) => `地図上の提携${n}件`,
  places: '自治体',
  notDrawnReason: { 'invalid-coordinates': '座標が無効', 'no-panel': '国のパネルがない', 'outside-view': '表示範囲外', 'unknown-place': '不明な自治体' },
  keyboardHelp: '矢印キーで移動、Enterで選択、Escで解除、+と−で拡大・縮小。',
  basemapFailed: '国境の地図データを読み込めませんでした。提携は地図なしで表示しています。',
};

const MESSAGES: Record<Locale, MapMessages> = { en, fr, ja };

/** The map's UI strings in `locale`. */
export function mapMessages(locale: Locale): MapMessages {
  return MESSAGES[locale];
}
