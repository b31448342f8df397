/**
 * The status rule: what a twinning's `status` should be, computed from its own record.
 *
 * - `ended` when the twinning has an `ended` date (a source dates the end);
 * - otherwise `active` when the latest evidence of contact (an activity's date or end date, or
 *   the signing itself) reaches `activeSince` (default 2014) and is not after `now`;
 * - otherwise `unknown`: nothing recorded since then, which is not proof of dormancy.
 *
 * Source dates do not count: a page's date shows when the page was written, not that anything
 * happened. An event a source reports is recorded as an activity, and then it counts.
 * `dormant`, and `ended` without an end date, are never computed: they need a source that says
 * so, given in the twinning's `statusReason`.
 */
import { dateExtent } from './dates.ts';
import type { Activity, PartialDate, Twinning } from './types.ts';
import type { TwinningStatus } from './vocabularies.ts';

/** First year whose contact makes an agreement `active` in this edition's rule. */
export const ACTIVE_SINCE = '2014';

/** What the rule found. */
export interface StatusEvidence {
  /** The status the rule gives. */
  readonly status: TwinningStatus;
  /** The latest dated evidence of contact (not after `now`), if any. */
  readonly latest?: PartialDate;
}

/** Options of `expectedStatus`. */
export interface StatusRuleOptions {
  /** Partial date from which contact counts as current (default `ACTIVE_SINCE`). */
  readonly activeSince?: PartialDate;
  /** Evidence dated after this is not counted (a planned event). Default: the current time. */
  readonly now?: Date;
}

/** The status the rule gives `twinning`, from its own fields and its activities. */
export function expectedStatus(
  twinning: Pick<Twinning, 'signed' | 'ended'>,
  activities: readonly Pick<Activity, 'date' | 'endDate'>[],
  options: StatusRuleOptions = {},
): StatusEvidence {
  const now = options.now ?? new Date();
  const since = dateExtent(options.activeSince ?? ACTIVE_SINCE);
  let latest: PartialDate | undefined;
  let latestStart = -Infinity;
  const consider = (date: PartialDate | undefined): void => {
    const extent = dateExtent(date);
    if (!extent || extent[0].getTime() > now.getTime()) return;
    if (extent[0].getTime() > latestStart) {
      latestStart = extent[0].getTime();
      latest = date;
    }
  };
  consider(twinning.signed);
  for (const activity of activities) {
    consider(activity.date);
    consider(activity.endDate);
  }
  const evidence = latest === undefined ? {} : { latest };
  if (twinning.ended !== undefined && dateExtent(twinning.ended)) return { status: 'ended', ...evidence };
  const current = since !== null && latest !== undefined && latestStart >= since[0].getTime();
  return { status: current ? 'active' : 'unknown', ...evidence };
}
