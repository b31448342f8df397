/** UI text of `<twinning-timeline>` in each supported locale. Shared text lives in @twinning/core. */
import type { Locale } from '@twinning/core';

const en = {
  label: 'Timeline of twinning agreements and their activities',
  overviewLabel: (from: string, to: string) => `Agreements per year, ${from}–${to}`,
  signedPerYear: 'signed per year (bars)',
  inForce: 'in force (line)',
  firstAgreement: (year: string) => `first agreement, ${year}`,
  peakYear: (year: string, n: string) => `${n} signed in ${year}`,
  rangeStart: 'Start of the time range',
  rangeEnd: 'End of the time range',
  resetRange: 'Show all years',
  rangeHelp: 'Drag across the overview to choose years, or use the two range sliders.',
  era: 'Japanese era',
  noRecordedActivity: 'no recorded activity',
  quietLabel: (from: string, to: string) => `no recorded activity, ${from}–${to}`,
  undatedStart: 'signing date unknown',
  signed: (date: string) => `signed ${date}`,
  ended: (date: string) => `ended ${date}`,
  toToday: 'to today',
  laneLabel: (names: string, dates: string, status: string, count: number) =>
    `${names}. ${dates}. ${status}. ${count} recorded ${count === 1 ? 'activity' : 'activities'}.`,
  activityLabel: (title: string, date: string, categories: string) => `${title}, ${date}, ${categories}`,
  yearPrecision: 'date known to the year',
  monthPrecision: 'date known to the month',
  dayPrecision: 'exact day',
  close: 'Close',
  categories: 'Categories',
  sources: 'Sources',
  participants: (n: string) => `${n} participants`,
  keyboardHelp: 'Arrow keys: left and right along an agreement, up and down between agreements. Enter selects or opens an activity; Escape closes.',
  activitiesOf: (names: string) => `Activities of ${names}, in order`,
  noActivities: 'No recorded activities.',
  legendSpan: 'bar: date known only to the year or month',
  legendPoint: 'mark alone: exact day',
  legendQuiet: 'hatched: no recorded activity for {n}+ years',
  tableCaption: (agreements: number, activities: number) =>
    `${agreements} ${agreements === 1 ? 'agreement' : 'agreements'} and ${activities} ${activities === 1 ? 'activity' : 'activities'} drawn on the timeline`,
  columns: { kind: 'Row', agreement: 'Agreement', date: 'Date', ended: 'Ended', status: 'Status', categories: 'Categories', title: 'Activity', quiet: 'No recorded activity', sources: 'Sources' },
  kindAgreement: 'agreement',
  kindActivity: 'activity',
  summary: (agreements: string, activities: string, years: string, quiet: number, quietYears: number) =>
    `${agreements}${years ? `, signed ${years}` : ''}, with ${activities}. ` +
    (quiet ? `${quiet} ${quiet === 1 ? 'stretch' : 'stretches'} of ${quietYears} years or more with no recorded activity.` : `No stretch of ${quietYears} years without recorded activity.`),
  agreementsCount: (n: string, count: number) => `${n} ${count === 1 ? 'agreement' : 'agreements'}`,
  activitiesCount: (n: string, count: number) => `${n} recorded ${count === 1 ? 'activity' : 'activities'}`,
  ungrouped: 'Region unknown',
};
/** The strings of one locale, typed by the English object. */
export type TimelineMessages = typeof en;

const fr: TimelineMessages = {
  label: 'Frise chronologique des ententes de jumelage et de leurs activités',
  overviewLabel: (from, to) => `Ententes par année, ${from}–${to}`,
  signedPerYear: 'signées par année (barres)',
  inForce: 'en vigueur (ligne)',
  firstAgreement: (year) => `première entente, ${year}`,
  peakYear: (year, n) => `${n} signées en ${year}`,
  rangeStart: 'Début de la période',
  rangeEnd: 'Fin de la période',
  resetRange: 'Toutes les années',
  rangeHelp: 'Faites glisser sur la vue d’ensemble pour choisir des années, ou utilisez les deux curseurs.',
  era: 'Ère japonaise',
  noRecordedActivity: 'aucune activité recensée',
  quietLabel: (from, to) => `aucune activité recensée, ${from}–${to}`,
  undatedStart: 'date de signature inconnue',
  signed: (date) => `signée en ${date}`,
  ended: (date) => `terminée en ${date}`,
  toToday: "jusqu'à aujourd'hui",
  laneLabel: (names, dates, status, count) =>
    `${names}. ${dates}. ${status}. ${count} ${count > 1 ? 'activités recensées' : 'activité recensée'}.`,
  activityLabel: (title, date, categories) => `${title}, ${date}, ${categories}`,
  yearPrecision: "date connue à l'année",
  monthPrecision: 'date connue au mois',
  dayPrecision: 'jour exact',
  close: 'Fermer',
  categories: 'Catégories',
  sources: 'Sources',
  participants: (n) => `${n} participants`,
  keyboardHelp: 'Flèches gauche et droite : le long d’une entente ; haut et bas : d’une entente à l’autre. Entrée sélectionne ou ouvre une activité ; Échap ferme.',
  activitiesOf: (names) => `Activités de ${names}, dans l’ordre`,
  noActivities: 'Aucune activité recensée.',
  legendSpan: "barre : date connue seulement à l'année ou au mois",
  legendPoint: 'symbole seul : jour exact',
  legendQuiet: 'hachures : aucune activité recensée pendant {n} ans ou plus',
  tableCaption: (agreements, activities) =>
    `${agreements} ${agreements > 1 ? 'ententes' : 'entente'} et ${activities} ${activities > 1 ? 'activités' : 'activité'} sur la frise`,
  columns: { kind: 'Ligne', agreement: 'Entente', date: 'Date', ended: 'Fin', status: 'Statut', categories: 'Catégories', title: 'Activité', quiet: 'Aucune activité recensée', sources: 'Sources' },
  kindAgreement: 'entente',
  kindActivity: 'activité',
  summary: (agreements, activities, years, quiet, quietYears) =>
    `${agreements}${years ? `, signées de ${years}` : ''}, avec ${activities}. ` +
    (quiet ? `${quiet} ${quiet > 1 ? 'périodes' : 'période'} de ${quietYears} ans ou plus sans activité recensée.` : `Aucune période de ${quietYears} ans sans activité recensée.`),
  agreementsCount: (n, count) => `${n} ${count > 1 ? 'ententes' : 'entente'}`,
  activitiesCount: (n, count) => `${n} ${count > 1 ? 'activités recensées' : 'activité recensée'}`,
  ungrouped: 'Région inconnue',
};

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

const MESSAGES: Record<Locale, TimelineMessages> = { en, fr, ja };

/** The timeline's UI strings in `locale`. */
export function timelineMessages(locale: Locale): TimelineMessages {
  return MESSAGES[locale];
}
