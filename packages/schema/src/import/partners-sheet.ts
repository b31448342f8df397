/**
 * The clerk's spreadsheet: one CSV a municipality keeps about its own partners, in any countries.
 * One row per line of thought, told apart by the `role` column:
 *
 * - `home`: the municipality itself (exactly one row): name, country, region, lat, lon.
 * - `partner`: one agreement with one partner place: the partner's names, country, region,
 *   coordinates, then the agreement's type, signed, ended, status, contact and sources.
 * - `activity`: something that happened within the agreement of the nearest `partner` row above
 *   it: date, categories (separated by `;`), title.
 *
 * Names: `name` (Latin script), `name_fr`, `name_ja`, and the name in the place's own script in
 * `local_name` with its language in `local_lang` (`zh`, `uk`, `ko`…). A row without `sources`
 * cites the sheet itself (a source `partners-sheet` named after the file); an activity row without
 * one cites its partner row's. Ids are derived (places as in the twinnings sheet; agreements as
 * `<home id>--<partner id>`, activities `<agreement id>-01`…) unless `id` / `agreement_id` is given.
 *
 * Every problem is placed at file:line:column; a cell a row's role does not read is an error, so
 * nothing typed into the sheet is ever lost without a word. The result is validated like any
 * dataset, and validator problems are placed at the cell the value came from.
 */
import type { Problem, TwinningDataset } from '../types.ts';
import { validate } from '../validate.ts';
import { decimal, put, required, text, type BuildContext, type Draft } from './cells.ts';
import { readSheet, type SheetRow, type SheetSpec } from './csv-sheet.ts';
import { placeIdFor } from './ids.ts';
import { ImportProblems, LocationMap } from './locations.ts';
import { SourceRegistry } from './sources.ts';

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

/** The outcome of `importPartnersSheet`. */
export interface PartnersSheetResult {
  /** The dataset, or null when any problem is an error. */
  readonly dataset: TwinningDataset | null;
  /** The home place's id (what `place="…"` takes), when the home row could be read. */
  readonly home: string | null;
  /** Errors and warnings, each with file, line and column, in sheet order. */
  readonly problems: Problem[];
}

/** Imports a clerk's partners sheet; never throws. `file` names it in problems (default "partners.csv"). */
export function importPartnersSheet(csv: string, file = 'partners.csv'): PartnersSheetResult {
  const problems = new ImportProblems();
  const locations = new LocationMap();
  const ctx: BuildContext = { problems, locations };
  const sheet = readSheet(csv, file, PARTNERS_SHEET, problems);
  const sources = new SourceRegistry([], locations);
  const places: Draft[] = [];
  const placeIds = new Map<string, number>();
  const twinnings: Draft[] = [];
  const activities: Draft[] = [];
  let home: { id: string; row: SheetRow } | null = null;
  let sheetSourceUsed = false;
  const cite = (row: SheetRow, pointer: string, inherited?: unknown): string[] => {
    const cited = sources.resolve(row.get('sources'), row.label('sources'), row.at('sources'), pointer, problems);
    if (row.get('sources') !== '') return cited;
    if (Array.isArray(inherited) && inherited.length > 0) return inherited as string[];
    sheetSourceUsed = true;
    return ['partners-sheet'];
  };
  let partnerOf: { draft: Draft; activities: number } | null = null;
  const homeRows = sheet.rows.filter((r) => r.get('role').toLowerCase() === 'home');
  for (const extra of homeRows.slice(1)) problems.error('invalid-value', `a second home row (the first is line ${homeRows[0]!.line}); the sheet describes one municipality`, extra.at('role'));
  if (homeRows[0]) {
    const id = readPlace(homeRows[0], `/places/0`, ctx);
    places.push(id.draft);
    if (id.id) {
      placeIds.set(id.id, 0);
      home = { id: id.id, row: homeRows[0] };
    }
  } else if (sheet.rows.length > 0) {
    // Pointer /twinnings: without a home no agreement can be built, so their follow-on problems are not repeated.
    problems.error('missing-field', 'no row has role "home": add one row describing your own municipality', { file, line: 1, column: 1 }, '/twinnings');
  }
  for (const row of sheet.rows) {
    const role = row.get('role').toLowerCase();
    if (!(role in PARTNER_ROLES)) {
      problems.error('invalid-value', `${row.label('role')} "${row.get('role')}" is not a role; expected one of ${Object.keys(PARTNER_ROLES).join(', ')}`, row.at('role'));
      continue;
    }
    unreadCells(row, role as PartnerRole, sheet.has, ctx);
    if (role === 'home') continue;
    if (role === 'activity') {
      if (!partnerOf) {
        problems.error('invalid-value', `this activity comes before any partner row; put it under the partner row it belongs to`, row.at('role'));
        continue;
      }
      const pointer = `/activities/${activities.length}`;
      const twinning = partnerOf.draft['id'] as string | undefined;
      const draft: Draft = {};
      locations.set(pointer, row.at('role'));
      if (twinning !== undefined) Object.assign(draft, { id: `${twinning}-${String(++partnerOf.activities).padStart(2, '0')}`, twinning });
      put(draft, 'date', required(row, 'date', `${pointer}/date`, ctx), row, 'date', pointer, ctx);
      const categories = row.get('categories').split(';').map((c) => c.trim()).filter((c) => c !== '');
      if (categories.length === 0) required(row, 'categories', `${pointer}/categories`, ctx);
      put(draft, 'categories', categories, row, 'categories', pointer, ctx);
      if (required(row, 'title', `${pointer}/title`, ctx) !== undefined) put(draft, 'title', text(row, 'title'), row, 'title', pointer, ctx);
      put(draft, 'sources', cite(row, `${pointer}/sources`, partnerOf.draft['sources']), row, 'sources', pointer, ctx);
      activities.push(draft);
      continue;
    }
    const pointer = `/twinnings/${twinnings.length}`;
    const seen = placeIds.get(rowPlaceId(row) ?? '');
    // A partner met again (a renewed agreement) keeps its first row's place; its cells are still checked.
    const partner = readPlace(row, seen === undefined ? `/places/${places.length}` : `/places/${seen}`, seen === undefined ? ctx : { problems, locations: new LocationMap() });
    if (partner.id !== undefined && partner.id === home?.id) {
      problems.error('invalid-value', `the partner on this row is the home place itself ("${partner.id}")`, row.at('name'), `${pointer}/places/1`);
    } else if (seen !== undefined && JSON.stringify(partner.draft) !== JSON.stringify(places[seen])) {
      problems.warn('place-conflict', `place "${partner.id}" is described differently on an earlier row; the earlier row's values are kept`, row.at('name'), `/places/${seen}`);
    } else if (partner.id !== undefined && seen === undefined) {
      placeIds.set(partner.id, places.length);
      places.push(partner.draft);
    }
    const draft: Draft = {};
    locations.set(pointer, row.at('role'));
    const baseId = row.get('agreement_id') || (home && partner.id ? `${home.id}--${partner.id}` : undefined);
    let id = baseId;
    for (let n = 2; id !== undefined && twinnings.some((t) => t['id'] === id); n++) id = `${baseId}-${n}`;
    put(draft, 'id', id, row, row.get('agreement_id') !== '' ? 'agreement_id' : 'name', pointer, ctx);
    draft['places'] = [home?.id, partner.id].filter((p) => p !== undefined);
    locations.set(`${pointer}/places`, row.at('name'));
    for (const field of ['type', 'status'] as const) put(draft, field, required(row, field, `${pointer}/${field}`, ctx), row, field, pointer, ctx);
    put(draft, 'signed', row.get('signed') || undefined, row, 'signed', pointer, ctx);
    put(draft, 'ended', row.get('ended') || undefined, row, 'ended', pointer, ctx);
    put(draft, 'sources', cite(row, `${pointer}/sources`), row, 'sources', pointer, ctx);
    put(draft, 'note', text(row, 'note'), row, 'note', pointer, ctx);
    const contact: Draft = { url: row.get('contact_url') || undefined, email: row.get('contact_email') || undefined, label: text(row, 'contact_label') };
    for (const key of Object.keys(contact)) if (contact[key] === undefined) delete contact[key];
    for (const [key, column] of [['url', 'contact_url'], ['email', 'contact_email'], ['label', 'contact_label']]) locations.set(`${pointer}/contact/${key}`, row.at(column!));
    put(draft, 'contact', Object.keys(contact).length > 0 ? contact : undefined, row, 'contact_url', pointer, ctx);
    twinnings.push(draft);
    partnerOf = { draft, activities: 0 };
  }
  const allSources = sources.list();
  if (sheetSourceUsed) allSources.push({ id: 'partners-sheet', title: home ? `${home.row.get('name')}: partners list (${file})` : `Partners list (${file})` });
  const draft: Draft = { schemaVersion: '1.0', sources: allSources, places, twinnings };
  if (activities.length > 0) draft['activities'] = activities;
  const all = withValidation(problems.list, locations, draft);
  return { dataset: all.some((p) => p.severity === 'error') ? null : (draft as unknown as TwinningDataset), home: home?.id ?? null, problems: all };
}

/** The place id a home or partner row will get: its `id` cell, else the derived one. */
function rowPlaceId(row: SheetRow): string | null {
  return row.get('id') || (row.get('name') && row.get('country') ? placeIdFor(row.get('country'), row.get('region'), row.get('name')) : null);
}

/** Reads the place columns of a home or partner row into a place draft at `pointer`. */
function readPlace(row: SheetRow, pointer: string, ctx: BuildContext): { id: string | undefined; draft: Draft } {
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
function unreadCells(row: SheetRow, role: PartnerRole, has: (column: string) => boolean, ctx: BuildContext): void {
  const reads = new Set<string>(PARTNER_ROLES[role]);
  for (const column of [...PARTNERS_SHEET.required, ...PARTNERS_SHEET.optional]) {
    if (reads.has(column) || !has(column) || row.get(column) === '') continue;
    const where = Object.entries(PARTNER_ROLES).filter(([, cols]) => (cols as readonly string[]).includes(column)).map(([r]) => r).join(' or ');
    ctx.problems.error('extra-cells', `${row.label(column)} "${row.get(column)}" is not read on a ${role} row; it belongs on a ${where} row`, row.at(column));
  }
}

/** The import's own problems and the validator's (placed at cells, minus those the import already reported), in sheet order. */
function withValidation(own: readonly Problem[], locations: LocationMap, draft: Draft): Problem[] {
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

