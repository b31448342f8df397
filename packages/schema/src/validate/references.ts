/** Checks across records: duplicate ids, references, categories, activities against their agreement. */
import { expectedStatus } from '../status.ts';
import { dateExtent } from '../dates.ts';
import { DEFAULT_CATEGORIES } from '../vocabularies.ts';
import { quote, type Reporter } from './context.ts';
import { where } from './fields.ts';
import { whollyBefore, type Checked, type CheckedActivity, type CheckedTwinning, type Ref } from './records.ts';

/** Reports ids used twice in one collection; returns the set of ids. */
export function collectIds(reporter: Reporter, records: readonly (Checked | null)[], collection: string): Set<string> {
  const first = new Map<string, string>();
  for (const record of records) {
    if (!record || record.id === undefined) continue;
    const seen = first.get(record.id);
    if (seen === undefined) {
      first.set(record.id, record.at);
    } else {
      const at = record.at + '/id';
      reporter.report('duplicate-id', at, `duplicate id ${where(at)}: ${quote(record.id)} is already used by ${seen} in ${collection}`);
    }
  }
  return new Set(first.keys());
}

/** Everything the cross-record checks need. */
export interface Collections {
  readonly sourceIds: Set<string>;
  readonly placeIds: Set<string>;
  readonly twinnings: readonly (CheckedTwinning | null)[];
  readonly activities: readonly (CheckedActivity | null)[];
  readonly declaredCategories: Set<string>;
}

/** When the checks that depend on the date run (planned events, the status rule). */
export interface Clock {
  readonly now: Date;
  /** When set, the status rule is checked with this start of "active" contact. */
  readonly activeSince?: string;
}

/** Titles that announce an event still to come, in the content languages. */
const PLANNED = { en: /\bplanned\b/i, fr: /\bprévue?s?\b/i, ja: /予定/ } as const;

function isPlannedTitle(title: { readonly [lang: string]: string }): boolean {
  return Object.entries(title).some(([lang, text]) => {
    const primary = (lang.split('-')[0] || 'en') as keyof typeof PLANNED;
    return (PLANNED[primary] ?? PLANNED.en).test(text);
  });
}

function checkRefs(reporter: Reporter, refs: readonly Ref[], ids: Set<string>, code: 'unknown-place' | 'unknown-source' | 'unknown-twinning', collection: string): void {
  for (const ref of refs) {
    if (!ids.has(ref.id)) {
      reporter.report(code, ref.at, `${code.replace('-', ' ')} ${where(ref.at)}: ${quote(ref.id)} is not an id in ${collection}`);
    }
  }
}

/** Checks every reference and the rules that need two records. */
export function checkReferences(reporter: Reporter, c: Collections, clock: Clock): void {
  const twinningIds = collectIds(reporter, c.twinnings, 'twinnings');
  const twinningById = new Map<string, CheckedTwinning>();
  for (const t of c.twinnings) {
    if (!t) continue;
    if (t.id !== undefined && !twinningById.has(t.id)) twinningById.set(t.id, t);
    checkRefs(reporter, t.places, c.placeIds, 'unknown-place', 'places');
    const seen = new Set<string>();
    for (const place of t.places) {
      if (seen.has(place.id)) reporter.report('repeated-place', place.at, `repeated place ${where(place.at)}: ${quote(place.id)} is listed twice in this twinning`);
      seen.add(place.id);
    }
    checkRefs(reporter, t.sources, c.sourceIds, 'unknown-source', 'sources');
    if (t.sources.length === 0) reporter.report('no-sources', t.at + '/sources', `no sources ${where(t.at + '/sources')}: the twinning cites no source`);
  }
  collectIds(reporter, c.activities, 'activities');
  const categories = new Set<string>([...DEFAULT_CATEGORIES, ...c.declaredCategories]);
  const valid = [...categories].join(', ');
  for (const a of c.activities) {
    if (!a) continue;
    if (a.twinning) checkRefs(reporter, [a.twinning], twinningIds, 'unknown-twinning', 'twinnings');
    for (const category of a.categories) {
      if (!categories.has(category.id)) {
        reporter.report('unknown-category', category.at, `unknown category ${where(category.at)}: ${quote(category.id)}; expected one of ${valid}, or declare it in categories`);
      }
    }
    checkRefs(reporter, a.sources, c.sourceIds, 'unknown-source', 'sources');
    if (a.sources.length === 0) reporter.report('no-sources', a.at + '/sources', `no sources ${where(a.at + '/sources')}: the activity cites no source`);
    const signed = a.twinning ? twinningById.get(a.twinning.id)?.signed : undefined;
    const early = !!a.date && !!signed && whollyBefore(a.date, signed);
    if (early && !a.prelude) {
      const at = a.at + '/date';
      reporter.report('activity-before-signing', at, `activity before signing ${where(at)}: ${quote(a.date)} is before the twinning was signed (${signed}); mark it "prelude": true if it led to the agreement`);
    }
    if (a.prelude && a.date && signed && !early) {
      const at = a.at + '/prelude';
      reporter.report('prelude-after-signing', at, `prelude activity not before the signing ${where(at)}: ${quote(a.date)} is not before ${quote(signed)}`);
    }
    const extent = dateExtent(a.date);
    if (extent && extent[1].getTime() <= clock.now.getTime() && isPlannedTitle(a.title)) {
      const at = a.at + '/title';
      reporter.report('planned-in-past', at, `planned activity in the past ${where(at)}: dated ${quote(a.date!)}; confirm it happened and retitle it, or remove it`);
    }
  }
  checkStatuses(reporter, c, clock);
}

/** Compares each twinning's status with the status rule, unless the record explains it. */
function checkStatuses(reporter: Reporter, c: Collections, clock: Clock): void {
  const byTwinning = new Map<string, { date?: string; endDate?: string }[]>();
  for (const a of c.activities) {
    if (!a?.twinning) continue;
    const list = byTwinning.get(a.twinning.id) ?? [];
    list.push({ date: a.date, endDate: a.endDate });
    byTwinning.set(a.twinning.id, list);
  }
  if (clock.activeSince === undefined) return;
  for (const t of c.twinnings) {
    if (!t || t.status === undefined || t.explained) continue;
    const activities = (t.id === undefined ? undefined : byTwinning.get(t.id)) ?? [];
    const rule = expectedStatus({ signed: t.signed, ended: t.ended }, activities.filter((a): a is { date: string; endDate?: string } => a.date !== undefined), { now: clock.now, activeSince: clock.activeSince });
    if (rule.status === t.status) continue;
    // An ended date with another status is already reported as status-conflicts-with-ended.
    if (t.ended !== undefined && t.status !== 'ended') continue;
    const at = t.at + '/status';
    const evidence = rule.latest === undefined ? 'no dated contact is recorded' : `the latest recorded contact is ${rule.latest}`;
    reporter.report('status-disagrees', at, `status ${quote(t.status)} ${where(at)} disagrees with the status rule, which gives ${quote(rule.status)} (${evidence}); correct it, or give a statusReason`);
  }
}
