/**
 * Rows of the clerk's partners sheet (see `partners-sheet.ts`): the columns each role reads, and
 * how a home/partner place, an agreement and an activity are read out of a row, every problem
 * placed at its cell.
 */
import type { Problem } from '../types.ts';
import { validate } from '../validate.ts';
import { decimal, put, required, text, type BuildContext, type Draft } from './cells.ts';
import type { SheetRow, SheetSpec } from './csv-sheet.ts';
import { placeIdFor } from './ids.ts';
import type { LocationMap } from './locations.ts';

const PLACE = ['id', 'name', 'name_fr', 'name_ja', 'local_name', 'local_lang', 'country', 'region', 'kind', 'lat', 'lon', 'url'];
const AGREEMENT = ['agreement_id', 'type', 'signed', 'ended', 'status', 'sources', 'note', 'note_fr', 'note_ja', 'contact_url', 'contact_email', 'contact_label', 'contact_label_fr', 'contact_label_ja'];
const ACTIVITY = ['date', 'categories', 'title', 'title_fr', 'title_ja', 'sources'];

/** The roles a row can have, and the columns each reads. */
export const PARTNER_ROLES = { home: ['role', ...PLACE], partner: ['role', ...PLACE, ...AGREEMENT], activity: ['role', ...ACTIVITY] } as const;
export type PartnerRole = keyof typeof PARTNER_ROLES;

/** Columns of the clerk's sheet (names are matched case-insensitively, in any order). */
export const PARTNERS_SHEET: SheetSpec = {
  required: ['role', 'name', 'country', 'lat', 'lon', 'type', 'status'],
  optional: [...new Set([...PLACE, ...AGREEMENT, ...ACTIVITY])].filter((c) => !['name', 'country', 'lat', 'lon', 'type', 'status'].includes(c)),
};

/** Cites a row's sources at a pointer, falling back to `inherited` or the sheet itself. */
export type Cite = (pointer: string, inherited?: unknown) => string[];

/** The agreement of a partner row at `pointer`; its id is `agreement_id` or `<home>--<partner>`, made unique against `taken`. */
export function agreementDraft(row: SheetRow, pointer: string, parties: readonly (string | undefined)[], taken: ReadonlySet<unknown>, cite: Cite, ctx: BuildContext): Draft {
  const draft: Draft = {};
  ctx.locations.set(pointer, row.at('role'));
  const [home, partner] = parties;
  const baseId = row.get('agreement_id') || (home && partner ? `${home}--${partner}` : undefined);
  let id = baseId;
  for (let n = 2; id !== undefined && taken.has(id); n++) id = `${baseId}-${n}`;
  put(draft, 'id', id, row, row.get('agreement_id') !== '' ? 'agreement_id' : 'name', pointer, ctx);
  draft['places'] = parties.filter((p) => p !== undefined);
  ctx.locations.set(`${pointer}/places`, row.at('name'));
  for (const field of ['type', 'status'] as const) put(draft, field, required(row, field, `${pointer}/${field}`, ctx), row, field, pointer, ctx);
  put(draft, 'signed', row.get('signed') || undefined, row, 'signed', pointer, ctx);
  put(draft, 'ended', row.get('ended') || undefined, row, 'ended', pointer, ctx);
  put(draft, 'sources', cite(`${pointer}/sources`), row, 'sources', pointer, ctx);
  put(draft, 'note', text(row, 'note'), row, 'note', pointer, ctx);
  const contact: Draft = { url: row.get('contact_url') || undefined, email: row.get('contact_email') || undefined, label: text(row, 'contact_label') };
  for (const key of Object.keys(contact)) if (contact[key] === undefined) delete contact[key];
  for (const [key, column] of [['url', 'contact_url'], ['email', 'contact_email'], ['label', 'contact_label']] as const) ctx.locations.set(`${pointer}/contact/${key}`, row.at(column));
  put(draft, 'contact', Object.keys(contact).length > 0 ? contact : undefined, row, 'contact_url', pointer, ctx);
  return draft;
}

/** The activity of an activity row, tied to the agreement of the partner row above it (its n-th: id `<agreement>-0n`). */
export function activityDraft(row: SheetRow, pointer: string, partnerOf: { draft: Draft; activities: number }, cite: Cite, ctx: BuildContext): Draft {
  const twinning = partnerOf.draft['id'] as string | undefined;
  const draft: Draft = {};
  ctx.locations.set(pointer, row.at('role'));
  if (twinning !== undefined) Object.assign(draft, { id: `${twinning}-${String(++partnerOf.activities).padStart(2, '0')}`, twinning });
  put(draft, 'date', required(row, 'date', `${pointer}/date`, ctx), row, 'date', pointer, ctx);
  const categories = row.get('categories').split(';').map((c) => c.trim()).filter((c) => c !== '');
  if (categories.length === 0) required(row, 'categories', `${pointer}/categories`, ctx);
  put(draft, 'categories', categories, row, 'categories', pointer, ctx);
  if (required(row, 'title', `${pointer}/title`, ctx) !== undefined) put(draft, 'title', text(row, 'title'), row, 'title', pointer, ctx);
  put(draft, 'sources', cite(`${pointer}/sources`, partnerOf.draft['sources']), row, 'sources', pointer, ctx);
  return draft;
}

/** The place id a home or partner row will get: its `id` cell, else the derived one. */
export function rowPlaceId(row: SheetRow): string | null {
  return row.get('id') || (row.get('name') && row.get('country') ? placeIdFor(row.get('country'), row.get('region'), row.get('name')) : null);
}

/** Reads the place columns of a home or partner row into a place draft at `pointer`. */
export function readPlace(row: SheetRow, pointer: string, ctx: BuildContext): { id: string | undefined; draft: Draft } {
  const name = required(row, 'name', `${pointer}/name`, ctx);
  const country = required(row, 'country', `${pointer}/country`, ctx);
  const lat = decimal(row, 'lat', `${pointer}/lat`, ctx, true);
  const lon = decimal(row, 'lon', `${pointer}/lon`, ctx, true);
  const id = name && country ? (rowPlaceId(row) ?? undefined) : row.get('id') || undefined;
  if (id === undefined && name !== undefined && country !== undefined) {
    ctx.problems.error('invalid-id', `no place id can be made from ${row.label('name')} "${name}"; give one in the id column`, row.at('name'), pointer);
  }
  const names: { [lang: string]: string } = { ...text(row, 'name') };
  const local = row.get('local_name');
  const lang = row.get('local_lang');
  if (local !== '' && !/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    ctx.problems.error('invalid-value', `${row.label('local_lang')} "${lang}" is not a language tag; say which language ${row.label('local_name')} is in, e.g. zh, uk, ko`, row.at(lang === '' ? 'local_name' : 'local_lang'), `${pointer}/name`);
  } else if (local !== '' && names[lang] !== undefined && names[lang] !== local) {
    ctx.problems.error('invalid-value', `${row.label('local_name')} "${local}" and the name_${lang} column disagree; keep one`, row.at('local_name'), `${pointer}/name`);
  } else if (local !== '') {
    names[lang] = local;
  }
  const draft: Draft = {};
  ctx.locations.set(pointer, row.at('name'));
  put(draft, 'id', id, row, row.get('id') !== '' ? 'id' : 'name', pointer, ctx);
  put(draft, 'name', Object.keys(names).length > 0 ? names : undefined, row, 'name', pointer, ctx);
  put(draft, 'country', country, row, 'country', pointer, ctx);
  put(draft, 'region', row.get('region') || undefined, row, 'region', pointer, ctx);
  put(draft, 'kind', row.get('kind') || 'municipality', row, 'kind', pointer, ctx);
  put(draft, 'lat', lat, row, 'lat', pointer, ctx);
  put(draft, 'lon', lon, row, 'lon', pointer, ctx);
  put(draft, 'url', row.get('url') || undefined, row, 'url', pointer, ctx);
  return { id, draft };
}

/** A filled cell the row's role does not read is an error: it would otherwise be lost. */
export function unreadCells(row: SheetRow, role: PartnerRole, has: (column: string) => boolean, ctx: BuildContext): void {
  const reads = new Set<string>(PARTNER_ROLES[role]);
  for (const column of [...PARTNERS_SHEET.required, ...PARTNERS_SHEET.optional]) {
    if (reads.has(column) || !has(column) || row.get(column) === '') continue;
    const where = Object.entries(PARTNER_ROLES).filter(([, cols]) => (cols as readonly string[]).includes(column)).map(([r]) => r).join(' or ');
    ctx.problems.error('extra-cells', `${row.label(column)} "${row.get(column)}" is not read on a ${role} row; it belongs on a ${where} row`, row.at(column));
  }
}

/** The import's own problems and the validator's (placed at cells, minus those the import already reported), in sheet order. */
export function withValidation(own: readonly Problem[], locations: LocationMap, draft: Draft): Problem[] {
  const reported = own.filter((p) => p.pointer !== '').map((p) => p.pointer);
  const covered = (pointer: string) => reported.some((p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`));
  const placed = validate(draft).problems
    .filter((p) => !covered(p.pointer))
    .map((p): Problem => {
      const at = locations.locate(p.pointer);
      return at ? { ...p, file: at.file, line: at.line, column: at.column } : p;
    });
  return [...own, ...placed]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

