/**
 * Reads one CSV sheet with a header row into rows whose cells know their file:line:column.
 * Values come from d3-dsv; positions and quoting errors from `scanCsv`.
 */
import { csvParseRows } from 'd3-dsv';
import { scanCsv, type TextPosition } from './csv-positions.ts';
import type { CellLocation, ImportProblems } from './locations.ts';

/** The columns a sheet needs and the ones it may have. Names are lower case. */
export interface SheetSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/** One data row. Values are trimmed; a missing or empty cell reads as "". */
export interface SheetRow {
  /** The line the row starts on (a quoted cell may span lines). */
  readonly line: number;
  /** The trimmed value of `column`, or "". */
  get(column: string): string;
  /** Where the cell of `column` starts; a cell the row lacks is placed at the end of the row. */
  at(column: string): CellLocation;
  /** `a_lat (column F)`: how messages name a cell. */
  label(column: string): string;
}

/** A read sheet: its data rows (blank rows excluded, and reported) and its header columns. */
export interface Sheet {
  readonly file: string;
  readonly rows: readonly SheetRow[];
  /** True when the header has `column`. */
  has(column: string): boolean;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * Reads `text` as a sheet. Columns in problems are character columns (1-based, UTF-16 code
 * units) of the cell's first character in its line; messages also name the header and the
 * spreadsheet column letter. A leading byte-order mark is ignored.
 */
export function readSheet(text: string, file: string, spec: SheetSpec, problems: ImportProblems): Sheet {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start: CellLocation = { file, line: 1, column: 1 };
  if (body.trim() === '') {
    problems.error('empty-input', 'the sheet is empty: it needs a header row and one row per record', start);
    return { file, rows: [], has: () => false };
  }
  const values = csvParseRows(body);
  const { records, issues } = scanCsv(body);
  for (const issue of issues) problems.error('csv-syntax', issue.message, { file, line: issue.line, column: issue.column });
  const place = (p: TextPosition | undefined, fallbackLine: number): CellLocation =>
    p ? { file, line: p.line, column: p.column } : { file, line: fallbackLine, column: 1 };

  const header = (values[0] ?? []).map((name) => name.trim().toLowerCase());
  const headerCells = records[0]?.cells ?? [];
  const index = new Map<string, number>();
  const known = new Set([...spec.required, ...spec.optional]);
  const unknown: string[] = [];
  header.forEach((name, i) => {
    const at = place(headerCells[i], 1);
    if (name === '') return;
    if (index.has(name)) {
      problems.error('duplicate-column', `column "${name}" appears twice (columns ${columnLetter(index.get(name)!)} and ${columnLetter(i)}); keep one`, at);
      return;
    }
    index.set(name, i);
    if (!known.has(name)) {
      unknown.push(name);
      problems.warn('unknown-field', `column "${name}" is not read by the import; the sheet's columns are ${describe(spec)}`, at);
    }
  });
  const missing = spec.required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    problems.error('missing-field', `the header lacks column${missing.length > 1 ? 's' : ''} ${list}; the sheet needs ${spec.required.join(', ')}`, start);
  }
  // Cells under no header, or under a repeated or unknown one, would otherwise be lost without a word.
  const readable = new Set([...index.values()].filter((i) => known.has(header[i]!)));
  const unknownIndexes = new Set(unknown.map((name) => index.get(name)!));

  const rows: SheetRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r]!;
    const positions = records[r];
    const line = positions?.cells[0]?.line ?? r + 1;
    const locate = (i: number): CellLocation => place(positions?.cells[i] ?? positions?.end, line);
    if (cells.every((c) => c.trim() === '')) {
      problems.warn('blank-row', 'blank row: it was skipped', locate(0));
      continue;
    }
    cells.forEach((cell, i) => {
      if (cell.trim() === '' || readable.has(i) || unknownIndexes.has(i)) return;
      const why = i >= header.length ? 'beyond the last column of the header' : `under ${header[i] === '' ? 'an empty header' : `a repeated header "${header[i]}"`}`;
      problems.error('extra-cells', `cell ${columnLetter(i)} "${cell.trim()}" is ${why}, so it cannot be read; name its column or remove it`, locate(i));
    });
    rows.push({
      line,
      get: (column) => {
        const i = index.get(column);
        return i === undefined ? '' : (cells[i] ?? '').trim();
      },
      at: (column) => {
        const i = index.get(column);
        return i === undefined ? place(positions?.cells[0], line) : locate(i);
      },
      label: (column) => {
        const i = index.get(column);
        return i === undefined ? column : `${column} (column ${columnLetter(i)})`;
      },
    });
  }
  return { file, rows, has: (column) => index.has(column) };
}

/** The columns of a spec for a message, party groups beyond b_ summarised. */
function describe(spec: SheetSpec): string {
  const all = [...spec.required, ...spec.optional];
  const shown = all.filter((c) => !/^[c-f]_/.test(c));
  return shown.join(', ') + (shown.length < all.length ? ', and c_… to f_… for further parties' : '');
}
