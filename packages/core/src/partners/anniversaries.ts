/**
 * Ages and anniversaries of agreements, at the precision their signing date was given.
 * `now` is always passed in, so tests and screenshots never depend on the clock.
 */
import { dateEnd, dateStart, parsePartialDate, type ParsedDate, type PartialDate } from '@twinning/schema';

/**
 * Which anniversaries count as "round", the ones councils mark and pages announce: every 5th up to
 * the 30th (5, 10, 15, 20, 25, 30), then every 10th (40, 50, 60, …), and the 75th (diamond).
 * 35th and 45th are left out: few twinning pages celebrate them, and announcing every fifth year
 * for old agreements would make the "coming up" line lose its meaning.
 */
export function isRoundAnniversary(years: number): boolean {
  if (!Number.isInteger(years) || years <= 0) return false;
  return years <= 30 ? years % 5 === 0 : years % 10 === 0 || years === 75;
}

/** The round anniversary after `years` (exclusive). */
export function nextRoundAfter(years: number): number {
  let n = Math.max(0, Math.floor(years)) + 1;
  while (!isRoundAnniversary(n)) n++;
  return n;
}

/**
 * Whole years from `signed` to `now`. A day-precise date turns a year older on its day; a
 * month-precise one on the first of its month ("1965-07" is 60 from July 2025); a year-only one on
 * 1 January, because its anniversary falls that year on a day nobody recorded, and the card says
 * "60 years" all year. `null` for a missing or invalid date, or one after `now`.
 */
export function yearsSince(signed: PartialDate | undefined, now: Date): number | null {
  const date = parsePartialDate(signed);
  if (!date) return null;
  let years = now.getUTCFullYear() - date.year;
  if (date.precision !== 'year') {
    const month = now.getUTCMonth() + 1;
    const before = month < date.month! || (date.precision === 'day' && month === date.month && now.getUTCDate() < date.day!);
    if (before) years--;
  }
  return years >= 0 ? years : null;
}

/** An anniversary to come: how many years, and when, at the signing date's precision. */
export interface Anniversary {
  readonly years: number;
  /** The anniversary date ("2027-06" for a signing in "1977-06"). */
  readonly date: PartialDate;
  readonly precision: ParsedDate['precision'];
}

/**
 * The next round anniversary of an agreement signed on `signed`, if it falls within `withinYears`
 * (default 2) of `now`. An anniversary counts while it may still be ahead: one dated by year only
 * counts all through its year, by month all through its month, by day on the day itself.
 */
export function nextRoundAnniversary(signed: PartialDate | undefined, now: Date, withinYears = 2): Anniversary | null {
  const date = parsePartialDate(signed);
  if (!date) return null;
  const horizon = new Date(now.getTime());
  horizon.setUTCFullYear(horizon.getUTCFullYear() + withinYears);
  let years = Math.max(1, now.getUTCFullYear() - date.year - 1);
  if (!isRoundAnniversary(years)) years = nextRoundAfter(years);
  for (;; years = nextRoundAfter(years)) {
    const at: ParsedDate = { ...date, year: date.year + years };
    if (dateEnd(at).getTime() <= now.getTime()) continue; // wholly past
    if (dateStart(at).getTime() > horizon.getTime()) return null;
    return { years, date: format(at), precision: date.precision };
  }
}

function format(date: ParsedDate): PartialDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${year}-${pad(date.month!)}`;
  return `${year}-${pad(date.month!)}-${pad(date.day!)}`;
}
