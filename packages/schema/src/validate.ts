/**
 * validate(input): every problem in a would-be TwinningDataset, never an exception.
 *
 * The input is first copied into plain data (see validate/snapshot.ts), so getters that throw,
 * proxies and cycles are reported as `unreadable-value` instead of escaping. Structure is checked
 * record by record, then references and the rules that need two records. Reporting stops at
 * MAX_PROBLEMS with a `too-many-problems` warning.
 */
import { RECORD_FIELDS } from './fields.ts';
import type { DatasetRules, Problem, TwinningDataset } from './types.ts';
import { SCHEMA_VERSIONS } from './vocabularies.ts';
import { MAX_PROBLEMS, Reporter, quote } from './validate/context.ts';
import { where } from './validate/fields.ts';
import { checkActivity, checkCategory, checkPlace, checkRegion, checkSource, checkTwinning, openRecord } from './validate/records.ts';
import { checkCitation } from './validate/citations.ts';
import { categoryIds, checkAnnotation, checkAnnotationReferences, idsOf } from './validate/annotations.ts';
import { checkReferences, collectIds, type Clock } from './validate/references.ts';
import { snapshot, type Plain } from './validate/snapshot.ts';

export { PROBLEM_CODES, PROBLEM_CODE_INFO, type ProblemCode, type ProblemCodeInfo } from './validate/codes.ts';
export { MAX_PROBLEMS, escapePointerToken } from './validate/context.ts';

/** The outcome of `validate`. */
export interface ValidationResult {
  /** True when there are no errors (warnings allowed). */
  readonly valid: boolean;
  /** Every problem found, errors and warnings, in document order within each pass. */
  readonly problems: Problem[];
}

/** Options of `validate`. */
export interface ValidateOptions {
  /** Stop listing problems after this many (default MAX_PROBLEMS, 1000). */
  readonly maxProblems?: number;
  /**
   * The present, for checks that depend on it: an activity titled "planned" whose date has
   * passed, and the status rule (evidence after `now` does not count). Default: the current time.
   */
  readonly now?: Date;
  /** Rules to check instead of those the dataset declares in `rules` (e.g. `{}` to check none). */
  readonly rules?: DatasetRules;
}

/** Validates and also returns the plain copy that was checked (used by `parse`). */
export function validateSnapshot(input: unknown, options: ValidateOptions = {}): { result: ValidationResult; data: Plain } {
  const reporter = new Reporter(options.maxProblems ?? MAX_PROBLEMS);
  let data: Plain = undefined;
  try {
    data = snapshot(input);
    checkDataset(reporter, data, { now: options.now ?? new Date() }, options.rules);
  } catch (error) {
    // Unreachable by design; kept so that a bug here can never become an exception for callers.
    reporter.report('unreadable-value', '', `validation stopped early: ${error instanceof Error ? error.message : 'unexpected error'}`);
  }
  const problems = reporter.finish();
  return { result: { valid: !problems.some((p) => p.severity === 'error'), problems }, data };
}

/**
 * Checks that `input` is a valid TwinningDataset and returns every problem found: structure,
 * references, duplicate ids, coordinates, dates and their order, categories and markup in text.
 * Never throws.
 *
 * @example
 * const { valid, problems } = validate(JSON.parse(text));
 * for (const p of problems) console.log(`${p.severity} ${p.code} ${p.pointer}: ${p.message}`);
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateSnapshot(input, options).result;
}

function checkDataset(reporter: Reporter, data: Plain, clock: Clock, override: DatasetRules | undefined): void {
  const f = openRecord(reporter, data, '', 'dataset');
  if (!f) return;
  f.unknownFields(RECORD_FIELDS.dataset);
  const version = f.value('schemaVersion', true);
  if (version !== undefined && !(SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    reporter.report(
      'unknown-schema-version',
      '/schemaVersion',
      `unknown schemaVersion ${where('/schemaVersion')}: ${quote(version)}; expected one of ${SCHEMA_VERSIONS.map((v) => `"${v}"`).join(', ')}`,
    );
  }
  f.text('title', false);
  f.text('description', false);
  f.string('version', false, true);
  f.date('updated', false);
  f.string('license', false, true);
  const declared = checkRules(reporter, f.value('rules', false));
  const rules = override ?? declared;

  const list = <T>(key: string, required: boolean, check: (r: Reporter, v: Plain, at: string) => T | null): (T | null)[] =>
    (f.array(key, required) ?? []).map((item) => check(reporter, item.value, item.at));

  const sources = list('sources', true, checkSource);
  if (rules.citations === true) for (const source of sources) if (source) checkCitation(reporter, source);
  const places = list('places', true, checkPlace);
  const twinnings = list('twinnings', true, checkTwinning);
  const activities = list('activities', false, checkActivity);
  const categories = list('categories', false, checkCategory);
  const regions = list('regions', false, checkRegion);
  const annotations = list('annotations', false, checkAnnotation);

  const sourceIds = collectIds(reporter, sources, 'sources');
  const placeIds = collectIds(reporter, places, 'places');
  const declaredCategories = collectIds(reporter, categories, 'categories');
  collectIds(reporter, regions, 'regions');
  checkReferences(reporter, { sourceIds, placeIds, twinnings, activities, declaredCategories }, { ...clock, activeSince: rules.activeSince });
  collectIds(reporter, annotations, 'annotations');
  checkAnnotationReferences(reporter, annotations, {
    twinningIds: idsOf(twinnings), placeIds, activityIds: idsOf(activities), categoryIds: categoryIds(declaredCategories), sourceIds,
  });
}

/**
 * Checks annotations given apart from a dataset (a page's `annotations` property or inline
 * script) against that dataset: structure, targets and sources. Pointers start at `at`
 * (default "/annotations"). Never throws.
 */
export function validateAnnotations(input: unknown, dataset: TwinningDataset, at = '/annotations'): ValidationResult {
  const reporter = new Reporter(MAX_PROBLEMS);
  try {
    const data = snapshot(input);
    if (!Array.isArray(data)) {
      reporter.report('wrong-type', at, `wrong type ${where(at)}: expected an array of annotations`);
    } else {
      const annotations = (data as readonly Plain[]).map((item, i) => checkAnnotation(reporter, item, `${at}/${i}`));
      collectIds(reporter, annotations, 'annotations');
      const ids = (list: readonly { id: string }[] | undefined) => new Set((list ?? []).map((r) => r.id));
      checkAnnotationReferences(reporter, annotations, {
        twinningIds: ids(dataset.twinnings), placeIds: ids(dataset.places), activityIds: ids(dataset.activities),
        categoryIds: categoryIds(ids(dataset.categories)), sourceIds: ids(dataset.sources),
      });
    }
  } catch (error) {
    reporter.report('unreadable-value', at, `validation stopped early: ${error instanceof Error ? error.message : 'unexpected error'}`);
  }
  const problems = reporter.finish();
  return { valid: !problems.some((p) => p.severity === 'error'), problems };
}

/** Checks the dataset's `rules` object; returns the rules that are well formed. */
function checkRules(reporter: Reporter, value: Plain): DatasetRules {
  if (value === undefined) return {};
  const f = openRecord(reporter, value, '/rules', 'rules');
  if (!f) return {};
  f.unknownFields(RECORD_FIELDS.rules);
  const activeSince = f.date('activeSince', false);
  const citations = f.boolean('citations');
  return { ...(activeSince === undefined ? {} : { activeSince }), ...(citations === undefined ? {} : { citations }) };
}
