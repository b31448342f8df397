/**
 * Records bench/budgets.json: for each entry, the goal of issue 13, the budget `npm test`
 * enforces, the size at recording and, to name what grew when a budget fails, the per-package
 * gzip bytes (esbuild attribution, bench/lib/weight.mjs).
 *
 * Sizes are what a page fetches before anything lazy when it loads one file of the library build
 * (`npm run build:lib`): the file and its static chunks, each gzipped (-9) as served. The budget is
 * the goal where it is met, else the size at recording + 2 %, so nothing grows back while the gap
 * stays visible. Run after a deliberate size change (build first):
 *
 *   npm run build:lib && node bench/budgets.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { closure, DEFAULT_BASEMAP, DIST_ENTRIES, distDir } from './lib/dist-closure.mjs';
import { ROOT, twinningEntries, weigh } from './lib/weight.mjs';

/** Goals of issue 13, in gzip bytes (1 kB = 1,000 bytes); the CDN file holds the kit; <twinning-data> has none of its own. */
export const GOALS = { map: 45_000, timeline: 38_000, chart: 25_000, provider: null, partners: null, kit: 60_000, cdn: 60_000, basemap: 20_000 };
const HEADROOM = 1.02;

/** The gzip bytes of the default split view's outline assets. */
export function basemapGzip() {
  return DEFAULT_BASEMAP.reduce((sum, file) => sum + gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length, 0);
}

export async function recordBudgets() {
  const dir = distDir(ROOT);
  const { entries, kit } = twinningEntries();
  const out = {
    note: 'Written by `node bench/budgets.mjs` after `npm run build:lib`. gzip = what a page fetches before anything lazy (the dist file and its static chunks); goal = issue 13; budget = what test/node/budgets.test.mjs enforces (the goal, or the size at recording + 2 % where the goal is missed); packages = esbuild per-package attribution at recording, to name what grew.',
    recorded: new Date().toISOString().slice(0, 10),
    entries: {},
  };
  for (const [name, files] of Object.entries(DIST_ENTRIES)) {
    const c = closure(dir, files);
    const source = name === 'kit' || name === 'cdn' ? { contents: kit } : entries[name];
    const w = source ? await weigh(source) : null;
    const goal = GOALS[name];
    out.entries[name] = {
      files, goal, budget: goal != null && c.gzip <= goal ? goal : Math.ceil(c.gzip * HEADROOM), gzip: c.gzip, min: c.min, gapToGoal: goal == null ? 0 : Math.max(0, c.gzip - goal),
      packages: w ? Object.fromEntries(Object.entries(w.packages).filter(([, v]) => v.min > 0).sort((a, b) => b[1].gzip - a[1].gzip).map(([k, v]) => [k, v.gzip])) : {},
    };
  }
  const basemap = basemapGzip();
  out.entries.basemap = {
    files: DEFAULT_BASEMAP, goal: GOALS.basemap, budget: basemap <= GOALS.basemap ? GOALS.basemap : Math.ceil(basemap * HEADROOM), gzip: basemap, gapToGoal: Math.max(0, basemap - GOALS.basemap),
  };
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budgets = await recordBudgets();
  writeFileSync(join(ROOT, 'bench/budgets.json'), `${JSON.stringify(budgets, null, 2)}\n`);
  for (const [k, v] of Object.entries(budgets.entries)) console.log(`${k}: ${v.gzip} B gzip, goal ${v.goal}, budget ${v.budget}${v.gapToGoal ? `, ${v.gapToGoal} B over the goal` : ''}`);
}
