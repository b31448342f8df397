/**
 * What 200 mount/unmount cycles of one element leave on the heap: the heap after forced GC
 * before and after, and a diff of two heap snapshots by constructor (count and self size), so
 * a retained element shows up as the classes that grew by a multiple of 200.
 *
 *   npm ci --prefix bench && node bench/heap-diff.mjs [tag…] [--cycles=200] [--warm=30] [--instrument]
 *
 * `--instrument` loads pages/instrument.js first, as the memory page of `npm run bench` does, so
 * the figure is the bench's own (its listener bookkeeping included). Every kind of heap node is
 * counted (strings by kind only), compiled code too, so growth the census misses is not hidden.
 *
 * Not part of `npm run bench` (which reports the growth only); see bench/profile-notes.md.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { ROOT } from './lib/weight.mjs';

const BENCH = join(ROOT, 'bench');
const OUT = join(BENCH, '.out', 'heap');
const puppeteer = createRequire(join(BENCH, 'package.json'))('puppeteer-core');
const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const cycles = option('cycles', 200);
const warm = option('warm', 30);
const tags = process.argv.slice(2).filter((a) => !a.startsWith('--'));

mkdirSync(join(OUT, 'memory'), { recursive: true });
mkdirSync(join(OUT, 'data'), { recursive: true });
await build({
  stdin: { contents: `import './memory-page.js';`, resolveDir: join(BENCH, 'pages'), loader: 'js' },
  bundle: true, format: 'esm', splitting: true, target: 'es2022', outdir: join(OUT, 'memory'), entryNames: 'index',
  tsconfig: join(ROOT, 'tsconfig.json'), logLevel: 'error', conditions: ['twinning-source', 'module'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
const instrument = process.argv.includes('--instrument') ? readFileSync(join(BENCH, 'pages/instrument.js'), 'utf8') : 'window.__live = () => ({});';
writeFileSync(join(OUT, 'memory', 'index.html'), readFileSync(join(BENCH, 'pages/page.html'), 'utf8').replace('<body>', `<body><script>${instrument}</script>`));
copyFileSync(join(ROOT, 'data/japan-canada.json'), join(OUT, 'data', 'japan-canada.json'));

/** Per constructor: [count, self size] of a heap snapshot. */
async function census(cdp) {
  let json = '';
  const onChunk = ({ chunk }) => (json += chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot: { meta }, nodes, strings } = JSON.parse(json);
  const fields = meta.node_fields.length;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => meta.node_fields.indexOf(f));
  const types = meta.node_types[0];
  const byName = new Map();
  for (let i = 0; i < nodes.length; i += fields) {
    const kind = types[nodes[i + type]];
    const key = kind === 'string' || kind === 'concatenated string' || kind === 'sliced string' ? kind : `${kind}:${strings[nodes[i + name]]}`.slice(0, 90);
    const entry = byName.get(key) ?? [0, 0];
    entry[0]++;
    entry[1] += nodes[i + size];
    byName.set(key, entry);
  }
  return byName;
}

const server = await serve(OUT);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info', '--no-first-run'],
});
try {
  for (const tag of tags.length ? tags : ['twinning-map', 'twinning-timeline', 'twinning-activity-chart']) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('console', () => undefined);
    const cdp = await page.createCDPSession();
    const heap = () => page.evaluate(async () => {
      for (let i = 0; i < 4; i++) { window.gc(); await new Promise((r) => setTimeout(r, 25)); }
      return performance.memory.usedJSHeapSize;
    });
    await page.goto(`${server.origin}/memory/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__ready, { polling: 50 });
    await page.evaluate((t, n) => window.__cycle(t, n), tag, warm);
    const before = await heap();
    const a = await census(cdp);
    await page.evaluate((t, n) => window.__cycle(t, n), tag, cycles);
    const after = await heap();
    const b = await census(cdp);
    console.log(`\n<${tag}>: heap ${(before / 1e6).toFixed(2)} → ${(after / 1e6).toFixed(2)} MB (${(((after - before) / before) * 100).toFixed(1)} %) after ${cycles} cycles (warmed with ${warm})`);
    const grown = [...b].map(([k, [n, s]]) => [k, n - (a.get(k)?.[0] ?? 0), s - (a.get(k)?.[1] ?? 0)]).filter(([, n, s]) => n > 0 || s > 0)
      .sort((x, y) => y[2] - x[2]).slice(0, 20);
    for (const [k, n, s] of grown) console.log(`  +${String(n).padStart(6)}  ${String(s).padStart(9)} B  ${k}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
