/**
 * Checks editors' annotations: each names exactly one target (an agreement, place, activity,
 * category, or a year or range of years) that exists in the dataset, carries non-empty text, and
 * cites only known sources.
 */
import { RECORD_FIELDS } from '../fields.ts';
import { DEFAULT_CATEGORIES } from '../vocabularies.ts';
import { pointerTo, quote, type Reporter } from './context.ts';
import { where } from './fields.ts';
import { openRecord, type Checked, type Ref } from './records.ts';
import type { Plain } from './snapshot.ts';

/** The fields that name an annotation's target, in the order messages list them. */
export const ANNOTATION_TARGETS = ['twinning', 'place', 'activity', 'category', 'year'] as const;

/** What the reference check needs of one annotation. */
export interface CheckedAnnotation extends Checked {
  readonly target?: { readonly kind: (typeof ANNOTATION_TARGETS)[number]; readonly ref: Ref };
  readonly sources: Ref[];
}

/** The ids an annotation may refer to. */
export interface AnnotationTargets {
  readonly twinningIds: ReadonlySet<string>;
  readonly placeIds: ReadonlySet<string>;
  readonly activityIds: ReadonlySet<string>;
  readonly categoryIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
}

const YEAR = (value: number) => Number.isInteger(value) && value >= 1000 && value <= 9999;

/** Checks one annotation's structure; its references are checked by `checkAnnotationReferences`. */
export function checkAnnotation(reporter: Reporter, value: Plain, at: string): CheckedAnnotation | null {
  const f = openRecord(reporter, value, at, 'annotation');
  if (!f) return null;
  f.unknownFields(RECORD_FIELDS.annotation);
  const id = f.id();
  f.text('text', true);
  const named = ANNOTATION_TARGETS.filter((key) => f.record[key] !== undefined);
  if (named.length === 0) {
    reporter.report('missing-field', at, `missing target ${where(at)}: give one of ${ANNOTATION_TARGETS.join(', ')} (a year with until for a range)`);
  } else if (named.length > 1) {
    const p = pointerTo(at, named[1]!);
    reporter.report('invalid-value', p, `more than one target ${where(at)}: ${named.join(' and ')}; an annotation is about one thing, so keep one of them`);
  }
  let target: CheckedAnnotation['target'];
  const kind = named[0];
  if (kind === 'year') {
    const year = checkYear(reporter, f.number('year', false), pointerTo(at, 'year'));
    const until = checkYear(reporter, f.number('until', false), pointerTo(at, 'until'));
    if (year !== undefined && until !== undefined && until < year) {
      const p = pointerTo(at, 'until');
      reporter.report('end-before-start', p, `year range reversed ${where(p)}: until ${until} is before year ${year}; swap them`);
    }
    if (year !== undefined) target = { kind, ref: { id: String(year), at: pointerTo(at, 'year') } };
  } else {
    if (f.record['until'] !== undefined && kind !== undefined) {
      const p = pointerTo(at, 'until');
      reporter.report('missing-field', at, `missing field "year" ${where(at)}: until ${where(p)} ends a range that needs a first year`);
    }
    if (kind !== undefined) {
      const id = f.string(kind, false);
      if (id !== undefined) target = { kind, ref: { id, at: pointerTo(at, kind) } };
    }
  }
  const sources = f.idList('sources', false) ?? [];
  return { id, at, target, sources };
}

function checkYear(reporter: Reporter, value: number | undefined, at: string): number | undefined {
  if (value === undefined) return undefined;
  if (YEAR(value)) return value;
  reporter.report('invalid-value', at, `invalid year ${where(at)}: ${value}; expected a four-digit whole year such as 1985`);
  return undefined;
}

const UNKNOWN = {
  twinning: ['unknown-twinning', 'twinnings'],
  place: ['unknown-place', 'places'],
  activity: ['unknown-activity', 'activities'],
  category: ['unknown-category', 'categories'],
} as const;

/** Reports targets and sources that are not in the dataset. */
export function checkAnnotationReferences(reporter: Reporter, annotations: readonly (CheckedAnnotation | null)[], ids: AnnotationTargets): void {
  for (const a of annotations) {
    if (!a) continue;
    const target = a.target;
    if (target && target.kind !== 'year') {
      const known = { twinning: ids.twinningIds, place: ids.placeIds, activity: ids.activityIds, category: ids.categoryIds }[target.kind];
      if (!known.has(target.ref.id)) {
        const [code, collection] = UNKNOWN[target.kind];
        const valid = target.kind === 'category' ? `; expected one of ${[...known].join(', ')}, or declare it in categories` : '';
        reporter.report(code, target.ref.at, `${code.replace('-', ' ')} ${where(target.ref.at)}: ${quote(target.ref.id)} is not an id in ${collection}${valid}`);
      }
    }
    for (const source of a.sources) {
      if (!ids.sourceIds.has(source.id)) reporter.report('unknown-source', source.at, `unknown source ${where(source.at)}: ${quote(source.id)} is not an id in sources`);
    }
  }
}

/** The ids of the records that passed their structural check. */
export function idsOf(records: readonly (Checked | null)[]): Set<string> {
  return new Set(records.flatMap((r) => (r?.id === undefined ? [] : [r.id])));
}

/** Every category an annotation may name: the defaults and the declared ones. */
export function categoryIds(declared: Iterable<string>): Set<string> {
  return new Set([...DEFAULT_CATEGORIES, ...declared]);
}
