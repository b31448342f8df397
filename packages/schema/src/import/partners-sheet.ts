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
import type { BuildContext, Draft } from './cells.ts';
import { readSheet, type SheetRow } from './csv-sheet.ts';
import { ImportProblems, LocationMap } from './locations.ts';
import { activityDraft, agreementDraft, PARTNER_ROLES, PARTNERS_SHEET, readPlace, rowPlaceId, unreadCells, withValidation, type PartnerRole } from './partners-sheet-rows.ts';
import { SourceRegistry } from './sources.ts';

export { PARTNER_ROLES, PARTNERS_SHEET, type PartnerRole } from './partners-sheet-rows.ts';

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
      activities.push(activityDraft(row, `/activities/${activities.length}`, partnerOf, (at, inherited) => cite(row, at, inherited), ctx));
      continue;
    }
    const pointer = `/twinnings/${twinnings.length}`;
    const seen = placeIds.get(rowPlaceId(row) ?? '');
    // A partner met again (a renewed agreement) keeps its first row's place; its cells are still checked.
    const partner = readPlace(row, `/places/${seen ?? places.length}`, seen === undefined ? ctx : { problems, locations: new LocationMap() });
    if (partner.id !== undefined && partner.id === home?.id) {
      problems.error('invalid-value', `the partner on this row is the home place itself ("${partner.id}")`, row.at('name'), `${pointer}/places/1`);
    } else if (seen !== undefined && JSON.stringify(partner.draft) !== JSON.stringify(places[seen])) {
      problems.warn('place-conflict', `place "${partner.id}" is described differently on an earlier row; the earlier row's values are kept`, row.at('name'), `/places/${seen}`);
    } else if (partner.id !== undefined && seen === undefined) {
      placeIds.set(partner.id, places.length);
      places.push(partner.draft);
    }
    const taken = new Set(twinnings.map((t) => t['id']));
    const draft = agreementDraft(row, pointer, [home?.id, partner.id], taken, (at) => cite(row, at), ctx);
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
