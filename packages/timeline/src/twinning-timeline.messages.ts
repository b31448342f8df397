/** UI text of `<twinning-timeline>` in each supported locale. Shared text lives in @twinning/core. */
import { MessageCatalog, type Locale } from '@twinning/core';

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
  since: (year: string) => `since ${year}`,
  lastActivity: (year: string) => `last activity ${year}`,
  selectAgreement: 'Select this agreement',
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

// French and Japanese are chunks of their own, loaded on first use (see message-catalog.ts).
const catalog = new MessageCatalog<TimelineMessages>(en, {
  fr: () => import('./twinning-timeline.messages.fr.ts'),
  ja: () => import('./twinning-timeline.messages.ja.ts'),
});

/** The timeline's UI strings in `locale`. */
export function timelineMessages(locale: Locale): TimelineMessages {
  return catalog.get(locale);
}
