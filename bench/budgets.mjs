/**
 * Records bench/budgets.json: for each entry, the goal from issue 8, the budget `npm test`
 * enforces, and the per-package gzip bytes at recording time (so a failure can name what grew).
 * Where an entry is over its goal today, the enforced budget is today's size + 5 %: the test then
 * guards against growth while the miss stays visible. Run after a deliberate size change:
 *
 *   node bench/budgets.mjs
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assetGzip, ROOT, twinningEntries, weigh } from './lib/weight.mjs';

/** Goals of issue 8, in gzip bytes (1 kB = 1,000 bytes). */
export const GOALS = { kit: 60_000, map: 45_000, timeline: 38_000, chart: 25_000, basemap: 30_000 };
const HEADROOM = 1.05;

const require = createRequire(join(ROOT, 'package.json'));

export async function recordBudgets() {
  const { entries, kit } = twinningEntries();
  const out = {
    note: 'Written by `node bench/budgets.mjs`. goal = issue 8; budget = what test/node/budgets.test.mjs enforces (the goal, or size at recording + 5 % where the goal is missed); packages = gzip bytes per package at recording.',
    recorded: new Date().toISOString().slice(0, 10),
    entries: {},
  };
  const measured = { ...Object.fromEntries(await Promise.all(['map', 'timeline', 'chart'].filter((k) => entries[k]).map(async (k) => [k, await weigh(entries[k])]))), kit: await weigh({ contents: kit }) };
  for (const [name, w] of Object.entries(measured)) {
    const goal = GOALS[name];
    const budget = w.gzip <= goal ? goal : Math.ceil(w.gzip * HEADROOM);
    out.entries[name] = {
      entry: name === 'kit' ? Object.values(entries) : entries[name], goal, budget, gzip: w.gzip,
      gapToGoal: Math.max(0, w.gzip - goal),
      packages: Object.fromEntries(Object.entries(w.packages).filter(([, v]) => v.min > 0).sort((a, b) => b[1].gzip - a[1].gzip).map(([k, v]) => [k, v.gzip])),
    };
  }
  const basemap = assetGzip(require.resolve('world-atlas/countries-110m.json'));
  out.entries.basemap = {
    entry: 'world-atlas/countries-110m.json (loaded by packages/pairing-map/src/basemap-loader.ts)', goal: GOALS.basemap,
    budget: basemap.gzip <= GOALS.basemap ? GOALS.basemap : Math.ceil(basemap.gzip * HEADROOM), gzip: basemap.gzip, gapToGoal: Math.max(0, basemap.gzip - GOALS.basemap),
  };
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budgets = await recordBudgets();
  writeFileSync(join(ROOT, 'bench/budgets.json'), `${JSON.stringify(budgets, null, 2)}\n`);
  for (const [k, v] of Object.entries(budgets.entries)) console.log(`${k}: ${v.gzip} B gzip, goal ${v.goal}, budget ${v.budget}${v.gapToGoal ? `, ${v.gapToGoal} B over the goal` : ''}`);
}
