/** Reading typed values out of sheet cells, reporting what cannot be read. */
import type { SheetRow } from './csv-sheet.ts';
import type { ImportProblems, LocationMap } from './locations.ts';

/** What a row builder needs: where problems go and where pointers are recorded. */
export interface BuildContext {
  readonly problems: ImportProblems;
  readonly locations: LocationMap;
}

/** A plain object under construction; the validator checks it before it is typed. */
export type Draft = { [field: string]: unknown };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The trimmed cell, or undefined (with an `empty-value` error) when it is empty. */
export function required(row: SheetRow, column: string, pointer: string, ctx: BuildContext): string | undefined {
  const value = row.get(column);
  if (value === '') {
    ctx.problems.error('empty-value', `${row.label(column)} is empty; it is required`, row.at(column), pointer);
    return undefined;
  }
  return value;
}

/** A decimal number from the cell, or undefined (with a `wrong-type` error when the cell is not one). */
export function decimal(row: SheetRow, column: string, pointer: string, ctx: BuildContext, isRequired: boolean): number | undefined {
  const value = isRequired ? required(row, column, pointer, ctx) : row.get(column) || undefined;
  if (value === undefined) return undefined;
  if (!DECIMAL.test(value)) {
    ctx.problems.error('wrong-type', `${row.label(column)} "${value}" is not a number; write a decimal with a point, e.g. 49.25`, row.at(column), pointer);
    return undefined;
  }
  return Number(value);
}

/** A yes/no cell: "true" (or "yes", "1") is true, "false" ("no", "0") false, empty absent. */
export function flag(row: SheetRow, column: string, pointer: string, ctx: BuildContext): boolean | undefined {
  const value = row.get(column).toLowerCase();
  if (value === '') return undefined;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  ctx.problems.error('wrong-type', `${row.label(column)} "${row.get(column)}" is not true or false; write true, or leave the cell empty`, row.at(column), pointer);
  return undefined;
}

/**
 * Text from a column and its `_fr` / `_ja` siblings: `{en, fr?, ja?}`, empty ones left out;
 * undefined when all are empty.
 */
export function text(row: SheetRow, column: string): { [lang: string]: string } | undefined {
  const out: { [lang: string]: string } = {};
  for (const [lang, name] of [['en', column], ['fr', `${column}_fr`], ['ja', `${column}_ja`]] as const) {
    const value = row.get(name);
    if (value !== '') out[lang] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Sets `draft[field]` when the value is defined, recording the cell it came from. */
export function put(draft: Draft, field: string, value: unknown, row: SheetRow, column: string, pointer: string, ctx: BuildContext): void {
  ctx.locations.set(`${pointer}/${field}`, row.at(column));
  if (value !== undefined) draft[field] = value;
}
