/** The activities sheet: one row per activity, tied to a twinning by its id. */
import type { SheetRow, SheetSpec } from './csv-sheet.ts';
import { decimal, flag, put, required, text, type BuildContext, type Draft } from './cells.ts';
import type { SourceRegistry } from './sources.ts';

/** Columns of the activities sheet. */
export const ACTIVITIES_SHEET: SheetSpec = {
  required: ['twinning', 'date', 'categories', 'title', 'sources'],
  optional: ['id', 'end_date', 'title_fr', 'title_ja', 'description', 'description_fr', 'description_ja', 'participants', 'prelude', 'original'],
};

/** The default id of the n-th (1-based) activity of a twinning in sheet order: "jp-ca-001-03". */
export function defaultActivityId(twinning: string, n: number): string {
  return `${twinning}-${String(n).padStart(2, '0')}`;
}

/** Builds the activities, in sheet order. */
export function buildActivities(rows: readonly SheetRow[], sources: SourceRegistry, ctx: BuildContext): Draft[] {
  const counts = new Map<string, number>();
  return rows.map((row, i) => {
    const pointer = `/activities/${i}`;
    const draft: Draft = {};
    ctx.locations.set(pointer, row.at(row.get('id') !== '' ? 'id' : 'twinning'));
    const twinning = required(row, 'twinning', `${pointer}/twinning`, ctx);
    const n = twinning === undefined ? 0 : (counts.get(twinning) ?? 0) + 1;
    if (twinning !== undefined) counts.set(twinning, n);
    const id = row.get('id') || (twinning === undefined ? undefined : defaultActivityId(twinning, n));
    put(draft, 'id', id, row, row.get('id') !== '' ? 'id' : 'twinning', pointer, ctx);
    put(draft, 'twinning', twinning, row, 'twinning', pointer, ctx);
    put(draft, 'date', required(row, 'date', `${pointer}/date`, ctx), row, 'date', pointer, ctx);
    put(draft, 'endDate', row.get('end_date') || undefined, row, 'end_date', pointer, ctx);
    const categories = row.get('categories').split(';').map((c) => c.trim()).filter((c) => c !== '');
    if (categories.length === 0) required(row, 'categories', `${pointer}/categories`, ctx);
    put(draft, 'categories', categories.length > 0 ? categories : undefined, row, 'categories', pointer, ctx);
    if (required(row, 'title', `${pointer}/title`, ctx) !== undefined) put(draft, 'title', text(row, 'title'), row, 'title', pointer, ctx);
    put(draft, 'description', text(row, 'description'), row, 'description', pointer, ctx);
    put(draft, 'participants', decimal(row, 'participants', `${pointer}/participants`, ctx, false), row, 'participants', pointer, ctx);
    const cited = sources.resolve(row.get('sources'), row.label('sources'), row.at('sources'), `${pointer}/sources`, ctx.problems);
    put(draft, 'sources', cited, row, 'sources', pointer, ctx);
    put(draft, 'prelude', flag(row, 'prelude', `${pointer}/prelude`, ctx), row, 'prelude', pointer, ctx);
    put(draft, 'original', row.get('original') || undefined, row, 'original', pointer, ctx);
    return draft;
  });
}
