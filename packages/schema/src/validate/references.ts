/** Checks across records: duplicate ids, references, categories, activities against their agreement. */
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

function checkRefs(reporter: Reporter, refs: readonly Ref[], ids: Set<string>, code: 'unknown-place' | 'unknown-source' | 'unknown-twinning', collection: string): void {
  for (const ref of refs) {
    if (!ids.has(ref.id)) {
      reporter.report(code, ref.at, `${code.replace('-', ' ')} ${where(ref.at)}: ${quote(ref.id)} is not an id in ${collection}`);
    }
  }
}

/** Checks every reference and the rules that need two records. */
export function checkReferences(reporter: Reporter, c: Collections): void {
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
    if (a.date && signed && whollyBefore(a.date, signed)) {
      const at = a.at + '/date';
      reporter.report('activity-before-signing', at, `activity before signing ${where(at)}: ${quote(a.date)} is before the twinning was signed (${signed})`);
    }
  }
}
