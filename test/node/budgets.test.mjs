// Byte budgets of issue 13, on the library build (`npm run build:lib`, which `npm test` runs
// first): what a page fetches before anything lazy when it loads one element file, the kit (every
// element file) or the CDN file, gzipped -9 per file as served; and the default split view's
// outline assets. Each must stay within bench/budgets.json. A failure names the packages that grew
// most since the budgets were recorded (`npm run build:lib && node bench/budgets.mjs` records them
// again after a deliberate change; say why in the commit).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { basemapGzip } from '../../bench/budgets.mjs';
import { closure, DIST_ENTRIES, distDir } from '../../bench/lib/dist-closure.mjs';
import { ROOT, twinningEntries, weigh } from '../../bench/lib/weight.mjs';

const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')).entries;
const dir = distDir(ROOT);
const built = existsSync(join(dir, 'twinning-map.js'));

/** "@twinning/core +1,234 B, d3-geo +310 B": the packages that grew most since recording. */
async function grewMost(name, recorded = {}) {
  const { entries, kit } = twinningEntries();
  const source = name === 'kit' || name === 'cdn' ? { contents: kit } : entries[name];
  if (!source) return 'unknown';
  const now = (await weigh(source)).packages;
  const names = new Set([...Object.keys(now), ...Object.keys(recorded)]);
  return [...names].map((pkg) => [pkg, (now[pkg]?.gzip ?? 0) - (recorded[pkg] ?? 0)])
    .filter(([, delta]) => delta > 0).sort((a, b) => b[1] - a[1]).slice(0, 3)
    .map(([pkg, delta]) => `${pkg} +${delta.toLocaleString('en')} B`).join(', ') || 'no single package (spread thin)';
}

for (const name of Object.keys(DIST_ENTRIES)) {
  test(`${name}: bytes before first render stay within the budget`, { skip: !budgets[name] && 'no budget recorded' }, async () => {
    assert.ok(built, `no library build in ${dir}: run npm run build:lib first`);
    const budget = budgets[name];
    const { gzip } = closure(dir, DIST_ENTRIES[name]);
    assert.ok(gzip > 1000, `${name} is implausibly small (${gzip} B): did the entry move?`);
    assert.ok(gzip <= budget.budget,
      `${name} fetches ${gzip.toLocaleString('en')} B min+gzip before anything lazy, over its budget of ${budget.budget.toLocaleString('en')} B ` +
      `(goal ${budget.goal?.toLocaleString('en') ?? 'none'} B). Grew most: ${await grewMost(name, budget.packages)}.`);
  });
}

test('the default split view\'s outline assets stay within the basemap budget', () => {
  const gzip = basemapGzip();
  assert.ok(gzip <= budgets.basemap.budget, `the default basemap is ${gzip} B gzip, over its budget of ${budgets.basemap.budget} B (goal ${budgets.basemap.goal} B)`);
});

test('the element files keep the bundled dataset, the outlines and the fr/ja text out of what loads first', () => {
  assert.ok(built, `no library build in ${dir}: run npm run build:lib first`);
  for (const name of ['map', 'kit', 'cdn']) {
    const { files, lazy } = closure(dir, DIST_ENTRIES[name]);
    const eager = files.map((f) => f.file).join(' ');
    assert.doesNotMatch(eager, /japan-canada|countries-|east-asia|north-america|messages\.(fr|ja)|parse-/, `${name} loads lazy parts eagerly: ${eager}`);
    for (const part of ['japan-canada', 'east-asia', 'north-america', 'messages.fr', 'messages.ja', 'parse-']) {
      assert.ok(lazy.some((f) => f.includes(part)), `${name}: no lazy chunk for ${part} in ${lazy.join(', ')}`);
    }
  }
});
