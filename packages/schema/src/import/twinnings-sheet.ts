/**
 * The twinnings sheet: one row per agreement, its parties in column groups `a_…`, `b_…` and,
 * for agreements between more than two places, optional `c_…` to `f_…`. Places shared by
 * several rows become one place; the first row that describes a place wins.
 */
import type { SheetRow, SheetSpec } from './csv-sheet.ts';
import { decimal, put, required, text, type BuildContext, type Draft } from './cells.ts';
import { PLACE_KINDS } from '../vocabularies.ts';
import { placeIdFor } from './ids.ts';
import type { SourceRegistry } from './sources.ts';

/** Column groups of the parties, in order: a and b are required, c–f optional. */
export const PARTY_PREFIXES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const PARTY_FIELDS = ['name', 'name_fr', 'name_ja', 'country', 'region', 'kind', 'lat', 'lon', 'id', 'url'] as const;
const PARTY_REQUIRED = ['name', 'country', 'kind', 'lat', 'lon'] as const;

/** Columns of the twinnings sheet. */
export const TWINNINGS_SHEET: SheetSpec = {
  required: ['id', ...['a', 'b'].flatMap((p) => PARTY_REQUIRED.map((f) => `${p}_${f}`)), 'type', 'status', 'sources'],
  optional: [
    ...PARTY_PREFIXES.flatMap((p) => PARTY_FIELDS.map((f) => `${p}_${f}`)).filter((c) => !/^[ab]_(name|country|kind|lat|lon)$/.test(c)),
    'signed',
    'ended',
    'note',
    'note_fr',
    'note_ja',
    'status_reason',
    'status_reason_fr',
    'status_reason_ja',
    'original',
  ],
};

interface PlaceSeen {
  readonly draft: Draft;
  readonly line: number;
  /** False when the row that added the place had errors in its cells; such a place is not compared. */
  readonly clean: boolean;
}

/** Builds places and twinnings from the rows, in sheet order. */
export function buildTwinnings(rows: readonly SheetRow[], sources: SourceRegistry, ctx: BuildContext): { places: Draft[]; twinnings: Draft[] } {
  const places: Draft[] = [];
  const seen = new Map<string, PlaceSeen>();
  const twinnings = rows.map((row, t) => {
    const pointer = `/twinnings/${t}`;
    const draft: Draft = {};
    ctx.locations.set(pointer, row.at('id'));
    put(draft, 'id', required(row, 'id', `${pointer}/id`, ctx), row, 'id', pointer, ctx);
    const ids: string[] = [];
    PARTY_PREFIXES.forEach((prefix, k) => {
      if (k >= 2 && PARTY_FIELDS.every((f) => row.get(`${prefix}_${f}`) === '')) return;
      const slot = `${pointer}/places/${ids.length}`;
      const id = party(row, prefix, slot, places, seen, ctx);
      if (id !== undefined) {
        ctx.locations.set(slot, row.at(row.get(`${prefix}_id`) !== '' ? `${prefix}_id` : `${prefix}_name`));
        ids.push(id);
      }
    });
    draft.places = ids;
    ctx.locations.set(`${pointer}/places`, row.at('a_name'));
    put(draft, 'type', required(row, 'type', `${pointer}/type`, ctx), row, 'type', pointer, ctx);
    put(draft, 'signed', row.get('signed') || undefined, row, 'signed', pointer, ctx);
    put(draft, 'ended', row.get('ended') || undefined, row, 'ended', pointer, ctx);
    put(draft, 'status', required(row, 'status', `${pointer}/status`, ctx), row, 'status', pointer, ctx);
    const cited = sources.resolve(row.get('sources'), row.label('sources'), row.at('sources'), `${pointer}/sources`, ctx.problems);
    put(draft, 'sources', cited, row, 'sources', pointer, ctx);
    put(draft, 'note', text(row, 'note'), row, row.get('note') !== '' ? 'note' : 'note_fr', pointer, ctx);
    put(draft, 'statusReason', text(row, 'status_reason'), row, row.get('status_reason') !== '' ? 'status_reason' : 'status_reason_fr', pointer, ctx);
    put(draft, 'original', row.get('original') || undefined, row, 'original', pointer, ctx);
    return draft;
  });
  return { places, twinnings };
}

/** Reads one party; returns its place id, adding the place on first sight. */
function party(row: SheetRow, prefix: string, slot: string, places: Draft[], seen: Map<string, PlaceSeen>, ctx: BuildContext): string | undefined {
  const col = (field: string): string => `${prefix}_${field}`;
  const rawName = row.get(col('name'));
  const rawCountry = row.get(col('country'));
  const region = row.get(col('region'));
  const given = row.get(col('id'));
  const id = given || (rawName && rawCountry ? placeIdFor(rawCountry, region, rawName) : null) || undefined;
  const before = id === undefined ? undefined : seen.get(id);
  // Problems point at the new place's fields; a repeated or unplaceable party points at its slot.
  const base = id !== undefined && before === undefined ? `/places/${places.length}` : slot;
  const at = (field: string): string => (base === slot ? slot : `${base}/${field}`);
  const errorsBefore = ctx.problems.list.length;
  const name = required(row, col('name'), at('name'), ctx);
  const country = required(row, col('country'), at('country'), ctx);
  const kind = required(row, col('kind'), at('kind'), ctx);
  // Checked here as well as by the validator: a later row's place is not in the dataset to validate.
  if (kind !== undefined && !(PLACE_KINDS as readonly string[]).includes(kind)) {
    ctx.problems.error('invalid-value', `${row.label(col('kind'))} "${kind}" is not a place kind; expected one of ${PLACE_KINDS.join(', ')}`, row.at(col('kind')), at('kind'));
  }
  const lat = decimal(row, col('lat'), at('lat'), ctx, true);
  const lon = decimal(row, col('lon'), at('lon'), ctx, true);
  if (id === undefined) {
    if (name !== undefined && country !== undefined) {
      ctx.problems.error('invalid-id', `no place id can be made from ${row.label(col('name'))} "${name}" (it has no Latin letters or digits); give one in ${col('id')}`, row.at(col('name')), slot);
    }
    return undefined;
  }
  const columns: { [field: string]: string } = { id: given !== '' ? col('id') : col('name'), name: col('name'), country: col('country'), region: col('region'), kind: col('kind'), lat: col('lat'), lon: col('lon'), url: col('url') };
  const values: Draft = { id, name: text(row, col('name')), country, region: region || undefined, kind, lat, lon, url: row.get(col('url')) || undefined };
  const draft: Draft = {};
  if (before === undefined) {
    ctx.locations.set(base, row.at(col('name')));
    for (const [field, value] of Object.entries(values)) put(draft, field, value, row, columns[field]!, base, ctx);
    places.push(draft);
    seen.set(id, { draft, line: row.line, clean: ctx.problems.list.length === errorsBefore });
  } else if (before.clean && ctx.problems.list.length === errorsBefore) {
    for (const [field, value] of Object.entries(values)) if (value !== undefined) draft[field] = value;
    const differ = Object.keys(columns).filter((f) => JSON.stringify(draft[f]) !== JSON.stringify(before.draft[f]));
    if (differ.length > 0) {
      const detail = differ.map((f) => `${f} ${show(draft[f])} here, ${show(before.draft[f])} there`).join('; ');
      ctx.problems.warn(
        'place-conflict',
        `place "${id}" is described differently on line ${before.line} (${detail}); line ${before.line}'s values are kept`,
        row.at(columns[differ[0]!]!),
        `/places/${places.indexOf(before.draft)}`,
      );
    }
  }
  return id;
}

function show(value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'object' && value !== null) return Object.values(value).map((v) => JSON.stringify(v)).join('/');
  return JSON.stringify(value);
}
