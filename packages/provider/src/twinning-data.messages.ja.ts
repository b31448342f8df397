/** Japanese UI text for `twinning-data.messages.ts`, a chunk loaded only where the page speaks Japanese. */
import type { ProviderMessages } from './twinning-data.messages.ts';

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

export default ja;
