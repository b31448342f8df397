/** Japanese UI text for `twinning-timeline.messages.ts`, a chunk loaded only where the page speaks Japanese. */
import type { TimelineMessages } from './twinning-timeline.messages.ts';

const ja: TimelineMessages = {
  label: '姉妹都市提携とその活動の年表',
  overviewLabel: (from, to) => `年別の提携数（${from}〜${to}）`,
  signedPerYear: '年間締結数（棒）',
  inForce: '有効な提携数（線）',
  firstAgreement: (year) => `最初の提携（${year}）`,
  peakYear: (year, n) => `${year}に${n}件締結`,
  rangeStart: '期間の開始',
  rangeEnd: '期間の終了',
  resetRange: '全期間を表示',
  rangeHelp: '概要をドラッグするか、2つのスライダーで年を選べます。',
  era: '元号',
  noRecordedActivity: '活動の記録なし',
  quietLabel: (from, to) => `活動の記録なし（${from}〜${to}）`,
  undatedStart: '締結日不明',
  signed: (date) => `${date}締結`,
  ended: (date) => `${date}終了`,
  toToday: '現在まで',
  laneLabel: (names, dates, status, count) => `${names}。${dates}。${status}。記録された活動${count}件。`,
  activityLabel: (title, date, categories) => `${title}、${date}、${categories}`,
  yearPrecision: '年のみ判明',
  monthPrecision: '月まで判明',
  dayPrecision: '日付判明',
  close: '閉じる',
  categories: '分野',
  sources: '出典',
  participants: (n) => `参加者${n}人`,
  keyboardHelp: '左右の矢印キーで提携内の活動を、上下の矢印キーで提携間を移動します。Enterで選択または活動を開き、Escで閉じます。',
  activitiesOf: (names) => `${names}の活動（年代順）`,
  noActivities: '記録された活動はありません。',
  legendSpan: '帯：年または月のみ判明',
  legendPoint: '記号のみ：日付判明',
  legendQuiet: '斜線：{n}年以上活動の記録なし',
  tableCaption: (agreements, activities) => `年表に表示された提携${agreements}件と活動${activities}件`,
  columns: { kind: '種別', agreement: '提携', date: '日付', ended: '終了', status: '状況', categories: '分野', title: '活動', quiet: '活動の記録なし', sources: '出典' },
  kindAgreement: '提携',
  kindActivity: '活動',
  summary: (agreements, activities, years, quiet, quietYears) =>
    `${agreements}${years ? `（${years}締結）` : ''}、${activities}。` +
    (quiet ? `${quietYears}年以上活動の記録がない期間が${quiet}か所あります。` : `${quietYears}年以上活動の記録がない期間はありません。`),
  agreementsCount: (n) => `提携${n}件`,
  activitiesCount: (n) => `記録された活動${n}件`,
  ungrouped: '地域不明',
};

export default ja;
