/**
 * The annotations sheet: one row per editor's note. A row names one target (`twinning`, `place`,
 * `activity`, `category`, or `year` with an optional `until`) and the note in `text` /
 * `text_fr` / `text_ja`; `sources` cites ids or URLs like the other sheets.
 */
import type { SheetRow, SheetSpec } from './csv-sheet.ts';
import { put, required, text, type BuildContext, type Draft } from './cells.ts';
import type { SourceRegistry } from './sources.ts';

/** Columns of the annotations sheet. */
export const ANNOTATIONS_SHEET: SheetSpec = {
  required: ['id', 'text'],
  optional: ['twinning', 'place', 'activity', 'category', 'year', 'until', 'text_fr', 'text_ja', 'sources'],
};

/** Column order of the sheet as written by the export and the template. */
export const ANNOTATION_COLUMNS = ['id', 'twinning', 'place', 'activity', 'category', 'year', 'until', 'text', 'text_fr', 'text_ja', 'sources'] as const;

const WHOLE = /^[+-]?\d+$/;

/** A whole year from the cell, or undefined (a `wrong-type` error when the cell is not one). */
function year(row: SheetRow, column: string, pointer: string, ctx: BuildContext): number | undefined {
  const value = row.get(column);
  if (value === '') return undefined;
  if (!WHOLE.test(value)) {
    ctx.problems.error('wrong-type', `${row.label(column)} "${value}" is not a year; write four digits, e.g. 1985`, row.at(column), pointer);
    return undefined;
  }
  return Number(value);
}

/** Builds the annotations, in sheet order. */
export function buildAnnotations(rows: readonly SheetRow[], sources: SourceRegistry, ctx: BuildContext): Draft[] {
  return rows.map((row, i) => {
    const pointer = `/annotations/${i}`;
    const draft: Draft = {};
    ctx.locations.set(pointer, row.at('id'));
    put(draft, 'id', required(row, 'id', `${pointer}/id`, ctx), row, 'id', pointer, ctx);
    for (const column of ['twinning', 'place', 'activity', 'category'] as const) put(draft, column, row.get(column) || undefined, row, column, pointer, ctx);
    put(draft, 'year', year(row, 'year', `${pointer}/year`, ctx), row, 'year', pointer, ctx);
    put(draft, 'until', year(row, 'until', `${pointer}/until`, ctx), row, 'until', pointer, ctx);
    if (required(row, 'text', `${pointer}/text`, ctx) !== undefined) put(draft, 'text', text(row, 'text'), row, 'text', pointer, ctx);
    if (row.get('sources') !== '') {
      put(draft, 'sources', sources.resolve(row.get('sources'), row.label('sources'), row.at('sources'), `${pointer}/sources`, ctx.problems), row, 'sources', pointer, ctx);
    }
    return draft;
  });
}
