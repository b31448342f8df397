/** Japanese UI text for `twinning-map.messages.ts`, a chunk loaded only where the page speaks Japanese. */
import { formatNumber } from '@twinning/core';
import type { MapMessages } from './twinning-map.messages.ts';

/** Counts in this language's digits and grouping ("5,000", "5 000", "5,000"). */
const num = (n: number) => formatNumber(n, 'ja');

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
  agreementCount: (n) => `提携${num(n)}件`,
  placeLabel: (name, where, partners) => `${name}（${where}）。${partners}`,
  partnerList: (items) => `提携先：${items}。`,
  choosePartner: (n) => `提携先${num(n)}件：矢印キーで選び、Enterで確定、Escで戻ります。`,
  selected: (what) => `選択：${what}`,
  places: '自治体',
  notDrawnReason: { 'invalid-coordinates': '座標が無効', 'no-panel': '国のパネルがない', 'outside-view': '表示範囲外', 'unknown-place': '不明な自治体', 'not-home': '表示中の自治体の提携ではない' },
  keyboardHelp: '矢印キーで移動、Enterで選択、Escで解除、+と−で拡大・縮小。',
  basemapFailed: '国境の地図データを読み込めませんでした。提携は地図なしで表示しています。',
};

export default ja;
