/**
 * The activity chart's own UI text in en, fr and ja. Shared text (states, table, notices) comes
 * from `@twinning/core`'s messages.
 */
import { MessageCatalog, type Locale } from '@twinning/core';

/** One PluralRules per locale: a bar name asks for each bar (14 constructions per first render before). */
const pluralRules = new Map<Locale, Intl.PluralRules>();
export const plural = (locale: Locale, n: number, one: string, other: string) => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n) === 'one' ? one : other;
};

const en = {
  chartLabel: (mode: string) => `Activities by category (${mode})`,
  modes: { share: 'share', 'by-decade': 'by decade', 'by-region': 'by region', compare: 'compared with a reference' } as Record<string, string>,
  category: 'Category',
  count: 'Count',
  share: 'Share',
  decade: 'Decade',
  region: 'Region',
  referenceShare: 'Reference share',
  decadeLabel: (decade: number) => `${decade}s`,
  coverage: (n: string, activities: number, m: string, agreements: number) =>
    `Based on ${n} recorded ${plural('en', activities, 'activity', 'activities')} from ${m} ${plural('en', agreements, 'agreement', 'agreements')}; records are incomplete.`,
  ruleActivities: 'Each activity counts once under each of its categories, so shares can add up to more than 100%.',
  ruleTags: 'Each category tag counts once; shares add up to 100% of tags.',
  hiddenCategories: (shown: number, total: number) => `Showing ${shown} of ${total} categories; shares are of all activities.`,
  noFigure: 'no figure',
  refShort: 'ref.',
  barName: (label: string, count: string, n: number, share: string) => `${label}: ${count} ${plural('en', n, 'activity', 'activities')}, ${share}`,
  barNameReference: (label: string, count: string, n: number, share: string, reference: string) =>
    `${label}: ${count} ${plural('en', n, 'activity', 'activities')}, ${share}; reference ${reference}`,
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
