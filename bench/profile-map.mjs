/**
 * Profiles an element's first render on the bundled data with the CPU profiler (CDP), and prints
 * where the main thread's time goes: self time per function (and per file), summed over a few
 * runs, as shares of the sampled time. Identifiers are kept
 * and code is not minified, so functions can be named and found by line; shares, not absolute times, are what to read on a busy machine.
 *
 *   npm ci --prefix bench && node bench/profile-map.mjs [runs=5] [query]
 *
 * The query is the bench page's: `el=twinning-map|twinning-timeline|twinning-activity-chart`,
 * `data=japan-canada` (fetched JSON given as `.data`, validated, as the bench measures) or
 * `data=bundled` (no `.data`: the element loads the bundled dataset itself, which is not
 * re-validated). Default `el=twinning-map&data=japan-canada`.
 *
 * Not part of `npm run bench`; notes from a run are in bench/profile-notes.md.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { ROOT } from './lib/weight.mjs';

const BENCH = join(ROOT, 'bench');
// PROFILE_CODE: another checkout whose packages to profile (a before/after comparison); PROFILE_OUT: its build folder.
const CODE = process.env.PROFILE_CODE ?? ROOT;
const OUT = join(BENCH, '.out', process.env.PROFILE_OUT ?? 'profile');
const require = createRequire(join(BENCH, 'package.json'));
const puppeteer = require('puppeteer-core');
const runs = Number(process.argv[2] ?? 5);
const query = process.argv[3] ?? 'el=twinning-map&data=japan-canada';

const PACKAGES = { 'twinning-map': 'pairing-map', 'twinning-timeline': 'timeline', 'twinning-activity-chart': 'activity-chart' };
const pkg = PACKAGES[new URLSearchParams(query).get('el')];
if (!pkg) throw new Error(`el= must be one of ${Object.keys(PACKAGES).join(', ')}`);

mkdirSync(join(OUT, 'page'), { recursive: true });
mkdirSync(join(OUT, 'data'), { recursive: true });
await build({
  stdin: { contents: `import '@twinning/${pkg}'; import ${JSON.stringify(join(BENCH, 'pages/element-page.js'))};`, resolveDir: join(CODE, 'bench/pages'), loader: 'js' },
  bundle: true, format: 'esm', splitting: true, target: 'es2022', outdir: join(OUT, 'page'), entryNames: 'index',
  tsconfig: join(CODE, 'tsconfig.json'), logLevel: 'error', legalComments: 'none', conditions: ['twinning-source', 'module'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
writeFileSync(join(OUT, 'page', 'index.html'), readFileSync(join(BENCH, 'pages/page.html'), 'utf8'));
copyFileSync(join(ROOT, 'data/japan-canada.json'), join(OUT, 'data', 'japan-canada.json'));

const server = await serve(OUT);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const self = new Map();
const total = new Map();
const files = new Map();
let sampled = 0;
let rendered = 0;
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/page/index.html?${query}`);
    await page.waitForFunction(() => window.__rendered || window.__error, { timeout: 60000 });
    const error = await page.evaluate(() => window.__error);
    if (error) throw new Error(error);
    rendered += await page.evaluate(() => window.__rendered);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    const keyOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${url ? url.replace(/^.*\//, '') : '(native)'}:${lineNumber + 1}`;
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    for (const [id, ms] of dt) {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      const file = url ? url.replace(/^.*\//, '') : '(native)';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      // Inclusive: every distinct function on the sample's stack.
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at).callFrame;
        if (!frame.url || frame.url.startsWith('pptr')) continue;
        const k = keyOf(frame);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + ms);
      }
      files.set(file, (files.get(file) ?? 0) + ms);
      sampled += ms;
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([name, ms]) => `${((ms / sampled) * 100).toFixed(1).padStart(5)} %  ${(ms / runs).toFixed(1).padStart(7)} ms  ${name}`).join('\n');
console.log(`${query}\nfirst render (mean of ${runs}): ${(rendered / runs).toFixed(0)} ms after navigation; busy samples ${(sampled / runs).toFixed(0)} ms per run`);
console.log(`\ntotal time by function (with callees)\n${top(total, 40)}`);
console.log(`\nself time by function\n${top(self, 25)}\n\nself time by file\n${top(files, 8)}`);
