/**
 * "Use your own data": reads the files a visitor drops or picks — one JSON dataset, a clerk's
 * partners sheet, or the twinnings CSV sheet with an optional activities sheet and an optional
 * annotations sheet — and validates them in the browser.
 * Which CSV is which is told by its header row, not its name. Pure: no DOM.
 */
import { ACTIVITIES_SHEET, ANNOTATIONS_SHEET, csvHeader, importPartnersSheet, importSpreadsheets, parse, parseJson, TWINNINGS_SHEET, type Problem, type TwinningDataset } from '@twinning/schema';

/** A file as read from the picker or a drop. */
export interface OwnFile {
  readonly name: string;
  readonly text: string;
}

/** A valid dataset (maybe with warnings), or every problem that stops it. */
export type OwnDataResult =
  | { readonly ok: true; readonly data: TwinningDataset; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const problem = (code: string, message: string, file?: string): Problem =>
  ({ severity: 'error', code, pointer: '', message, ...(file ? { file, line: 1, column: 1 } : {}) });

/** `partners`, `twinnings`, `activities` or `annotations` from the header row, or null when it is none of them. */
export function sheetKind(text: string): 'partners' | 'twinnings' | 'activities' | 'annotations' | null {
  const header = new Set(csvHeader(text));
  if (header.has('role')) return 'partners';
  if (header.has('a_name') && header.has('b_name')) return 'twinnings';
  if (header.has('twinning') && header.has('date')) return 'activities';
  if (header.has('id') && header.has('text')) return 'annotations';
  return null;
}

const isJson = (file: OwnFile) => /\.json$/i.test(file.name) || /^\uFEFF?\s*[[{]/.test(file.text);

/** Reads and validates `files`; never throws. */
export function readOwnData(files: readonly OwnFile[]): OwnDataResult {
  if (files.length === 0) return { ok: false, problems: [problem('no-file', 'No file was given: choose a JSON file or one to three CSV sheets.')] };
  const json = files.filter(isJson);
  if (json.length > 0) {
    if (files.length > 1) {
      return { ok: false, problems: [problem('too-many-files', `Give one JSON file on its own, or CSV sheets without JSON (got ${files.map((f) => f.name).join(', ')}).`)] };
    }
    return parseJson(json[0]!.text, json[0]!.name);
  }
  const partners = files.find((file) => sheetKind(file.text) === 'partners');
  if (partners) {
    // The clerk's sheet holds everything (home, partners, activities) in one file.
    if (files.length > 1) return { ok: false, problems: [problem('too-many-files', `A partners sheet stands on its own: give ${partners.name} without other files (got ${files.map((f) => f.name).join(', ')}).`)] };
    const imported = importPartnersSheet(partners.text, partners.name);
    return imported.dataset ? { ok: true, data: imported.dataset, problems: imported.problems } : { ok: false, problems: imported.problems };
  }
  if (files.length > 3) return { ok: false, problems: [problem('too-many-files', `At most three CSV sheets: twinnings, activities and annotations (got ${files.length} files).`)] };
  const kinds = files.map((file) => ({ file, kind: sheetKind(file.text) }));
  const unknown = kinds.filter((k) => k.kind === null).map(({ file }) => problem('unknown-sheet',
    `${file.name}: the header row is neither a twinnings sheet (needs ${TWINNINGS_SHEET.required.slice(0, 4).join(', ')}, …) nor an activities sheet (needs ${ACTIVITIES_SHEET.required.join(', ')}) nor an annotations sheet (needs ${ANNOTATIONS_SHEET.required.join(', ')}) nor a partners sheet (needs a role column).`, file.name));
  if (unknown.length) return { ok: false, problems: unknown };
  const twinnings = kinds.filter((k) => k.kind === 'twinnings');
  const activities = kinds.filter((k) => k.kind === 'activities');
  if (twinnings.length !== 1) {
    const message = twinnings.length === 0 ? 'The twinnings sheet is missing: an activities sheet needs the agreements it belongs to.' : 'Two twinnings sheets were given; give one, and optionally an activities sheet.';
    return { ok: false, problems: [problem('missing-sheet', message)] };
  }
  if (activities.length > 1) return { ok: false, problems: [problem('too-many-files', 'Two activities sheets were given; give one.')] };
  const annotations = kinds.filter((k) => k.kind === 'annotations');
  if (annotations.length > 1) return { ok: false, problems: [problem('too-many-files', 'Two annotations sheets were given; give one.')] };
  const imported = importSpreadsheets({
    twinnings: { text: twinnings[0]!.file.text, file: twinnings[0]!.file.name },
    ...(activities[0] ? { activities: { text: activities[0].file.text, file: activities[0].file.name } } : {}),
    ...(annotations[0] ? { annotations: { text: annotations[0].file.text, file: annotations[0].file.name } } : {}),
  });
  if (!imported.dataset) return { ok: false, problems: imported.problems };
  const checked = parse(imported.dataset);
  return checked.ok ? { ok: true, data: checked.data, problems: imported.problems } : { ok: false, problems: [...imported.problems, ...checked.problems] };
}

/** Where a problem is: file:line:column, else the file and JSON pointer, else the pointer. */
export function problemLocation(p: Problem): string {
  if (p.file && p.line) return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;
  if (p.file) return p.pointer ? `${p.file} ${p.pointer}` : p.file;
  return p.pointer || '/';
}
