/** Japanese UI text for `chart-modes.messages.ts`, a chunk loaded only where the page speaks Japanese. */
import type { ChartModeMessages } from './chart-modes.messages.ts';

const ja: ChartModeMessages = {
  nLabel: (n) => `n = ${n}`,
  decadeRule: '各棒はその年代に数えた分野タグの100%を表します。nは活動の件数です。',
  undated: (n) => `日付のない活動${n}件は棒に含まれていません。`,
  regionRule: '活動は提携する各自治体の州・都道府県の下に表示されるため、日加の活動は両方のパネルで数えられます。',
  twinningRule: '提携ごとに1パネル。各活動は1つのパネルにのみ含まれます。',
  unassigned: (n) => `${n}件の活動はどのパネルにも割り当てられませんでした。`,
  omittedFacets: (n, max) => `活動が${max}件以下のパネル${n}個は表示していません（max-facets 属性）。`,
  reference: '参照値',
  noReference: '参照値が設定されていません。比較するには reference プロパティを設定してください。',
  noFigureNote: '参照 —：参照値にその分野の数値がないことを示します。',
  unverified: '未検証',
  segmentName: (label, decade, count, share) => `${label}、${decade}：${count}件、年代内の${share}`,
};

export default ja;
