/**
 * `node bench/redraw-time.mjs`: time of one full canvas redraw of <twinning-map> (drawScene plus a
 * 1-px getImageData that forces the rasterization Chromium otherwise does later, in FinalizeFrame),
 * at the initial view and zoomed in, median of REDRAW_REPEATS draws, as CPU time of the renderer
 * processes (CDP SystemInfo.getProcessInfo) and as wall time (not part of `npm run bench`).
 * Environment: CHROME_PATH, REDRAW_SIZES (default 1700,26000), REDRAW_REPEATS (default 7),
 * REDRAW_COMPARE (another checkout with its node_modules, e.g. main: measured alternately in the
 * same browser).
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { writeData } from './lib/build-pages.mjs';
import { ROOT } from './lib/weight.mjs';
import { serve } from './serve.mjs';
import { synthesize } from './synthetic.mjs';

const OUT = join(ROOT, 'bench', '.out');
const SIZES = (process.env.REDRAW_SIZES ?? '1700,26000').split(',').map(Number);
const REPEATS = Number(process.env.REDRAW_REPEATS ?? 7);
const trees = { this: ROOT, ...(process.env.REDRAW_COMPARE ? { compare: process.env.REDRAW_COMPARE } : {}) };

await writeData(Object.fromEntries(SIZES.map((n) => [`synthetic-${n}`, { agreements: n, seed: 1 }])), synthesize);
for (const [name, tree] of Object.entries(trees)) {
  const dir = join(OUT, 'pages', `redraw-${name}`);
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents: `import '@twinning/pairing-map'; import './element-page.js';`, resolveDir: join(tree, 'bench/pages'), loader: 'js' },
    bundle: true, minify: true, format: 'esm', splitting: true, target: 'es2022', outdir: dir, entryNames: 'index',
    tsconfig: join(tree, 'tsconfig.json'), logLevel: 'error', legalComments: 'none', conditions: ['twinning-source', 'module'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(dir, 'index.html'), readFileSync(join(ROOT, 'bench/pages/page.html'), 'utf8'));
}

const server = await serve(OUT);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-extensions', '--window-size=1200,900'],
});
/** CPU seconds of all renderer processes (less sensitive to a loaded machine than wall time). */
const browserCdp = await browser.target().createCDPSession();
const rendererCpu = async () => (await browserCdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0) * 1000;
const VIEWS = { whole: { k: 1, x: 0, y: 0 }, 'zoomed 4x': { k: 4, x: -1200, y: -900 } };
try {
  for (const size of SIZES) {
    const pages = {};
    for (const tree of Object.keys(trees)) {
      const page = (pages[tree] = await browser.newPage());
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(`${server.origin}/pages/redraw-${tree}/index.html?el=twinning-map&data=synthetic-${size}`);
      await page.waitForFunction(() => window.__rendered || window.__error, { timeout: 120_000, polling: 100 });
    }
    for (const [view, t] of Object.entries(VIEWS)) {
      const times = Object.fromEntries(Object.keys(trees).map((tree) => [tree, []]));
      const walls = Object.fromEntries(Object.keys(trees).map((tree) => [tree, []]));
      for (let i = 0; i < REPEATS; i++) for (const tree of Object.keys(trees)) {
        const cpu = await rendererCpu();
        const wall = await pages[tree].evaluate((t) => {
          const el = window.__el;
          const canvas = el.shadowRoot.querySelector('canvas.marks');
          canvas.style.transform = 'translate(0px)';
          const start = performance.now();
          el.canvas.draw(el.shadowRoot, el, { ...t });
          canvas.getContext('2d').getImageData(0, 0, 1, 1);
          return performance.now() - start;
        }, t);
        times[tree].push((await rendererCpu()) - cpu);
        walls[tree].push(wall);
      }
      const median = (ms) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)].toFixed(0);
      const line = Object.entries(times).map(([tree, ms]) => `${tree} renderer CPU median ${median(ms)} ms [${ms.map((m) => m.toFixed(0)).join(', ')}], wall median ${median(walls[tree])} ms`);
      console.log(`${size} links, ${view}: ${line.join('; ')}`);
    }
    for (const page of Object.values(pages)) await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
