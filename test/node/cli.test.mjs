// The twinning CLI, run as users run it: `node packages/cli/bin/twinning.js …` in a child process.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/twinning.js');
let dir;

/** Runs the CLI in the temp directory. */
function twinning(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace ever reaches the user. */
function assertNoTrace(r) {
  assert.doesNotMatch(r.stdout + r.stderr, /^\s+at .+:\d+:\d+\)?$/m);
  assert.doesNotMatch(r.stdout + r.stderr, /node:internal|Error:/);
}

const URL_A = 'https://example.org/a';
const dataset = {
  schemaVersion: '1.0',
  sources: [{ id: 's1', title: 'Source one', url: URL_A }],
  places: [
    { id: 'ca-bc-burnaby', name: { en: 'Burnaby' }, country: 'CA', region: 'CA-BC', kind: 'municipality', lat: 49.25, lon: -122.98 },
    { id: 'jp-01-kushiro', name: { en: 'Kushiro' }, country: 'JP', region: 'JP-01', kind: 'municipality', lat: 42.98, lon: 144.38 },
    { id: 'ca-ab-lethbridge', name: { en: 'Lethbridge' }, country: 'CA', region: 'CA-AB', kind: 'municipality', lat: 49.69, lon: -112.84 },
  ],
  twinnings: [
    { id: 'kb', places: ['ca-bc-burnaby', 'jp-01-kushiro'], type: 'sister-city', signed: '1965', status: 'active', sources: ['s1'] },
    { id: 'kl', places: ['ca-ab-lethbridge', 'jp-01-kushiro'], type: 'friendship-city', signed: '1982-05', status: 'dormant', sources: ['s1'] },
  ],
  activities: [
    { id: 'kb-01', twinning: 'kb', date: '1990', categories: ['culture', 'youth'], title: { en: 'Visit' }, sources: ['s1'] },
    { id: 'kb-02', twinning: 'kb', date: '1995', categories: ['youth'], title: { en: 'Exchange' }, sources: ['s1'] },
  ],
};
const HEADER = 'id,a_name,a_country,a_region,a_kind,a_lat,a_lon,b_name,b_country,b_region,b_kind,b_lat,b_lon,type,signed,status,sources';
const ROW_KB = `kb,Burnaby,CA,CA-BC,municipality,49.25,-122.98,Kushiro,JP,JP-01,municipality,42.98,144.38,sister-city,1965,active,${URL_A}`;
const write = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

before(() => {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  dir = mkdtempSync(join(tmpdir(), 'twinning-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('twinning --help prints usage; --version prints the package version', () => {
  const help = twinning('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /twinning validate FILE/);
  assert.match(help.stdout, /twinning import TWINNINGS\.csv/);
  const version = twinning('--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version);
});

test('twinning with an unknown command or option exits 2 with one line', () => {
  for (const args of [['frobnicate'], ['validate', '--strict', 'x.json'], ['import', 'a.csv'], ['stats']]) {
    const r = twinning(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^twinning: .+\(see twinning --help\)$/m);
    assertNoTrace(r);
  }
});

test('twinning validate on a valid dataset reports 0 errors and exits 0', () => {
  const file = write('good.json', JSON.stringify(dataset, null, 2));
  const r = twinning('validate', file);
  assert.equal(r.status, 0, r.stdout);
  assert.equal(r.stdout, `0 errors, 0 warnings in ${file}\n`);
});

test('twinning validate prints each problem at the line and column of its pointer and exits 1', () => {
  const broken = structuredClone(dataset);
  broken.twinnings[1].places[0] = 'ca-ab-nowhere';
  broken.places[0].lat = 95;
  const text = JSON.stringify(broken, null, 2);
  const file = write('broken.json', text);
  const lines = text.split('\n');
  const lineOf = (needle) => lines.findIndex((l) => l.includes(needle)) + 1;
  const colOf = (needle, value) => lines[lineOf(needle) - 1].indexOf(value) + 1;
  const r = twinning('validate', file);
  assert.equal(r.status, 1);
  const out = r.stdout.trim().split('\n');
  assert.ok(out.includes(`${file}:${lineOf('"lat": 95')}:${colOf('"lat": 95', '95')}: error coordinate-out-of-range: ${out.find((l) => l.includes('coordinate-out-of-range')).split('coordinate-out-of-range: ')[1]}`));
  const unknown = out.find((l) => l.includes('unknown-place'));
  assert.ok(unknown.startsWith(`${file}:${lineOf('ca-ab-nowhere')}:${colOf('ca-ab-nowhere', '"ca-ab-nowhere"')}: error unknown-place: `), unknown);
  assert.ok(unknown.endsWith('(at /twinnings/1/places/0)'), unknown);
  assert.equal(out.at(-1), `2 errors, 0 warnings in ${file}`);
});

test('twinning validate reports annotation errors (unknown target, reversed range) at their line and column', () => {
  const noted = structuredClone(dataset);
  noted.annotations = [
    { id: 'n1', twinning: 'kb-nowhere', text: 'A note.' },
    { id: 'n2', year: 1990, until: 1980, text: 'Another.' },
  ];
  const text = JSON.stringify(noted, null, 2);
  const file = write('noted.json', text);
  const lines = text.split('\n');
  const lineOf = (needle) => lines.findIndex((l) => l.includes(needle)) + 1;
  const r = twinning('validate', file);
  assert.equal(r.status, 1);
  const out = r.stdout.trim().split('\n');
  const unknown = out.find((l) => l.includes('unknown-twinning'));
  assert.ok(unknown.startsWith(`${file}:${lineOf('kb-nowhere')}:${lines[lineOf('kb-nowhere') - 1].indexOf('"kb-nowhere"') + 1}: error unknown-twinning: `), unknown);
  assert.ok(unknown.endsWith('(at /annotations/0/twinning)'), unknown);
  const reversed = out.find((l) => l.includes('end-before-start'));
  assert.ok(reversed.startsWith(`${file}:${lineOf('"until": 1980')}:`), reversed);
  assert.equal(out.at(-1), `2 errors, 0 warnings in ${file}`);
});

test('twinning import --annotations reads the annotations sheet', () => {
  const csv = write('t-notes.csv', `${HEADER}\n${ROW_KB}\n`);
  const notes = write('notes.csv', 'id,twinning,text,text_ja\nn1,kb,Partners since 1965.,1965年から。\n');
  const out = join(dir, 'noted-out.json');
  const r = twinning('import', csv, '--annotations', notes, '-o', out);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).annotations, [{ id: 'n1', twinning: 'kb', text: { en: 'Partners since 1965.', ja: '1965年から。' } }]);
});

test('twinning validate reads a twinnings CSV and several files, with a summary for each', () => {
  const csv = write('twinnings.csv', `${HEADER}\n${ROW_KB.replace('49.25', 'north')}\n`);
  const good = write('good2.json', JSON.stringify(dataset));
  const r = twinning('validate', csv, good);
  assert.equal(r.status, 1);
  const col = HEADER.split(',').indexOf('a_lat');
  const expectedColumn = ROW_KB.split(',').slice(0, col).join(',').length + 2;
  assert.match(r.stdout, new RegExp(`^${escape(csv)}:2:${expectedColumn}: error wrong-type: a_lat .*"north"`, 'm'));
  assert.match(r.stdout, new RegExp(`^1 error, 0 warnings in ${escape(csv)}$`, 'm'));
  assert.match(r.stdout, new RegExp(`^0 errors, 0 warnings in ${escape(good)}$`, 'm'));
});

test('twinning validate explains bad files in one line each, without a stack trace', () => {
  mkdirSync(join(dir, 'folder'), { recursive: true });
  const big = write('big.json', '');
  truncateSync(big, 21 * 1024 * 1024);
  const cases = [
    [join(dir, 'missing.json'), /error unreadable: the file does not exist/],
    [join(dir, 'folder'), /error not-a-file: the file is a directory/],
    [write('invalid.json', '{\n  "a": }'), /:2:8: error invalid-json: invalid JSON at line 2, column 8/],
    [write('empty.json', ''), /error empty-input: the file is empty/],
    [write('blank.json', ' \n\t\n'), /error empty-input: the file holds only whitespace/],
    [write('utf16.json', Buffer.from('\ufeff{}', 'utf16le')), /error invalid-encoding: the file is UTF-16 encoded; save it as UTF-8/],
    [write('latin1.json', Buffer.from([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d])), /error invalid-encoding: the file is not valid UTF-8 \(first bad byte at line 2, column 2\)/],
    [big, /error too-large: the file is 21 MB; the limit is 20 MB/],
  ];
  for (const [file, expected] of cases) {
    const r = twinning('validate', file);
    assert.equal(r.status, 1, file);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[0], expected);
    assert.ok(lines[0].startsWith(file), lines[0]);
    assert.equal(lines[1], `1 error, 0 warnings in ${file}`);
    assertNoTrace(r);
  }
});

test('twinning import writes pretty JSON with a trailing newline', () => {
  const twinnings = write('t.csv', `${HEADER}\n${ROW_KB}\n`);
  const activities = write('a.csv', `twinning,date,categories,title,sources\nkb,1990,culture;youth,Visit,${URL_A}\n`);
  const meta = write('meta.json', JSON.stringify({ title: { en: 'Test' }, sources: [{ id: 's1', title: 'Source one', url: URL_A }] }));
  const out = join(dir, 'out.json');
  const r = twinning('import', twinnings, activities, '--meta', meta, '-o', out);
  assert.equal(r.status, 0, r.stderr);
  const text = readFileSync(out, 'utf8');
  const data = JSON.parse(text);
  assert.equal(text, JSON.stringify(data, null, 2) + '\n');
  assert.deepEqual(data.title, { en: 'Test' });
  assert.deepEqual(data.sources, [{ id: 's1', title: 'Source one', url: URL_A }]);
  assert.deepEqual(data.places.map((p) => p.id), ['ca-bc-burnaby', 'jp-01-kushiro']);
  assert.deepEqual(data.twinnings[0].sources, ['s1']);
  assert.deepEqual(data.activities[0], { id: 'kb-01', twinning: 'kb', date: '1990', categories: ['culture', 'youth'], title: { en: 'Visit' }, sources: ['s1'] });
  assert.match(r.stdout, /wrote .*out\.json: 2 places, 1 twinning, 1 activity, 1 source \(/);
});

test('twinning import lists every problem, writes nothing and exits 1', () => {
  const bad = ROW_KB.replace('49.25', 'north').replace('sister-city', 'twin-town');
  const twinnings = write('bad.csv', `${HEADER}\n${bad}\n`);
  const activities = write('bad-a.csv', `twinning,date,categories,title,sources\nzz,1990,culture,Visit,${URL_A}\n`);
  const out = join(dir, 'never.json');
  const r = twinning('import', twinnings, activities, '-o', out);
  assert.equal(r.status, 1);
  assert.equal(existsSync(out), false);
  const lines = r.stderr.trim().split('\n');
  assert.match(lines[0], new RegExp(`^${escape(twinnings)}:2:\\d+: error wrong-type: `));
  assert.match(lines[1], new RegExp(`^${escape(twinnings)}:2:\\d+: error invalid-value: `));
  assert.match(lines[2], new RegExp(`^${escape(activities)}:2:1: error unknown-twinning: `));
  assert.equal(lines[3], `3 errors, 0 warnings; ${out} was not written`);
});

test('twinning import reports an unreadable sheet or meta file in one line', () => {
  const twinnings = write('ok.csv', `${HEADER}\n${ROW_KB}\n`);
  const meta = write('meta-bad.json', '{\n  "title": "x",\n}');
  const r = twinning('import', twinnings, '--meta', meta, '-o', join(dir, 'x.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^${escape(meta)}:3:1: error invalid-json: invalid JSON at line 3, column 1`, 'm'));
  const missing = twinning('import', join(dir, 'nope.csv'), '-o', join(dir, 'x.json'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.csv: error unreadable: the file does not exist/);
  assertNoTrace(missing);
});

test('twinning stats prints aligned tables by country, region, decade, type, status and category', () => {
  const file = write('stats.json', JSON.stringify(dataset));
  const r = twinning('stats', file);
  assert.equal(r.status, 0, r.stderr);
  const block = (title) => r.stdout.split('\n\n').find((b) => b.startsWith(title)).split('\n').slice(2).filter((l) => l !== '');
  const rows = (title) => Object.fromEntries(block(title).map((l) => l.split(/\s{2,}/)).map(([k, v]) => [k, Number(v)]));
  assert.deepEqual(rows('agreements by country'), { CA: 2, JP: 2 });
  assert.deepEqual(rows('agreements by region'), { 'CA-AB': 1, 'CA-BC': 1, 'JP-01': 2 });
  assert.deepEqual(rows('agreements by decade signed'), { '1960s': 1, '1980s': 1 });
  assert.deepEqual(rows('agreements by type'), { 'friendship-city': 1, 'sister-city': 1 });
  assert.deepEqual(rows('agreements by status'), { active: 1, dormant: 1 });
  assert.deepEqual(rows('activities by category'), { culture: 1, youth: 2 });
  // Aligned: every row of a table is as wide as its header.
  const widths = new Set(block('agreements by type').map((l) => l.length));
  assert.equal(widths.size, 1);
});

test('twinning stats --json prints the counts as JSON', () => {
  const file = write('stats2.json', JSON.stringify(dataset));
  const r = twinning('stats', file, '--json');
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json.totals, { places: 3, twinnings: 2, activities: 2, sources: 1 });
  assert.deepEqual(json.counts.status, [{ key: 'active', count: 1 }, { key: 'dormant', count: 1 }]);
  assert.deepEqual(json.counts.category, [{ key: 'culture', count: 1 }, { key: 'youth', count: 2 }]);
});

test('twinning stats on a dataset with errors lists them and exits 1', () => {
  const file = write('bad-stats.json', JSON.stringify({ ...dataset, twinnings: [{ ...dataset.twinnings[0], status: 'alive' }] }));
  const r = twinning('stats', file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /error invalid-value: .*"alive"/);
  assert.equal(r.stdout, '');
});

test('twinning import and stats put nouns in agreement with their counts (1 twinning, 2 activities, 0 sources)', () => {
  const twinnings = write('one.csv', `${HEADER}\n${ROW_KB}\n`);
  const two = write('two-a.csv', `twinning,date,categories,title,sources\nkb,1990,culture,Visit,${URL_A}\nkb,1991,youth,Exchange,${URL_A}\n`);
  const out = join(dir, 'one.json');
  const r = twinning('import', twinnings, two, '-o', out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /: 2 places, 1 twinning, 2 activities, 1 source \(0 errors, 0 warnings\)$/m);
  const none = twinning('import', twinnings, '-o', join(dir, 'none.json'));
  assert.match(none.stdout, /: 2 places, 1 twinning, 0 activities, 1 source /);
  const stats = twinning('stats', out);
  assert.match(stats.stdout, /^.*one\.json: 2 places, 1 twinning, 2 activities, 1 source$/m);
  assert.doesNotMatch(stats.stdout, /type "other"/);
});

test('twinning stats leaves twinnings of type other out of the agreement total, and says so', () => {
  const mixed = structuredClone(dataset);
  mixed.twinnings[1].type = 'other';
  const r = twinning('stats', write('mixed.json', JSON.stringify(mixed)));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Agreements: 1 agreement; 1 twinning of type "other" \(no formal agreement\) left out of that total\.$/m);
});

test('twinning validate finds the error and warning in a count of one, and the canonical dataset clean', () => {
  const broken = structuredClone(dataset);
  broken.places[0].lat = 95;
  broken.twinnings[0].sources = [];
  const r = twinning('validate', write('one-each.json', JSON.stringify(broken)));
  assert.match(r.stdout, /^1 error, 1 warning in /m);
  // The bundled data declares its rules (status rule, citable sources); it must pass them today.
  const canonical = join(root, 'data/japan-canada.json');
  const clean = twinning('validate', canonical);
  assert.equal(clean.status, 0, clean.stdout);
  assert.equal(clean.stdout, `0 errors, 0 warnings in ${canonical}\n`);
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
