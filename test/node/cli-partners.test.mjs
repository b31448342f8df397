// `twinning import --partners`: a clerk's partners sheet into a dataset, with located errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/twinning.js');
const template = join(root, 'docs/templates/partners-multi-country.csv');
let dir;

function twinning(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  dir = mkdtempSync(join(tmpdir(), 'twinning-partners-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('twinning import --partners writes the template sheet as a dataset and names the home place', () => {
  const out = join(dir, 'partners.json');
  const r = twinning('import', '--partners', template, '-o', out);
  assert.equal(r.status, 0, r.stderr);
  const data = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(data.twinnings.length, 8);
  assert.equal(new Set(data.places.map((p) => p.country)).size, 8);
  assert.match(r.stdout, /wrote .*partners\.json: 9 places, 8 twinnings, 7 activities, 1 source \(0 errors, 0 warnings\); home place: ca-bc-port-alder/);
});

test('twinning import --partners without -o prints the dataset alone on standard output', () => {
  const r = twinning('import', '--partners', template);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).places[0].id, 'ca-bc-port-alder');
  assert.match(r.stderr, /home place: ca-bc-port-alder/);
});

test('twinning import --partners lists each bad cell as FILE:LINE:COL, writes nothing and exits 1', () => {
  const lines = readFileSync(template, 'utf8').split('\n');
  // Line 8 (Odesa): latitude 146; line 11 (an activity): month 13.
  lines[7] = lines[7].replace(',46.4825,', ',146.4825,');
  lines[10] = lines[10].replace('2019-11', '2019-13');
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, lines.join('\n'));
  const out = join(dir, 'never.json');
  const r = twinning('import', '--partners', bad, '-o', out);
  assert.equal(r.status, 1);
  assert.equal(existsSync(out), false);
  const printed = r.stderr.trim().split('\n');
  const latColumn = lines[7].indexOf('146.4825') + 1;
  assert.match(printed[0], new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:${latColumn}: error coordinate-out-of-range: `));
  assert.match(printed[1], /:11:\d+: error invalid-date: /);
  assert.equal(printed[2], `2 errors, 0 warnings; ${out} was not written`);
  assert.equal(r.stdout, '');
});

test('twinning import --partners refuses other sheets and --meta; a missing file is one line', () => {
  assert.equal(twinning('import', '--partners', template, 'other.csv', '-o', 'x.json').status, 2);
  assert.equal(twinning('import', '--partners', template, '--meta', 'm.json').status, 2);
  const missing = twinning('import', '--partners', join(dir, 'nope.csv'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.csv: error /);
});

test('twinning validate reads a partners sheet by its role column', () => {
  const r = twinning('validate', template);
  assert.equal(r.status, 0, r.stderr + r.stdout);
});
