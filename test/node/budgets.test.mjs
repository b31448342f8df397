// Byte budgets of issue 8: each element entry and the kit, bundled and minified by esbuild and
// gzipped (-9), must stay within bench/budgets.json. A failure names the packages that grew most
// since the budgets were recorded (`node bench/budgets.mjs` records them again after a deliberate change).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { assetGzip, ROOT, twinningEntries, weigh } from '../../bench/lib/weight.mjs';

const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')).entries;
const { entries, kit } = twinningEntries();

/** "@twinning/core +1,234 B, d3-geo +310 B": the packages that grew most since recording. */
function grewMost(now, recorded) {
  const names = new Set([...Object.keys(now), ...Object.keys(recorded)]);
  return [...names].map((name) => [name, (now[name]?.gzip ?? 0) - (recorded[name] ?? 0)])
    .filter(([, delta]) => delta > 0).sort((a, b) => b[1] - a[1]).slice(0, 3)
    .map(([name, delta]) => `${name} +${delta.toLocaleString('en')} B`).join(', ') || 'no single package (spread thin)';
}

for (const name of ['map', 'timeline', 'chart', 'kit']) {
  test(`weigh(${name}) stays within its byte budget`, { skip: !budgets[name] && 'no budget recorded' }, async () => {
    const budget = budgets[name];
    const w = name === 'kit' ? await weigh({ contents: kit }) : await weigh(entries[name]);
    assert.ok(w.gzip > 1000, `${name} bundle is implausibly small (${w.gzip} B): did the entry move?`);
    assert.ok(w.gzip <= budget.budget,
      `${name} is ${w.gzip.toLocaleString('en')} B min+gzip, over its budget of ${budget.budget.toLocaleString('en')} B ` +
      `(goal ${budget.goal.toLocaleString('en')} B). Grew most: ${grewMost(w.packages, budget.packages)}.`);
  });
}

test('assetGzip(countries-110m) stays within the basemap budget', () => {
  const file = createRequire(join(ROOT, 'package.json')).resolve('world-atlas/countries-110m.json');
  const { gzip } = assetGzip(file);
  assert.ok(gzip <= budgets.basemap.budget, `the basemap is ${gzip} B gzip, over its budget of ${budgets.basemap.budget} B (goal ${budgets.basemap.goal} B)`);
});
