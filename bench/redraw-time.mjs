/**
 * `node bench/redraw-time.mjs`: time of one full canvas redraw of <twinning-map> (drawScene plus a
 * 1-px getImageData that forces the rasterization Chromium otherwise does later, in FinalizeFrame),
 * at the initial view and zoomed in, median of REDRAW_REPEATS draws, as CPU time of the renderer
 * processes (CDP SystemInfo.getProcessInfo) and as wall time (not part of `npm run bench`).
 * Environment: CHROME_PATH, REDRAW_SIZES (default 1700,26000), REDRAW_REPEATS (default 7),
 * REDRAW_COMPARE (another checkout with its node_modules, e.g. main: measured alternately in the
 * same browser).
 */
import { ROOT } from './lib/weight.mjs';
import { buildMapPages, launchChromium, OUT } from './lib/tree-pages.mjs';
import { serve } from './serve.mjs';

const SIZES = (process.env.REDRAW_SIZES ?? '1700,26000').split(',').map(Number);
const REPEATS = Number(process.env.REDRAW_REPEATS ?? 7);
const trees = { this: ROOT, ...(process.env.REDRAW_COMPARE ? { compare: process.env.REDRAW_COMPARE } : {}) };

await buildMapPages(trees, 'redraw', SIZES);

const server = await serve(OUT);
const browser = await launchChromium();
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
