// The generated blocks of the docs are current, and the spreadsheet templates import cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docFiles, rewrite } from '../../scripts/docs-api.mjs';

test('rewrite() leaves every docs page unchanged: generated API and schema blocks are current', () => {
  const files = docFiles();
  const withBlocks = files.filter((f) => readFileSync(f, 'utf8').includes('<!-- api:start'));
  assert.ok(withBlocks.length >= 6, `expected the element pages, theming and the data guide to have blocks, found ${withBlocks.length}`);
  const stale = files.filter((f) => rewrite(readFileSync(f, 'utf8')) !== readFileSync(f, 'utf8'));
  assert.deepEqual(stale, [], 'run npm run docs:api');
});

test('rewrite() fills the twinning-map block with its attributes from the manifest', () => {
  const manifest = JSON.parse(readFileSync('packages/pairing-map/custom-elements.json', 'utf8'));
  const map = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'twinning-map');
  const out = rewrite('<!-- api:start twinning-map -->\n<!-- api:end -->');
  for (const attr of map.attributes) assert.ok(out.includes(`| \`${attr.name}\` |`), `attribute ${attr.name} in the table`);
  for (const part of map.cssParts) assert.ok(out.includes(`| \`${part.name}\` |`), `part ${part.name} in the table`);
});

test('twinning import accepts the docs/templates spreadsheets', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'tpl-')), 'out.json');
  const stdout = execFileSync('node', ['packages/cli/bin/twinning.js', 'import', 'docs/templates/twinnings.csv', 'docs/templates/activities.csv', '-o', out], { encoding: 'utf8' });
  assert.match(stdout, /1 twinning, 1 activity\b/);
  const header = (file) => readFileSync(file, 'utf8').split('\n')[0];
  assert.equal(header('docs/templates/twinnings.csv'), header('data/japan-canada.twinnings.csv'));
  assert.equal(header('docs/templates/activities.csv'), header('data/japan-canada.activities.csv'));
});

test('docs/warnings.md has a section for every WARNING_CODES code', () => {
  const codes = [...readFileSync('packages/core/src/warnings.ts', 'utf8').matchAll(/^\s+'([a-z-]+)',$/gm)].map((m) => m[1]);
  assert.ok(codes.length >= 3);
  const page = readFileSync('docs/warnings.md', 'utf8');
  for (const code of codes) assert.match(page, new RegExp(`^## ${code}$`, 'm'), code);
});
