/**
 * The activity chart's own UI text in en, fr and ja. Shared text (states, table, notices) comes
 * from `@twinning/core`'s messages.
 */
import { MessageCatalog, type Locale } from '@twinning/core';

export const plural = (locale: Locale, n: number, one: string, other: string) =>
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

// French and Japanese are chunks of their own, loaded on first use (see message-catalog.ts).
const catalog = new MessageCatalog<ChartMessages>(en, {
  fr: () => import('./twinning-activity-chart.messages.fr.ts'),
  ja: () => import('./twinning-activity-chart.messages.ja.ts'),
});

/** The chart's strings in `locale`. */
export function chartMessages(locale: Locale): ChartMessages {
  return catalog.get(locale);
}
