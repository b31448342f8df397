/**
 * The inverse of the import: a dataset as a twinnings sheet, an activities sheet, an annotations
 * sheet and a meta object. Importing them gives the dataset back, for datasets whose places are listed in the order
 * the twinnings first name them (the import's order) and whose texts use en/fr/ja only.
 * Whatever the sheets cannot hold is reported, never dropped quietly.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Problem, Source, Text, TwinningDataset } from '../types.ts';
import { placeIdFor } from './ids.ts';
import { PARTY_PREFIXES } from './twinnings-sheet.ts';
import { ANNOTATION_COLUMNS } from './annotations-sheet.ts';

/** Dataset-level fields and every source, for the import's `meta`. */
export interface SpreadsheetMeta {
  readonly schemaVersion: string;
  readonly title?: Text;
  readonly description?: Text;
  readonly version?: string;
  readonly updated?: string;
  readonly license?: string;
  readonly categories?: TwinningDataset['categories'];
  readonly regions?: TwinningDataset['regions'];
  readonly rules?: TwinningDataset['rules'];
  readonly sources: readonly Source[];
}

/** The outcome of `exportSpreadsheets`. */
export interface SpreadsheetExport {
  /** CSV text of the twinnings sheet, with a trailing newline. */
  readonly twinnings: string;
  /** CSV text of the activities sheet (header only when there are none). */
  readonly activities: string;
  /** CSV text of the annotations sheet (header only when there are none). */
  readonly annotations: string;
  /** Pass as `meta` to `importSpreadsheets` to get the same sources, titles and dataset fields back. */
  readonly meta: SpreadsheetMeta;
  /** What the sheets cannot hold, with pointers: `not-exportable` warnings, `too-many-parties` and `unknown-place` errors. */
  readonly problems: Problem[];
}

const PARTY_COLUMNS = ['name', 'name_fr', 'name_ja', 'country', 'region', 'kind', 'lat', 'lon', 'id', 'url'] as const;
const ACTIVITY_COLUMNS = ['id', 'twinning', 'date', 'end_date', 'categories', 'title', 'title_fr', 'title_ja', 'description', 'description_fr', 'description_ja', 'participants', 'sources', 'prelude', 'original'];

/**
 * Writes a dataset as spreadsheets. Agreements of three to six places use the `c_…`–`f_…`
 * column groups; one of more than six places cannot be written and is reported as an error.
 * Activity ids are always written, so they stay stable when rows are added or moved.
 */
export function exportSpreadsheets(dataset: TwinningDataset): SpreadsheetExport {
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], code: string, pointer: string, message: string): void => {
    problems.push({ severity, code, pointer, message });
  };
  const texts = (value: Text | undefined, pointer: string, required = false): [string, string, string] => {
    if (value === undefined) return ['', '', ''];
    if (typeof value === 'string') return [value, '', ''];
    if (required && !value.en) report('warning', 'not-exportable', pointer, 'no English text: the sheet needs one in this column, so importing the sheet will report it empty');
    const others = Object.keys(value).filter((lang) => !['en', 'fr', 'ja'].includes(lang));
    if (others.length > 0) report('warning', 'not-exportable', pointer, `languages ${others.join(', ')} have no column in the sheets (en, fr, ja); they are left out`);
    return [value.en ?? '', value.fr ?? '', value.ja ?? ''];
  };

  const placeIndex = new Map(dataset.places.map((place, i) => [place.id, i]));
  const used = new Set(dataset.twinnings.flatMap((t) => t.places));
  dataset.places.forEach((place, i) => {
    if (!used.has(place.id)) report('warning', 'not-exportable', `/places/${i}`, `place "${place.id}" is in no twinning, and the sheets only hold places through twinnings; it is left out`);
  });
  const urlCount = new Map<string, number>();
  for (const s of dataset.sources) if (s.url) urlCount.set(s.url, (urlCount.get(s.url) ?? 0) + 1);
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const cite = (ids: readonly string[]): string =>
    ids.map((id) => {
      const url = byId.get(id)?.url;
      return url !== undefined && urlCount.get(url) === 1 && !/\s/.test(url) ? url : id;
    }).join(' ');

  const parties = Math.min(PARTY_PREFIXES.length, Math.max(2, ...dataset.twinnings.map((t) => t.places.length)));
  const header = ['id', ...PARTY_PREFIXES.slice(0, parties).flatMap((p) => PARTY_COLUMNS.map((c) => `${p}_${c}`)), 'type', 'signed', 'ended', 'status', 'sources', 'note', 'note_fr', 'note_ja', 'status_reason', 'status_reason_fr', 'status_reason_ja', 'original'];
  const twinningRows: string[][] = [];
  dataset.twinnings.forEach((t, ti) => {
    const at = `/twinnings/${ti}`;
    if (t.places.length > PARTY_PREFIXES.length) {
      report('error', 'too-many-parties', `${at}/places`, `twinning "${t.id}" joins ${t.places.length} places; the sheet has columns for at most ${PARTY_PREFIXES.length}, so it is left out`);
      return;
    }
    const cells: string[] = [t.id];
    for (let k = 0; k < parties; k++) {
      const id = t.places[k];
      const pi = id === undefined ? undefined : placeIndex.get(id);
      const place = pi === undefined ? undefined : dataset.places[pi];
      if (id !== undefined && place === undefined) report('error', 'unknown-place', `${at}/places/${k}`, `twinning "${t.id}" names place "${id}", which is not in places; only its id is written`);
      if (place === undefined) {
        cells.push(...PARTY_COLUMNS.map((c) => (c === 'id' ? (id ?? '') : '')));
        continue;
      }
      const [en, fr, ja] = texts(place.name, `/places/${pi}/name`, true);
      const derived = placeIdFor(place.country, place.region ?? '', en);
      cells.push(en, fr, ja, place.country, place.region ?? '', place.kind, String(place.lat), String(place.lon), derived === place.id ? '' : place.id, place.url ?? '');
    }
    cells.push(t.type, t.signed ?? '', t.ended ?? '', t.status, cite(t.sources), ...texts(t.note, `${at}/note`), ...texts(t.statusReason, `${at}/statusReason`), t.original ?? '');
    twinningRows.push(cells);
  });

  const activityRows = (dataset.activities ?? []).map((a, ai) => [
    a.id,
    a.twinning,
    a.date,
    a.endDate ?? '',
    a.categories.join(';'),
    ...texts(a.title, `/activities/${ai}/title`, true),
    ...texts(a.description, `/activities/${ai}/description`),
    a.participants === undefined ? '' : String(a.participants),
    cite(a.sources),
    a.prelude === undefined ? '' : String(a.prelude),
    a.original ?? '',
  ]);

  const annotationRows = (dataset.annotations ?? []).map((n, ni) => [
    n.id, n.twinning ?? '', n.place ?? '', n.activity ?? '', n.category ?? '',
    n.year === undefined ? '' : String(n.year), n.until === undefined ? '' : String(n.until),
    ...texts(n.text, `/annotations/${ni}/text`, true),
    n.sources === undefined ? '' : cite(n.sources),
  ]);

  const { schemaVersion, title, description, version, updated, license, categories, regions, rules, sources } = dataset;
  const meta: SpreadsheetMeta = JSON.parse(JSON.stringify({ schemaVersion, title, description, version, updated, license, categories, regions, rules, sources }));
  return {
    twinnings: csvFormatRows([header, ...twinningRows]) + '\n',
    activities: csvFormatRows([ACTIVITY_COLUMNS, ...activityRows]) + '\n',
    annotations: csvFormatRows([[...ANNOTATION_COLUMNS], ...annotationRows]) + '\n',
    meta,
    problems,
  };
}
