/**
 * Problems of the spreadsheet import, and the map from JSON pointers in the produced dataset back
 * to the cells they came from, so that validator problems can be reported as file:line:column.
 */
import type { Problem, Severity } from '../types.ts';

/** A cell in a sheet: file name, 1-based line, 1-based column (character column; see `readSheet`). */
export interface CellLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Pointer → cell, looked up by the longest pointer prefix that was recorded. */
export class LocationMap {
  private readonly cells = new Map<string, CellLocation>();

  /** Records where the value at `pointer` came from; the first record for a pointer wins. */
  set(pointer: string, location: CellLocation): void {
    if (!this.cells.has(pointer)) this.cells.set(pointer, location);
  }

  /** The cell of `pointer`, or of its nearest recorded ancestor; undefined when none is known. */
  locate(pointer: string): CellLocation | undefined {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const found = this.cells.get(p);
      if (found) return found;
      if (p === '') return undefined;
    }
  }
}

/** Collects import problems in the order they are found. */
export class ImportProblems {
  readonly list: Problem[] = [];

  /** Adds a problem at a cell (or with no cell, for meta), pointing into the dataset when meaningful. */
  add(severity: Severity, code: string, message: string, at: CellLocation | undefined, pointer = ''): void {
    this.list.push(at ? { severity, code, pointer, message, file: at.file, line: at.line, column: at.column } : { severity, code, pointer, message });
  }

  /** Shorthand for an error. */
  error(code: string, message: string, at: CellLocation | undefined, pointer = ''): void {
    this.add('error', code, message, at, pointer);
  }

  /** Shorthand for a warning. */
  warn(code: string, message: string, at: CellLocation | undefined, pointer = ''): void {
    this.add('warning', code, message, at, pointer);
  }

  /** True when an error has been recorded. */
  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}
