/** Japanese UI text for `twinning-activity-chart.messages.ts`, a chunk loaded only where the page speaks Japanese. */
import type { ChartMessages } from './twinning-activity-chart.messages.ts';

const ja: ChartMessages = {
  chartLabel: (mode) => `分野別の交流活動（${mode}）`,
  modes: { share: '割合', 'by-decade': '年代別', 'by-region': '地域別', compare: '参照値との比較' },
  category: '分野',
  count: '件数',
  share: '割合',
  decade: '年代',
  region: '地域',
  referenceShare: '参照値',
  decadeLabel: (decade) => `${decade}年代`,
  coverage: (n, _activities, m) => `${m}件の提携で記録された${n}件の活動に基づく（記録は不完全）。`,
  ruleActivities: '各活動はその分野ごとに1回数えるため、割合の合計は100%を超えることがあります。',
  ruleTags: '分野タグを1つずつ数えるため、割合の合計はタグ全体の100%です。',
  hiddenCategories: (shown, total) => `${total}分野のうち${shown}分野を表示（割合は全活動に対する値）。`,
  noFigure: '数値なし',
  refShort: '参照',
  barName: (label, count, _n, share) => `${label}：${count}件、${share}`,
  barNameReference: (label, count, _n, share, reference) => `${label}：${count}件、${share}（参照値 ${reference}）`,
  summary: (top, count, n, share) => `最も多い分野は${top}で、${n}件中${count}件（${share}）です。`,
  summaryNone: '数える活動の記録がありません。',
  emptyActivities: (filters) =>
    filters ? `現在の絞り込み（${filters}）に該当する活動の記録はありません。` : 'このデータセットには活動の記録がありません。',
  legend: '分野：押して表示・非表示を切り替え',
  and: '＋',
};

export default ja;
