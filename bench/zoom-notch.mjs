/**
 * `node bench/zoom-notch.mjs`: main-thread cost of one wheel notch on <twinning-map>, alone and
 * quickly (not part of `npm run bench`). A notch is measured as bench/run.mjs measures its
 * "zoom frame": CDP TaskDuration around a wheel event and the two animation frames after it.
 * It also measures the settle: the task time in the 400 ms after the last notch of a gesture,
 * which holds the one crisp canvas redraw, and the longest frame there (gap between animation
 * frames).
 * Environment: CHROME_PATH (default /usr/bin/chromium), ZOOM_SIZES (default 1700,26000),
 * ZOOM_NOTCHES (measured notches per gesture, default 6), ZOOM_IN=1 (every measured notch zooms in,
 * so the redraw after the gesture is of a zoomed-in view, not the whole map again), ZOOM_SHOTS (a folder: screenshots of
 * the map mid-gesture and after the redraw, per size), ZOOM_COMPARE (another checkout with its
 * node_modules, e.g. main: measured too, alternating with this one, ZOOM_ROUNDS times each).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/weight.mjs';
import { buildMapPages, launchChromium, OUT } from './lib/tree-pages.mjs';
import { serve } from './serve.mjs';

const SIZES = (process.env.ZOOM_SIZES ?? '1700,26000').split(',').map(Number);
const NOTCHES = Number(process.env.ZOOM_NOTCHES ?? 6);
const ALL_IN = process.env.ZOOM_IN === '1';
const SHOTS = process.env.ZOOM_SHOTS;

const ROUNDS = Number(process.env.ZOOM_ROUNDS ?? 1);
const trees = { this: ROOT, ...(process.env.ZOOM_COMPARE ? { compare: process.env.ZOOM_COMPARE } : {}) };

await buildMapPages(trees, 'zoom-notch', SIZES);

const server = await serve(OUT);
const browser = await launchChromium();
const taskMs = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
/**
 * In the page: the longest gap between animation frames from now on, in window.__gap. It sees what
 * TaskDuration does not: Chromium rasterizes a software canvas in CanvasRenderingContext2D::
 * FinalizeFrame, outside the task that drew (a trace shows it; TaskDuration and long tasks do not).
 */
const gapTracker = () => {
  window.__gap = 0;
  let last = performance.now();
  const tick = (now) => {
    window.__gap = Math.max(window.__gap, now - last);
    last = now;
    window.__tick = requestAnimationFrame(tick);
  };
  window.__tick = requestAnimationFrame(tick);
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  for (const size of SIZES) for (let round = 0; round < ROUNDS; round++) for (const tree of Object.keys(trees)) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${server.origin}/pages/zoom-notch-${tree}/index.html?el=twinning-map&data=synthetic-${size}`);
    await page.waitForFunction(() => window.__rendered || window.__error, { timeout: 120_000, polling: 100 });
    const error = await page.evaluate(() => window.__error);
    if (error) throw new Error(error);
    const centre = await page.evaluate(() => {
      const r = window.__el.shadowRoot.querySelector('.map svg').getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    });
    await page.mouse.move(centre[0], centre[1]);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const frames = () => page.evaluate(() => window.__el.updateComplete.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    const rest = () => new Promise((r) => setTimeout(r, 400)).then(frames);
    // Warm-up gesture (loads the interaction chunk, first redraws), then rest.
    await page.mouse.wheel({ deltaY: -120 });
    await rest();
    await page.mouse.wheel({ deltaY: 120 });
    await rest();
    const notch = [];
    await page.evaluate(gapTracker);
    for (let i = 0; i < NOTCHES; i++) {
      const before = await taskMs(cdp);
      await page.mouse.wheel({ deltaY: ALL_IN || i < NOTCHES / 2 ? -120 : 120 });
      await frames();
      notch.push((await taskMs(cdp)) - before);
    }
    const gapDuring = await page.evaluate(() => (cancelAnimationFrame(window.__tick), window.__gap));
    // The settle: task time, and the longest gap between animation frames (the redraw).
    await page.evaluate(gapTracker);
    const before = await taskMs(cdp);
    await rest();
    const settle = (await taskMs(cdp)) - before;
    const longest = await page.evaluate(() => (cancelAnimationFrame(window.__tick), window.__gap));
    console.log(`${tree} ${size} agreements: notch median ${median(notch).toFixed(1)} ms, max ${Math.max(...notch).toFixed(1)} ms [${notch.map((n) => n.toFixed(1)).join(', ')}], longest frame ${gapDuring.toFixed(0)} ms; settle after the gesture ${settle.toFixed(1)} ms, longest frame in it ${longest.toFixed(0)} ms`);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      const map = await page.evaluate(() => {
        const r = window.__el.shadowRoot.querySelector('.map').getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      for (let i = 0; i < 4; i++) await page.mouse.wheel({ deltaY: -120 });
      await rest();
      await page.screenshot({ path: join(SHOTS, `map-${tree}-${size}-zoomed-in.png`), clip: map });
      await page.mouse.wheel({ deltaY: 120 });
      await page.mouse.wheel({ deltaY: 120 });
      await frames();
      await page.screenshot({ path: join(SHOTS, `map-${tree}-${size}-mid-gesture.png`), clip: map });
      await rest();
      await page.screenshot({ path: join(SHOTS, `map-${tree}-${size}-after-redraw.png`), clip: map });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
