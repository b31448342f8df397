// Issue 14 item 4: the whole record reads in English, French and Japanese. The first tests check the
// bundled dataset (data/japan-canada.json); the last ones run scripts/apply-translations.mjs on a
// copy of the data folder and check what it fills, matches and reports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { csvFormat, csvParse } from 'd3-dsv';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataset = JSON.parse(readFileSync(join(root, 'data/japan-canada.json'), 'utf8'));
const LANGS = ['en', 'fr', 'ja'];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** "<id> <field>.<lang>" for every record whose text lacks a language. */
function gaps(records, field, { optional = false } = {}) {
  const out = [];
  for (const record of records) {
    const text = record[field];
    if (text === undefined && optional) continue;
    for (const lang of LANGS) {
      const value = typeof text === 'object' && text !== null ? text[lang] : undefined;
      if (typeof value !== 'string' || value.trim() === '') out.push(`${record.id} ${field}.${lang}`);
    }
  }
  return out;
}

test('every activity has a title and a description in en, fr and ja', () => {
  assert.ok(dataset.activities.length > 200, `only ${dataset.activities.length} activities: wrong file?`);
  assert.deepEqual(gaps(dataset.activities, 'title'), []);
  assert.deepEqual(gaps(dataset.activities, 'description'), []);
});

test('every twinning note (and status reason, where the data has them) is in en, fr and ja', () => {
  assert.ok(dataset.twinnings.some((t) => t.note !== undefined), 'no twinning has a note: wrong file?');
  assert.deepEqual(gaps(dataset.twinnings, 'note', { optional: true }), []);
  assert.deepEqual(gaps(dataset.twinnings, 'statusReason', { optional: true }), []);
});

test('every place and region is named in en, fr and ja', () => {
  assert.deepEqual(gaps(dataset.places, 'name'), []);
  assert.deepEqual(gaps(dataset.regions, 'name'), []);
});

test('the Japanese text is Japanese, the French text is not the English copied, titles fit 80 characters', () => {
  const problems = [];
  for (const a of dataset.activities) {
    for (const field of ['title', 'description']) {
      if (!JAPANESE.test(a[field].ja)) problems.push(`${a.id} ${field}.ja has no Japanese script`);
      if (a[field].fr === a[field].en) problems.push(`${a.id} ${field}.fr is the English text`);
    }
    for (const lang of LANGS) if ([...a.title[lang]].length > 80) problems.push(`${a.id} title.${lang} is over 80 characters`);
  }
  for (const t of dataset.twinnings) {
    if (t.note === undefined) continue;
    if (!JAPANESE.test(t.note.ja)) problems.push(`${t.id} note.ja has no Japanese script`);
    if (t.note.fr === t.note.en) problems.push(`${t.id} note.fr is the English text`);
  }
  for (const p of dataset.places) if (!JAPANESE.test(p.name.ja)) problems.push(`${p.id} name.ja has no Japanese script`);
  assert.deepEqual(problems, []);
});

// ── scripts/apply-translations.mjs ───────────────────────────────────────────────────────────

/** A scratch copy of data/ (sheets, meta, translations) the script may rewrite. */
function scratchData() {
  const dir = mkdtempSync(join(tmpdir(), 'twinning-translations-'));
  for (const file of ['japan-canada.twinnings.csv', 'japan-canada.activities.csv', 'japan-canada.meta.json']) cpSync(join(root, 'data', file), join(dir, file));
  cpSync(join(root, 'data/translations'), join(dir, 'translations'), { recursive: true });
  return dir;
}

function run(dir, ...args) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/apply-translations.mjs'), '--data', dir, '--no-import', ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

const sheet = (dir, name) => csvParse(readFileSync(join(dir, `japan-canada.${name}.csv`), 'utf8'));
const writeSheet = (dir, name, rows) => writeFileSync(join(dir, `japan-canada.${name}.csv`), csvFormat(rows, rows.columns) + '\n');

test('apply-translations --check on the repository data: every translation that applies is in the sheets, nothing missing', () => {
  // Keys for records of the next edition (new places) may match no row here, and a translation whose
  // English was since rewritten is reported as stale; both are listed by the script, not errors.
  const { status, out } = run(join(root, 'data'), '--check');
  assert.equal(status, 0, out);
  assert.match(out, /would fill 0 cells; 0 missing,/);
});

test('apply-translations fills emptied cells again, for every row that names a place', () => {
  const dir = scratchData();
  try {
    const acts = sheet(dir, 'activities');
    const row = acts.find((r) => r.twinning === 'burnaby-kushiro' && r.title.startsWith('Kushiro Cup'));
    const [titleFr, descriptionJa] = [row.title_fr, row.description_ja];
    row.title_fr = '';
    row.description_ja = '';
    writeSheet(dir, 'activities', acts);
    const tws = sheet(dir, 'twinnings');
    // Sagamihara is side b of two rows; both lose their French name.
    for (const r of tws) if (r.b_name === 'Sagamihara') r.b_name_fr = '';
    writeSheet(dir, 'twinnings', tws);

    const check = run(dir, '--check');
    assert.equal(check.status, 0, check.out);
    assert.match(check.out, /would fill 4 cells/);

    const { status, out } = run(dir);
    assert.equal(status, 0, out);
    assert.match(out, /filled 4 cells; 0 missing/);
    const again = sheet(dir, 'activities').find((r) => r.title === row.title);
    assert.equal(again.title_fr, titleFr);
    assert.equal(again.description_ja, descriptionJa);
    assert.deepEqual(sheet(dir, 'twinnings').filter((r) => r.b_name === 'Sagamihara').map((r) => r.b_name_fr), ['Sagamihara', 'Sagamihara']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('apply-translations reports rows still missing a language (file:line) and exits 1', () => {
  const dir = scratchData();
  try {
    const fr = JSON.parse(readFileSync(join(dir, 'translations/fr.json'), 'utf8'));
    delete fr.twinnings['richmond-wakayama'];
    writeFileSync(join(dir, 'translations/fr.json'), JSON.stringify(fr));
    const tws = sheet(dir, 'twinnings');
    const index = tws.findIndex((r) => r.id === 'richmond-wakayama');
    tws[index].note_fr = '';
    writeSheet(dir, 'twinnings', tws);

    const { status, out } = run(dir);
    assert.equal(status, 1, out);
    assert.match(out, new RegExp(`japan-canada\\.twinnings\\.csv:${index + 2} \\(richmond-wakayama\\) note_fr: no French note`));
    assert.match(out, /1 missing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('apply-translations names keys that match no row, and finds an activity whose derived id moved', () => {
  const dir = scratchData();
  try {
    const ja = JSON.parse(readFileSync(join(dir, 'translations/ja.json'), 'utf8'));
    ja.activities['burnaby-kushiro-99'] = { title: '存在しない活動' };
    writeFileSync(join(dir, 'translations/ja.json'), JSON.stringify(ja));
    // A new activity inserted first among Surrey–Koto's rows shifts the old one from -01 to -02.
    const acts = sheet(dir, 'activities');
    const at = acts.findIndex((r) => r.twinning === 'surrey-koto');
    const old = acts[at];
    const inserted = { ...old, date: '1988', title: 'A new row with no translation yet', title_fr: '', title_ja: '', description: 'Added by a contributor.', description_fr: '', description_ja: '' };
    acts.splice(at, 0, inserted);
    old.title_fr = '';
    writeSheet(dir, 'activities', acts);

    const { status, out } = run(dir);
    assert.match(out, /ja\.json activities\/burnaby-kushiro-99: no record has this id/);
    assert.match(out, /fr\.json activities\/surrey-koto-01: its English now belongs to surrey-koto-02; applied there/);
    assert.match(out, /\(surrey-koto-01\) title_fr: no French title/);
    assert.equal(status, 1, out);
    const back = sheet(dir, 'activities');
    assert.equal(back[at + 1].title_fr, JSON.parse(readFileSync(join(root, 'data/translations/fr.json'), 'utf8')).activities['surrey-koto-01'].title);
    assert.equal(back[at].title_fr, '', 'the new row must not receive the moved row\'s translation');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('apply-translations --fr-names-from-en gives a new place its English name in French, and lists it', () => {
  const dir = scratchData();
  try {
    const tws = sheet(dir, 'twinnings');
    // A contributor's new row: a place no translation file knows, with a Japanese name only.
    const row = { ...tws.find((r) => r.id === 'burnaby-kushiro'), id: 'comox-test', a_name: 'Comox', a_name_fr: '', a_name_ja: 'コモックス', note: '', note_fr: '', note_ja: '' };
    tws.push(row);
    writeSheet(dir, 'twinnings', tws);

    const without = run(dir, '--check');
    assert.equal(without.status, 1, without.out);
    assert.match(without.out, /\(ca-bc-comox\) a_name_fr: no French name/);

    const { status, out } = run(dir, '--fr-names-from-en');
    assert.equal(status, 0, out);
    assert.match(out, /\(ca-bc-comox\) a_name_fr: set to the English name "Comox"/);
    assert.equal(sheet(dir, 'twinnings').find((r) => r.id === 'comox-test').a_name_fr, 'Comox');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
