/** Agreements in force at a date. */
import { dateEnd, dateExtent, dateStart, parsePartialDate } from '../dates.ts';
import type { PartialDate, Twinning } from '../types.ts';

/**
 * The twinnings in force at `date`.
 *
 * A partial date stands for its whole span: "1990" is the year 1990, a Date is that instant.
 * A twinning is in force when
 * - it was signed on or before the date: its `signed` span starts before the date's span ends
 *   (signed "1990-06" is in force at "1990"). Twinnings without a valid `signed` date are left
 *   out, since nothing says when they began.
 * - and it had not ended before the date: with an `ended` date, it counts until that date's span
 *   is over (ended "2001" is still in force at "2001-12-31", not at "2002").
 * - Status "ended" without an `ended` date: it ended at some unknown time, so it is not in force
 *   at any date. Other statuses ("active", "dormant", "unknown") count as in force: a dormant
 *   agreement has not been ended.
 *
 * Throws `invalid date: …` for a malformed `date` string (bad configuration, not bad data).
 */
export function inForceAt(twinnings: readonly Twinning[], date: PartialDate | Date): Twinning[] {
  const [from, to] = span(date);
  return twinnings.filter((t) => {
    const signed = dateExtent(t.signed);
    if (!signed || signed[0].getTime() >= to) return false;
    if (t.ended !== undefined) {
      const ended = dateExtent(t.ended);
      return ended !== null && ended[1].getTime() > from;
    }
    return t.status !== 'ended';
  });
}

function span(date: PartialDate | Date): [number, number] {
  if (date instanceof Date) {
    const time = date.getTime();
    if (Number.isNaN(time)) throw new Error('invalid date: Invalid Date');
    return [time, time + 1];
  }
  const parsed = parsePartialDate(date);
  if (!parsed) throw new Error(`invalid date: ${JSON.stringify(date)}; expected YYYY, YYYY-MM or YYYY-MM-DD`);
  return [dateStart(parsed).getTime(), dateEnd(parsed).getTime()];
}
