/**
 * Partial dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD". A date keeps the precision its source gave;
 * it is never padded to January 1. Extents are half-open UTC intervals [start, end).
 */
import type { PartialDate } from './types.ts';

export type DatePrecision = 'year' | 'month' | 'day';

/** A partial date taken apart. `month` and `day` are 1-based. */
export interface ParsedDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Takes a partial date apart, or returns null when it is malformed or impossible (2019-02-30). */
export function parsePartialDate(value: unknown): ParsedDate | null {
  if (typeof value !== 'string') return null;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return date;
}

/** The first instant the partial date covers. */
export function dateStart(date: ParsedDate): Date {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the partial date: a year-only date covers the whole year. */
export function dateEnd(date: ParsedDate): Date {
  if (date.precision === 'year') return utc(date.year + 1, 0, 1);
  if (date.precision === 'month') return utc(date.year, date.month!, 1);
  return utc(date.year, date.month! - 1, date.day! + 1);
}

/** [start, end) of a partial date string, or null when it is not a valid partial date. */
export function dateExtent(value: PartialDate | undefined): [Date, Date] | null {
  const parsed = parsePartialDate(value);
  return parsed ? [dateStart(parsed), dateEnd(parsed)] : null;
}

/** The year of a partial date string, or null. */
export function yearOf(value: PartialDate | undefined): number | null {
  return parsePartialDate(value)?.year ?? null;
}

/** Compares two partial dates by their start; equal starts put the less precise first. Invalid last. */
export function comparePartialDates(a: PartialDate | undefined, b: PartialDate | undefined): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  const diff = dateStart(pa).getTime() - dateStart(pb).getTime();
  return diff !== 0 ? diff : dateEnd(pb).getTime() - dateEnd(pa).getTime();
}

/**
 * One formatter per locale and precision: constructing an Intl.DateTimeFormat is slow, and a
 * timeline labels every activity (a constructor per call was 19 % of its first render). A bad
 * locale throws on construction, as before, and nothing is cached for it.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A Gregorian year 1000–9999 as `Intl.DateTimeFormat(locale, { year: 'numeric' })` writes it in
 * en, fr ("1965") and ja ("1965年"), without constructing one: the page's first DateTimeFormat
 * loads locale data (tens to hundreds of ms, bench/profile-notes.md). Null for other locales and
 * years, which Intl formats. test/schema/year-text.test.ts compares it with Intl in the browser.
 */
export function yearText(year: number, locale: string): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  return locale === 'en' || locale === 'fr' ? String(year) : locale === 'ja' ? `${year}年` : null;
}

/**
 * Formats a partial date in a locale at its own precision: "1965", "février 1970", "1970年2月10日".
 * Invalid input is returned as it was, so nothing is hidden.
 */
export function formatPartialDate(value: PartialDate, locale: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return String(value);
  const fast = parsed.precision === 'year' ? yearText(parsed.year, locale) : null;
  if (fast !== null) return fast;
  const key = `${locale} ${parsed.precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      parsed.precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : parsed.precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format.format(dateStart(parsed));
}
