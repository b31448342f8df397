/**
 * Spreadsheet import: the twinnings sheet, an optional activities sheet and optional meta become
 * one TwinningDataset, or the list of everything wrong with them, each problem placed at
 * file:line:column. Pure and browser-safe; CSV is read with d3-dsv.
 *
 * Rules:
 * - Headers are matched case-insensitively and in any order; a column the import does not know is
 *   a warning; cells under no header are errors. Values are trimmed.
 * - No row is dropped without a word: a blank row is a warning, a bad row is an error per bad cell,
 *   and any error makes the dataset null.
 * - Places: id from `a_id`, else `${country}-${region without country}-${slug(name)}`. Rows that
 *   describe one place differently give a warning naming both lines; the first row wins.
 * - Sources: meta.sources first, in meta's order; then each new URL of the sheets, by first
 *   appearance, as a derived source (see `sourceIdFor`, `sourceTitleFor`).
 * - Activity ids default to `${twinning}-${nn}`, nn counting that twinning's rows from 01.
 * - The result is then validated; validator problems are placed at the cell the value came from,
 *   except those about a value the import already reported.
 */
import type { Problem, TwinningDataset } from './types.ts';
import { validate } from './validate.ts';
import { buildActivities, ACTIVITIES_SHEET } from './import/activities-sheet.ts';
import { buildAnnotations, ANNOTATIONS_SHEET } from './import/annotations-sheet.ts';
import type { BuildContext, Draft } from './import/cells.ts';
import { readSheet } from './import/csv-sheet.ts';
import { ImportProblems, LocationMap } from './import/locations.ts';
import { readMeta } from './import/meta.ts';
import { SourceRegistry } from './import/sources.ts';
import { buildTwinnings, TWINNINGS_SHEET } from './import/twinnings-sheet.ts';

export { exportSpreadsheets, type SpreadsheetExport, type SpreadsheetMeta } from './import/export-csv.ts';
export { placeIdFor, slug, sourceIdFor, sourceTitleFor, fnv1a } from './import/ids.ts';
export { ACTIVITIES_SHEET, defaultActivityId } from './import/activities-sheet.ts';
export { ANNOTATIONS_SHEET, ANNOTATION_COLUMNS } from './import/annotations-sheet.ts';
export { TWINNINGS_SHEET, PARTY_PREFIXES } from './import/twinnings-sheet.ts';
export type { SheetSpec } from './import/csv-sheet.ts';
export { csvHeader, isPartnersSheet } from './import/sheet-header.ts';
export { importPartnersSheet, PARTNER_ROLES, PARTNERS_SHEET, type PartnerRole, type PartnersSheetResult } from './import/partners-sheet.ts';

/** The text of one CSV sheet and the name to report it under. */
export interface SheetInput {
  readonly text: string;
  /** Used in problems; defaults to "twinnings.csv" / "activities.csv". */
  readonly file?: string;
}

/** What `importSpreadsheets` reads. */
export interface SpreadsheetInput {
  readonly twinnings: SheetInput;
  readonly activities?: SheetInput;
  /** Editors' notes (see docs/templates/annotations.csv); "annotations.csv" by default. */
  readonly annotations?: SheetInput;
  /**
   * Dataset-level fields (schemaVersion, title, description, version, updated, license, categories,
   * regions) and `sources`, full Source objects that sheet cells may cite by id or by URL.
   */
  readonly meta?: unknown;
}

/** The outcome of `importSpreadsheets`. */
export interface ImportResult {
  /** The dataset, or null when any problem is an error. */
  readonly dataset: TwinningDataset | null;
  /**
   * Errors and warnings. A problem about a sheet has `file`, a 1-based `line` and a 1-based
   * character `column` (UTF-16 code units, the cell's first character, so editors can jump to it);
   * its message names the header and the spreadsheet column letter. `pointer` is where the value
   * goes in the dataset. Problems about meta have a pointer but no file or line.
   */
  readonly problems: Problem[];
}

/** Imports CSV sheets into a dataset; never throws. */
export function importSpreadsheets(input: SpreadsheetInput): ImportResult {
  const problems = new ImportProblems();
  const locations = new LocationMap();
  const ctx: BuildContext = { problems, locations };
  const meta = readMeta(input.meta, problems);
  const sources = new SourceRegistry(meta.sources, locations);

  const twinningSheet = readSheet(input.twinnings.text, input.twinnings.file ?? 'twinnings.csv', TWINNINGS_SHEET, problems);
  const { places, twinnings } = buildTwinnings(twinningSheet.rows, sources, ctx);
  let activities: Draft[] | undefined;
  if (input.activities) {
    const sheet = readSheet(input.activities.text, input.activities.file ?? 'activities.csv', ACTIVITIES_SHEET, problems);
    activities = buildActivities(sheet.rows, sources, ctx);
  }
  let annotations: Draft[] | undefined;
  if (input.annotations) {
    const sheet = readSheet(input.annotations.text, input.annotations.file ?? 'annotations.csv', ANNOTATIONS_SHEET, problems);
    annotations = buildAnnotations(sheet.rows, sources, ctx);
  }

  const { schemaVersion, title, description, version, updated, license, categories, regions, rules } = meta.fields;
  const draft: Draft = { schemaVersion: schemaVersion ?? '1.0', title, description, version, updated, license, sources: sources.list(), places, twinnings, activities, categories, regions, rules, annotations };
  for (const key of Object.keys(draft)) if (draft[key] === undefined) delete draft[key];

  const own = problems.list.filter((p) => p.severity === 'error' && p.pointer !== '').map((p) => p.pointer);
  const covered = (pointer: string): boolean =>
    pointer !== '' && own.some((p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`));
  const checked = validate(draft).problems.filter((p) => !covered(p.pointer));
  const placed = checked.map((p): Problem => {
    const at = locations.locate(p.pointer);
    return at ? { ...p, file: at.file, line: at.line, column: at.column } : p;
  });
  const files = [input.twinnings.file ?? 'twinnings.csv', input.activities?.file ?? 'activities.csv', input.annotations?.file ?? 'annotations.csv'];
  const rank = (p: Problem): number[] => (p.file === undefined ? [-1, 0, 0] : [files.indexOf(p.file), p.line ?? 0, p.column ?? 0]);
  const all = [...problems.list, ...placed]
    .map((p, i) => ({ p, key: [...rank(p), i] }))
    .sort((x, y) => compareKeys(x.key, y.key))
    .map(({ p }) => p);
  const failed = all.some((p) => p.severity === 'error');
  return { dataset: failed ? null : (draft as unknown as TwinningDataset), problems: all };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}
