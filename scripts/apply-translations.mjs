#!/usr/bin/env node
// Fills the French and Japanese columns of the canonical dataset sheets from data/translations/,
// then regenerates data/japan-canada.json with `twinning import`.
//
//   node scripts/apply-translations.mjs [--data data] [--check] [--overwrite] [--no-import] [--fr-names-from-en]
//
// --fr-names-from-en fills an empty French place name with the English one (true of most places:
// Burnaby, Kushiro) and lists every name it copied, so a reviewer can add the few that differ.
//
// data/translations/fr.json and ja.json hold text keyed by record id:
//   { "activities": { "<activity id>": { "title", "description" } },
//     "twinnings":  { "<twinning id>": { "note", "statusReason" } },
//     "places":     { "<place id>": { "name" } },
//     "regions":    { "CA-BC": { "name" } },
//     "sources":    { "<source id in the meta file>": { "title" } } }
// data/translations/source.en.json records the English text each entry was translated from, so a
// translation whose English has since changed is reported as stale instead of being applied, and
// an activity whose derived id moved (a row inserted above it) is found again by its English text.
//
// Ids are derived exactly as the importer derives them (packages/schema/src/import): an activity's
// id is its `id` cell, else `<twinning>-<n>` with n its 1-based position among that twinning's rows;
// a place's id is its `a_id`/`b_id` cell, else `${country}-${region without country}-${slug(name)}`.
//
// A translation whose recorded English matches the sheet's English is written (it replaces older
// text in the cell); one whose English changed is reported as stale and not written; one with no
// recorded English fills only empty cells, unless --overwrite is given. --check writes nothing. Exit status: 1 when any record still lacks
// a French or Japanese text (or a translation file is unreadable), 0 otherwise; unmatched and stale
// keys are reported either way.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormat, csvParse } from 'd3-dsv';
import { writeBundledParts } from './split-bundled-data.mjs';

const LANGS = ['fr', 'ja'];
/** Translation field → column of the twinnings sheet. */
const TWINNING_COLUMNS = { note: 'note', statusReason: 'status_reason' };
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Lower-case ASCII slug, as packages/schema/src/import/ids.ts `slug`. */
export function slug(value) {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The default place id, as packages/schema/src/import/ids.ts `placeIdFor`. */
export function placeIdFor(country, region, name) {
  const nameSlug = slug(name);
  const countrySlug = slug(country);
  if (nameSlug === '' || countrySlug === '') return null;
  const prefix = `${country.trim().toUpperCase()}-`;
  const regionRest = region.trim().toUpperCase().startsWith(prefix) ? region.trim().slice(prefix.length) : region;
  return [countrySlug, slug(regionRest), nameSlug].filter((part) => part !== '').join('-');
}

/** Reads a CSV sheet, remembering each row's first line number in the file. */
export function readSheet(path) {
  const text = readFileSync(path, 'utf8');
  const rows = csvParse(text);
  let line = 2;
  for (const row of rows) {
    Object.defineProperty(row, '__line', { value: line, enumerable: false });
    line += 1 + rows.columns.reduce((n, c) => n + (row[c].match(/\n/g)?.length ?? 0), 0);
  }
  return { path, rows, columns: rows.columns, trailingNewline: text.endsWith('\n') };
}

function writeSheet(sheet) {
  writeFileSync(sheet.path, csvFormat(sheet.rows, sheet.columns) + (sheet.trailingNewline ? '\n' : ''));
}

/** Activity id → row, derived as the importer does. */
export function activityIndex(rows) {
  const counts = new Map();
  const index = new Map();
  for (const row of rows) {
    const twinning = row.twinning.trim();
    const n = (counts.get(twinning) ?? 0) + 1;
    counts.set(twinning, n);
    index.set(row.id || `${twinning}-${String(n).padStart(2, '0')}`, row);
  }
  return index;
}

/** Place id → the cells naming that place: [{ row, prefix }], across every row that names it. */
export function placeIndex(rows) {
  const index = new Map();
  for (const row of rows) {
    for (const prefix of ['a', 'b']) {
      const id = row[`${prefix}_id`] || placeIdFor(row[`${prefix}_country`], row[`${prefix}_region`], row[`${prefix}_name`]);
      if (id === null) continue;
      if (!index.has(id)) index.set(id, []);
      index.get(id).push({ row, prefix });
    }
  }
  return index;
}

function readJson(path, report) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    report.problem(`${path}: not valid JSON (${error.message})`);
    return undefined;
  }
}

/**
 * One target: where a record's text lives. `cells(lang)` lists the places to write ({ get, set,
 * where }), `english()` the English text it translates.
 */
function targets(sheets, meta) {
  const acts = activityIndex(sheets.activities.rows);
  const tws = new Map(sheets.twinnings.rows.map((row) => [row.id, row]));
  const places = placeIndex(sheets.twinnings.rows);
  const rowCell = (sheet, row, id, column) => ({
    get: () => row[column] ?? '',
    set: (v) => { row[column] = v; },
    where: `${rel(sheet.path)}:${row.__line} (${id}) ${column}`,
  });
  const metaCell = (obj, field, lang, where) => ({
    get: () => (typeof obj[field] === 'object' && obj[field] !== null ? obj[field][lang] ?? '' : ''),
    set: (v) => { obj[field] = typeof obj[field] === 'object' && obj[field] !== null ? { ...obj[field], [lang]: v } : { en: obj[field] ?? '', [lang]: v }; },
    where,
  });
  const english = (obj, field) => (typeof obj[field] === 'object' && obj[field] !== null ? obj[field].en ?? '' : obj[field] ?? '');
  return {
    activities: {
      fields: ['title', 'description'],
      ids: () => [...acts.keys()],
      find: (id) => acts.get(id),
      english: (row, field) => row[field],
      cells: (row, id, field, lang) => [rowCell(sheets.activities, row, id, `${field}_${lang}`)],
      rematch: (basis) => {
        const hits = [...acts].filter(([, row]) => row.title === basis.title);
        return hits.length === 1 ? hits[0] : undefined;
      },
    },
    twinnings: {
      // statusReason (column status_reason) only where the sheet has that column.
      fields: ['note', 'statusReason'],
      ids: () => [...tws.keys()],
      find: (id) => tws.get(id),
      english: (row, field) => row[TWINNING_COLUMNS[field]] ?? '',
      cells: (row, id, field, lang) => [rowCell(sheets.twinnings, row, id, `${TWINNING_COLUMNS[field]}_${lang}`)],
    },
    places: {
      fields: ['name'],
      ids: () => [...places.keys()],
      find: (id) => places.get(id),
      english: (uses) => uses[0].row[`${uses[0].prefix}_name`],
      cells: (uses, id, field, lang) => uses.map(({ row, prefix }) => rowCell(sheets.twinnings, row, id, `${prefix}_name_${lang}`)),
    },
    regions: {
      fields: ['name'],
      ids: () => (meta.regions ?? []).map((r) => r.id),
      find: (id) => (meta.regions ?? []).find((r) => r.id === id),
      english: (region) => english(region, 'name'),
      cells: (region, id, field, lang) => [metaCell(region, 'name', lang, `${rel(sheets.metaPath)} regions ${id} name.${lang}`)],
    },
    sources: {
      fields: ['title'],
      ids: () => [],
      find: (id) => (meta.sources ?? []).find((s) => s.id === id),
      english: (source) => english(source, 'title'),
      cells: (source, id, field, lang) => [metaCell(source, 'title', lang, `${rel(sheets.metaPath)} sources ${id} title.${lang}`)],
    },
  };
}

function rel(path) {
  return relative(process.cwd(), path) || path;
}

/** Applies the translations to the loaded sheets and meta; returns the report. */
export function applyTranslations({ sheets, meta, translations, basis, overwrite = false, frenchNamesFromEnglish = false }) {
  const report = { filled: 0, kept: [], unmatched: [], stale: [], rematched: [], missing: [], problems: [], copied: [] };
  const all = targets(sheets, meta);
  for (const lang of LANGS) {
    const file = translations[lang] ?? {};
    for (const [section, entries] of Object.entries(file)) {
      const target = all[section];
      if (target === undefined) {
        report.unmatched.push(`${lang}.json: unknown section "${section}"`);
        continue;
      }
      for (const [id, fields] of Object.entries(entries ?? {})) {
        let key = id;
        let record = target.find(id);
        const known = basis?.[section]?.[id] ?? {};
        // An activity is recognised by its English title: when the row at this id now has another
        // title (a row was inserted above it), look for the one row that has the recorded title.
        const moved = target.rematch && known.title !== undefined && (record === undefined || target.english(record, 'title') !== known.title);
        if (moved) {
          const again = target.rematch(known);
          if (again !== undefined) {
            report.rematched.push(`${lang}.json ${section}/${id}: its English now belongs to ${again[0]}; applied there`);
            [key, record] = again;
          }
        }
        if (record === undefined) {
          report.unmatched.push(`${lang}.json ${section}/${id}: no record has this id`);
          continue;
        }
        for (const [field, value] of Object.entries(fields ?? {})) {
          if (!target.fields.includes(field)) {
            report.unmatched.push(`${lang}.json ${section}/${id}: unknown field "${field}"`);
            continue;
          }
          if (typeof value !== 'string' || value.trim() === '') {
            report.problems.push(`${lang}.json ${section}/${id}/${field}: must be non-empty text`);
            continue;
          }
          if (known[field] !== undefined && target.english(record, field) !== known[field]) {
            report.stale.push(`${lang}.json ${section}/${id}/${field}: the English changed since it was translated; not applied`);
            continue;
          }
          if (target.english(record, field) === '') {
            report.unmatched.push(`${lang}.json ${section}/${id}/${field}: the record has no English ${field} to translate`);
            continue;
          }
          for (const cell of target.cells(record, key, field, lang)) {
            const current = cell.get();
            if (current === value) continue;
            // A translation made from the English now in the sheet is authoritative; one with no
            // recorded English only fills empty cells (unless --overwrite).
            if (current !== '' && known[field] === undefined && !overwrite) {
              report.kept.push(`${cell.where}: kept the sheet's text (differs from ${lang}.json, whose English basis is not recorded; --overwrite replaces it)`);
              continue;
            }
            cell.set(value);
            report.filled++;
          }
        }
      }
    }
  }
  // Every record that has English text must now have it in every language.
  for (const [section, target] of Object.entries(all)) {
    for (const id of target.ids()) {
      const record = target.find(id);
      for (const field of target.fields) {
        if (target.english(record, field) === '') continue;
        for (const lang of LANGS) {
          for (const cell of target.cells(record, id, field, lang)) {
            if (cell.get() !== '') continue;
            // Most place names are the same in French; on request they are copied, and listed.
            if (frenchNamesFromEnglish && section === 'places' && lang === 'fr') {
              cell.set(target.english(record, field));
              report.filled++;
              report.copied.push(`${cell.where}: set to the English name "${target.english(record, field)}"`);
              continue;
            }
            report.missing.push(`${cell.where}: no ${lang === 'fr' ? 'French' : 'Japanese'} ${field}`);
          }
        }
      }
    }
  }
  return report;
}

function parseArgs(argv) {
  const options = { data: 'data', check: false, overwrite: false, import: true, frenchNamesFromEnglish: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--overwrite') options.overwrite = true;
    else if (arg === '--no-import') options.import = false;
    else if (arg === '--fr-names-from-en') options.frenchNamesFromEnglish = true;
    else if (arg === '--data' && argv[i + 1] !== undefined) options.data = argv[++i];
    else throw new Error(`unknown argument "${arg}" (expected --data <dir>, --check, --overwrite, --no-import, --fr-names-from-en)`);
  }
  return options;
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`apply-translations: ${error.message}\n`);
    return 2;
  }
  const dir = resolve(options.data);
  const paths = {
    twinnings: join(dir, 'japan-canada.twinnings.csv'),
    activities: join(dir, 'japan-canada.activities.csv'),
    meta: join(dir, 'japan-canada.meta.json'),
    json: join(dir, 'japan-canada.json'),
  };
  const sheets = { twinnings: readSheet(paths.twinnings), activities: readSheet(paths.activities), metaPath: paths.meta };
  const metaText = readFileSync(paths.meta, 'utf8');
  const meta = JSON.parse(metaText);
  const fileProblems = [];
  const reader = { problem: (m) => fileProblems.push(m) };
  const translations = Object.fromEntries(LANGS.map((lang) => [lang, readJson(join(dir, 'translations', `${lang}.json`), reader)]));
  for (const lang of LANGS) if (translations[lang] === undefined && !fileProblems.some((p) => p.includes(`${lang}.json`))) fileProblems.push(`${rel(join(dir, 'translations', `${lang}.json`))}: missing`);
  const basis = readJson(join(dir, 'translations', 'source.en.json'), reader);

  const report = applyTranslations({ sheets, meta, translations, basis, overwrite: options.overwrite, frenchNamesFromEnglish: options.frenchNamesFromEnglish });
  report.problems.unshift(...fileProblems);

  const print = (title, lines) => {
    if (lines.length === 0) return;
    process.stdout.write(`${title} (${lines.length}):\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  };
  print('Translation problems', report.problems);
  print('Translation keys that matched no row', report.unmatched);
  print('Stale translations (English changed)', report.stale);
  print('Re-matched by English text', report.rematched);
  print('Cells kept', report.kept);
  print('French place names copied from English (--fr-names-from-en)', report.copied);
  print('Still missing a language', report.missing);

  if (!options.check && report.filled > 0) {
    writeSheet(sheets.twinnings);
    writeSheet(sheets.activities);
    writeFileSync(paths.meta, JSON.stringify(meta, null, 2) + (metaText.endsWith('\n') ? '\n' : ''));
  }
  process.stdout.write(`${options.check ? 'would fill' : 'filled'} ${report.filled} cells; ${report.missing.length} missing, ${report.unmatched.length} unmatched, ${report.stale.length} stale\n`);
  if (!options.check && options.import) {
    const cli = join(ROOT, 'packages', 'cli', 'bin', 'twinning.js');
    execFileSync(process.execPath, [cli, 'import', paths.twinnings, paths.activities, '--meta', paths.meta, '-o', paths.json], { stdio: 'inherit' });
    writeBundledParts(dir);
  }
  return report.missing.length > 0 || report.problems.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
