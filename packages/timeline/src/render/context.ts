/** What the render functions of <twinning-timeline> share: data, strings, sizes and handlers. */
import type { Locale } from '@twinning/core';
import type { Activity, Place, TwinningDataset } from '@twinning/schema';
import { yearText } from '@twinning/schema';
import type { FocusTarget, Interval, TimelineModel } from '../layout/index.ts';
import type { TimelineMessages } from '../twinning-timeline.messages.ts';

/** Sizes in px. */
export const SIZES = {
  laneHeight: 30,
  expandedHeight: 72,
  headerHeight: 26,
  overviewHeight: 76,
  axisHeight: 26,
  eraHeight: 20,
  padRight: 16,
} as const;

/** Inputs of the render functions. */
export interface RenderContext {
  readonly model: TimelineModel;
  readonly dataset: TwinningDataset | null;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly locale: Locale;
  readonly t: TimelineMessages;
  readonly width: number;
  readonly labelWidth: number;
  readonly era: boolean;
  readonly selected: string | undefined;
  readonly focus: FocusTarget;
  readonly activeActivity: string | null;
  readonly onLaneClick: (laneIndex: number) => void;
  readonly onActivityClick: (laneIndex: number, markIndex: number, activity: Activity) => void;
  readonly onActivityHover: (activity: Activity | null, target: Element | null) => void;
}

const yearFormats = new Map<string, Intl.DateTimeFormat>();

/** A year as the locale writes it: "1965" / "1965" / "1965年". */
export function formatYear(date: Date, locale: string): string {
  const fast = yearText(date.getUTCFullYear(), locale);
  if (fast !== null) return fast;
  let format = yearFormats.get(locale);
  if (!format) yearFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}

/** A year number as the locale writes it. */
export function formatYearNumber(year: number, locale: string): string {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return formatYear(date, locale);
}

/** "1966–1981": the years a half-open interval covers. */
export function intervalYears(interval: Interval, locale: string): [string, string] {
  return [formatYear(interval[0], locale), formatYear(new Date(interval[1].getTime() - 1), locale)];
}
