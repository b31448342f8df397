/** Loads a dataset from a .json file, a lone twinnings sheet (.csv) or a partners sheet (a `role` column), with located problems. */
import { importPartnersSheet, importSpreadsheets, isPartnersSheet, parseJson, type Problem, type TwinningDataset } from '@twinning/schema';
import { locatePointer } from './json-locate.ts';
import { readTextFile } from './read-file.ts';

/** A loaded file: the dataset when it has no errors, and every problem, each with its file. */
export interface Loaded {
  readonly dataset: TwinningDataset | null;
  readonly problems: readonly Problem[];
}

/** A one-problem failure for a file that could not be read. */
export function unreadable(file: string, code: string, message: string): Loaded {
  return { dataset: null, problems: [{ severity: 'error', code, pointer: '', message: `the file ${message}`, file }] };
}

/** True when the path names a CSV sheet. */
export function isCsv(file: string): boolean {
  return /\.csv$/i.test(file);
}

/** Reads and checks `file`. Problems in JSON get the line and column of their pointer. */
export function loadDataset(file: string): Loaded {
  const read = readTextFile(file);
  if (!read.ok) return unreadable(file, read.code, read.message);
  if (isPartnersSheet(read.text)) return importPartnersSheet(read.text, file);
  if (isCsv(file)) return importSpreadsheets({ twinnings: { text: read.text, file } });
  const result = parseJson(read.text, file);
  const problems = result.problems.map((p) => (p.line === undefined ? { ...p, ...locatePointer(read.text, p.pointer) } : p));
  return { dataset: result.ok ? result.data : null, problems };
}

/** Reads a JSON file that is not a dataset (meta): its value, or the problems. */
export function loadJsonValue(file: string): { ok: true; value: unknown; text: string } | { ok: false; problems: readonly Problem[] } {
  const read = readTextFile(file);
  if (!read.ok) return { ok: false, problems: unreadable(file, read.code, read.message).problems };
  try {
    return { ok: true, value: JSON.parse(read.text), text: read.text };
  } catch {
    // parseJson reports the syntax error with its line and column; the dataset checks are not wanted here.
    const syntax = parseJson(read.text, file).problems.filter((p) => p.code === 'invalid-json');
    return { ok: false, problems: syntax.length > 0 ? syntax : [{ severity: 'error', code: 'invalid-json', pointer: '', message: 'invalid JSON', file }] };
  }
}
