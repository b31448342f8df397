/**
 * The activity chart's own UI text in en, fr and ja. Shared text (states, table, notices) comes
 * from `@twinning/core`'s messages.
 */
import type { Locale } from '@twinning/core';

const plural = (locale: Locale, n: number, one: string, other: string) =>
  new Intl.PluralRules(locale).select(n) === 'one' ? one : other;

const en = {
  chartLabel: (mode: string) => `Activities by category (${mode})`,
  modes: { share: 'share', 'by-decade': 'by decade', 'by-region': 'by region', compare: 'compared with a reference' } as Record<string, string>,
  category: 'Category',
  count: 'Count',
  share: 'Share',
  decade: 'Decade',
  region: 'Region',
  agreement: 'Agreement',
  referenceShare: 'Reference share',
  decadeLabel: (decade: number) => `${decade}s`,
  nLabel: (n: string) => `n = ${n}`,
  coverage: (n: string, activities: number, m: string, agreements: number) =>
    `Based on ${n} recorded ${plural('en', activities, 'activity', 'activities')} from ${m} ${plural('en', agreements, 'agreement', 'agreements')}; records are incomplete.`,
  ruleActivities: 'Each activity counts once under each of its categories, so shares can add up to more than 100%.',
  ruleTags: 'Each category tag counts once; shares add up to 100% of tags.',
  hiddenCategories: (shown: number, total: number) => `Showing ${shown} of ${total} categories; shares are of all activities.`,
  decadeRule: 'Each bar is 100% of the category tags counted in its decade; n is the number of activities.',
  undated: (n: string) => `${n} undated ${n === '1' ? 'activity is' : 'activities are'} not in the bars.`,
  regionRule: 'An activity appears under the province or prefecture of each of its places, so a Canada–Japan activity is counted in both panels.',
  twinningRule: 'One panel per agreement; each activity is in exactly one panel.',
  unassigned: (n: string) => `${n} activities could not be placed in a panel.`,
  omittedFacets: (n: string, max: string) => `${n} more panels with at most ${max} activities each are not drawn (attribute max-facets).`,
  reference: 'Reference',
  thisData: 'This dataset',
  noReference: 'No reference is set: set the reference property to compare.',
  noFigure: 'no figure',
  refShort: 'ref.',
  noFigureNote: 'ref. —: the reference gives no figure for that category.',
  unverified: 'unverified',
  barName: (label: string, count: string, n: number, share: string) => `${label}: ${count} ${plural('en', n, 'activity', 'activities')}, ${share}`,
  barNameReference: (label: string, count: string, n: number, share: string, reference: string) =>
    `${label}: ${count} ${plural('en', n, 'activity', 'activities')}, ${share}; reference ${reference}`,
  segmentName: (label: string, decade: string, count: string, share: string) => `${label}, ${decade}: ${count}, ${share} of the decade`,
  summary: (top: string, count: string, n: string, share: string) => `The most common category is ${top}: ${count} of ${n} activities (${share}).`,
  summaryNone: 'No recorded activities to count.',
  emptyActivities: (filters: string) =>
    filters ? `No recorded activities match the current filters (${filters}).` : 'This dataset has no recorded activities to count.',
  legend: 'Categories: press to show or hide',
  and: ' + ',
};

/** The activity chart's strings, typed by the English object. */
export type ChartMessages = typeof en;

const fr: ChartMessages = {
  chartLabel: (mode) => `Activités par catégorie (${mode})`,
  modes: { share: 'parts', 'by-decade': 'par décennie', 'by-region': 'par région', compare: 'comparées à une référence' },
  category: 'Catégorie',
  count: 'Nombre',
  share: 'Part',
  decade: 'Décennie',
  region: 'Région',
  agreement: 'Entente',
  referenceShare: 'Part de référence',
  decadeLabel: (decade) => `années ${decade}`,
  nLabel: (n) => `n = ${n}`,
  coverage: (n, activities, m, agreements) =>
    `D’après ${n} ${plural('fr', activities, 'activité recensée', 'activités recensées')} dans ${m} ${plural('fr', agreements, 'entente', 'ententes')} ; les relevés sont incomplets.`,
  ruleActivities: 'Chaque activité compte une fois dans chacune de ses catégories : la somme des parts peut dépasser 100 %.',
  ruleTags: 'Chaque étiquette de catégorie compte une fois ; les parts font 100 % des étiquettes.',
  hiddenCategories: (shown, total) => `${shown} catégories sur ${total} affichées ; les parts portent sur toutes les activités.`,
  decadeRule: 'Chaque barre représente 100 % des étiquettes comptées dans la décennie ; n est le nombre d’activités.',
  undated: (n) => `${n} ${n === '1' ? 'activité sans date n’est pas' : 'activités sans date ne sont pas'} dans les barres.`,
  regionRule: 'Une activité figure sous la province ou la préfecture de chacun de ses lieux : une activité Canada–Japon compte dans les deux panneaux.',
  twinningRule: 'Un panneau par entente ; chaque activité figure dans un seul panneau.',
  unassigned: (n) => `${n} activités n’ont pu être placées dans aucun panneau.`,
  omittedFacets: (n, max) => `${n} autres panneaux (au plus ${max} activités chacun) ne sont pas dessinés (attribut max-facets).`,
  reference: 'Référence',
  thisData: 'Ce jeu de données',
  noReference: 'Aucune référence : définissez la propriété reference pour comparer.',
  noFigure: 'aucun chiffre',
  refShort: 'réf.',
  noFigureNote: 'réf. — : la référence ne donne aucun chiffre pour cette catégorie.',
  unverified: 'non vérifié',
  barName: (label, count, n, share) => `${label} : ${count} ${plural('fr', n, 'activité', 'activités')}, ${share}`,
  barNameReference: (label, count, n, share, reference) => `${label} : ${count} ${plural('fr', n, 'activité', 'activités')}, ${share} ; référence ${reference}`,
  segmentName: (label, decade, count, share) => `${label}, ${decade} : ${count}, ${share} de la décennie`,
  summary: (top, count, n, share) => `La catégorie la plus fréquente est ${top} : ${count} activités sur ${n} (${share}).`,
  summaryNone: 'Aucune activité recensée à compter.',
  emptyActivities: (filters) =>
    filters ? `Aucune activité recensée ne correspond aux filtres actuels (${filters}).` : 'Ce jeu de données ne contient aucune activité recensée.',
  legend: 'Catégories : appuyer pour afficher ou masquer',
  and: ' + ',
};

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

const MESSAGES: Record<Locale, ChartMessages> = { en, fr, ja };

/** The chart's strings in `locale`. */
export function chartMessages(locale: Locale): ChartMessages {
  return MESSAGES[locale];
}
