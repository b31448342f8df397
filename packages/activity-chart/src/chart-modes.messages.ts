/**
 * UI text of the modes other than `share` (their captions, panel and segment names, the
 * reference's source), in the modes chunk with the code that shows it; French and Japanese are
 * chunks of their own. The element's other text is in twinning-activity-chart.messages.ts.
 */
import { MessageCatalog, type Locale } from '@twinning/core';

const en = {
  nLabel: (n: string) => `n = ${n}`,
  decadeRule: 'Each bar is 100% of the category tags counted in its decade; n is the number of activities.',
  undated: (n: string) => `${n} undated ${n === '1' ? 'activity is' : 'activities are'} not in the bars.`,
  regionRule: 'An activity appears under the province or prefecture of each of its places, so a Canada–Japan activity is counted in both panels.',
  twinningRule: 'One panel per agreement; each activity is in exactly one panel.',
  unassigned: (n: string) => `${n} activities could not be placed in a panel.`,
  omittedFacets: (n: string, max: string) => `${n} more panels with at most ${max} activities each are not drawn (attribute max-facets).`,
  reference: 'Reference',
  noReference: 'No reference is set: set the reference property to compare.',
  noFigureNote: 'ref. —: the reference gives no figure for that category.',
  unverified: 'unverified',
  segmentName: (label: string, decade: string, count: string, share: string) => `${label}, ${decade}: ${count}, ${share} of the decade`,
};

/** The modes' strings, typed by the English object. */
export type ChartModeMessages = typeof en;

const catalog = new MessageCatalog<ChartModeMessages>(en, {
  fr: () => import('./chart-modes.messages.fr.ts'),
  ja: () => import('./chart-modes.messages.ja.ts'),
});

/** The modes' strings in `locale` (a render context's locale; English for any other). */
export function chartModeMessages(locale: Locale | string): ChartModeMessages {
  return catalog.get(locale as Locale);
}
