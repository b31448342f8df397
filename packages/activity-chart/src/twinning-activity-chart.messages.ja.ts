/** Japanese UI text for `twinning-activity-chart.messages.ts`, a chunk loaded only where the page speaks Japanese. */
import { plural, type ChartMessages } from './twinning-activity-chart.messages.ts';

const ja: ChartMessages = {
  chartLabel: (mode) => `分野別の交流活動（${mode}）`,
  modes: { share: '割合', 'by-decade': '年代別', 'by-region': '地域別', compare: '参照値との比較' },
  category: '分野',
  count: '件数',
  share: '割合',
  decade: '年代',
  region: '地域',
  agreement: '提携',
  referenceShare: '参照値',
  decadeLabel: (decade) => `${decade}年代`,
  nLabel: (n) => `n = ${n}`,
  coverage: (n, _activities, m) => `${m}件の提携で記録された${n}件の活動に基づく（記録は不完全）。`,
  ruleActivities: '各活動はその分野ごとに1回数えるため、割合の合計は100%を超えることがあります。',
  ruleTags: '分野タグを1つずつ数えるため、割合の合計はタグ全体の100%です。',
  hiddenCategories: (shown, total) => `${total}分野のうち${shown}分野を表示（割合は全活動に対する値）。`,
  decadeRule: '各棒はその年代に数えた分野タグの100%を表します。nは活動の件数です。',
  undated: (n) => `日付のない活動${n}件は棒に含まれていません。`,
  regionRule: '活動は提携する各自治体の州・都道府県の下に表示されるため、日加の活動は両方のパネルで数えられます。',
  twinningRule: '提携ごとに1パネル。各活動は1つのパネルにのみ含まれます。',
  unassigned: (n) => `${n}件の活動はどのパネルにも割り当てられませんでした。`,
  omittedFacets: (n, max) => `活動が${max}件以下のパネル${n}個は表示していません（max-facets 属性）。`,
  reference: '参照値',
  thisData: 'このデータ',
  noReference: '参照値が設定されていません。比較するには reference プロパティを設定してください。',
  noFigure: '数値なし',
  refShort: '参照',
  noFigureNote: '参照 —：参照値にその分野の数値がないことを示します。',
  unverified: '未検証',
  barName: (label, count, _n, share) => `${label}：${count}件、${share}`,
  barNameReference: (label, count, _n, share, reference) => `${label}：${count}件、${share}（参照値 ${reference}）`,
  segmentName: (label, decade, count, share) => `${label}、${decade}：${count}件、年代内の${share}`,
  summary: (top, count, n, share) => `最も多い分野は${top}で、${n}件中${count}件（${share}）です。`,
  summaryNone: '数える活動の記録がありません。',
  emptyActivities: (filters) =>
    filters ? `現在の絞り込み（${filters}）に該当する活動の記録はありません。` : 'このデータセットには活動の記録がありません。',
  legend: '分野：押して表示・非表示を切り替え',
  and: '＋',
};

export default ja;
