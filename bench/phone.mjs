/**
 * Phone-class CPU: hover, tap and one zoom notch on `<twinning-map>` as a phone reader gets it —
 * the library build (`npm run build:lib`, one script tag, the bundled data, the default split
 * view, lazy chunks loaded when first needed) at 390 × 844 CSS px, device pixel ratio 3, touch
 * and mobile emulation, and Chromium's CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`, the
 * usual stand-in for a mid-range phone) from navigation on.
 *
 * - First pointer: a mouse hover on a dot, the first pointer the page ever sees (after the page
 *   was idle, so the interaction chunk asked for then is in; any chunk it still loads is listed):
 *   event time stamp → after the first frame painted with the feedback (the map's
 *   `highlighting` state), and the long tasks in the 2 s after it.
 * - Hover: the same on other dots, warm (median, p95).
 * - Tap: a touchscreen tap on a dot; Event Timing's duration of the interaction (input → next
 *   paint, as INP counts it; under 16 ms Chromium reports nothing and it counts as 16).
 * - Layouts per hover and per tap (CDP `LayoutCount`): deterministic where the times are not; a
 *   handler that reads layout after changing the DOM shows up here as more than one per frame.
 * - Zoom notch: one wheel notch over the map; wheel time stamp → after the first frame painted
 *   with the new transform, and the main-thread task time (CDP `TaskDuration`, in throttled
 *   time) of the whole notch, its gesture end included (labels placed again 150 ms after).
 *
 * `node bench/phone.mjs` (after `npm run build:lib`) runs only this, merges the result into
 * bench/results.json as `phone` and writes bench/results.md again; bench/run.mjs calls
 * `measurePhone()` with its own browser and the library server of its bytes step.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { summary } from './lib/stats.mjs';

export const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, cpuThrottling: 4 };
const HOVERS = 12;
const TAPS = 8;
const NOTCHES = 8;

/** Writes `phone.html` into the folder that serves the library build (`dist/` beside it). */
export function writePhonePage(dir) {
  writeFileSync(join(dir, 'phone.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>phone</title>
<script>
  // Long tasks and Event Timing entries from the start; read by bench/phone.mjs.
  window.__long = []; window.__events = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) __events.push([e.interactionId, e.name, e.duration]); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
</script>
<script type="module" src="dist/twinning-map.js"></script></head>
<body style="margin: 0; font: 16px system-ui, sans-serif"><twinning-map></twinning-map></body></html>`);
}

/** In the page: resolves with ms from the next `type` event's time stamp to after the first frame painted once `ready()` holds. */
function armFeedback(page, type, check) {
  return page.evaluate((type, check) => {
    window.__fb = null;
    const el = document.querySelector('twinning-map');
    const root = el.shadowRoot;
    const before = root.querySelector('.zoomable')?.getAttribute('transform');
    const ready = {
      highlight: () => !!root.querySelector('.map svg.highlighting'),
      zoomed: () => root.querySelector('.zoomable')?.getAttribute('transform') !== before,
    }[check];
    addEventListener(type, (event) => {
      const t0 = event.timeStamp;
      const poll = () => {
        if (!ready()) return requestAnimationFrame(poll);
        // This frame paints the feedback: a message posted from its rAF arrives after the paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (window.__fb = performance.now() - t0);
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(poll);
    }, { capture: true, once: true });
  }, type, check);
}

const waitFeedback = (page) => page.waitForFunction(() => window.__fb !== null, { polling: 20, timeout: 30_000 }).then(() => page.evaluate(() => window.__fb));
const quiet = (page, ms = 300) => page.evaluate((ms) => new Promise((r) => setTimeout(() => requestAnimationFrame(() => r()), ms)), ms);

/** Measures one fresh page; `origin` serves the folder `writePhonePage()` wrote into. */
export async function measurePhone(browser, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const out = { ...PHONE, loadAverage: +loadavg()[0].toFixed(1), page: 'phone.html: <twinning-map> from dist/twinning-map.js, bundled data, default split view' };
  try {
    await page.emulate({ userAgent: await browser.userAgent(), viewport: { width: PHONE.width, height: PHONE.height, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true } });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuThrottling });
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/phone.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('twinning-map')?.shadowRoot?.querySelector('.map svg [data-twinning]'), { polling: 50, timeout: 60_000 });
    out.firstRenderMs = await page.evaluate(() => performance.now());
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 });
    await quiet(page, 500);
    out.agreements = await page.evaluate(() => document.querySelector('twinning-map').shadowRoot.querySelectorAll('[data-twinning]').length);
    // Dots on top at their centre, in the visible part of the page.
    const dots = await page.evaluate((n) => {
      const root = document.querySelector('twinning-map').shadowRoot;
      const hits = [];
      for (const dot of root.querySelectorAll('[data-place] > circle')) {
        const r = dot.getBoundingClientRect();
        const x = r.x + r.width / 2, y = r.y + r.height / 2;
        if (r.width && y > 0 && y < innerHeight && root.elementFromPoint(x, y)?.closest('[data-place]') === dot.closest('[data-place]')) hits.push([Math.round(x), Math.round(y)]);
      }
      // Spread over the map rather than the first few of one cluster.
      return Array.from({ length: Math.min(n, hits.length) }, (_, i) => hits[Math.floor((i * hits.length) / Math.min(n, hits.length))]);
    }, HOVERS + TAPS + 1);
    out.targets = dots.length;
    if (dots.length < 3) throw new Error(`only ${dots.length} dots to aim at`);
    const chunksBefore = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length);

    // First pointer ever.
    const [fx, fy] = dots[0];
    const t0 = await page.evaluate(() => performance.now());
    await armFeedback(page, 'pointerover', 'highlight');
    await page.mouse.move(fx, fy);
    out.firstHoverMs = await waitFeedback(page);
    await quiet(page, 2000);
    const after = await page.evaluate((t0) => ({
      long: window.__long.filter(([start]) => start >= t0).map(([, d]) => Math.round(d)),
      chunks: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).slice(-4).map((e) => e.name.replace(/.*\//, '')),
      count: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length,
    }), t0);
    out.firstPointerLongTasksMs = after.long;
    out.firstPointerChunks = after.count - chunksBefore > 0 ? after.chunks.slice(-(after.count - chunksBefore)) : [];

    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
    // Warm hovers: away to the page's corner (outside the map), then onto a dot.
    const hover = [];
    const hoverLayouts = await metric('LayoutCount');
    for (const [x, y] of dots.slice(1, 1 + HOVERS)) {
      await page.mouse.move(2, PHONE.height - 2);
      await quiet(page, 150);
      await armFeedback(page, 'pointerover', 'highlight');
      await page.mouse.move(x, y);
      hover.push(await waitFeedback(page));
    }
    out.hoverMs = summary(hover);
    out.layoutsPerHover = +(((await metric('LayoutCount')) - hoverLayouts) / hover.length).toFixed(1);
    await page.mouse.move(2, PHONE.height - 2);
    await quiet(page, 300);

    // Taps: Event Timing per interaction (max over its events: pointerdown, pointerup, click).
    const tapTargets = dots.slice(1 + HOVERS, 1 + HOVERS + TAPS);
    const seen = await page.evaluate(() => new Set(window.__events.map(([id]) => id)).size);
    const tapLayouts = await metric('LayoutCount');
    for (const [x, y] of tapTargets) {
      await page.touchscreen.tap(x, y);
      await quiet(page, 400);
    }
    out.layoutsPerTap = +(((await metric('LayoutCount')) - tapLayouts) / tapTargets.length).toFixed(1);
    const tapEntries = await page.evaluate(() => window.__events);
    const byInteraction = new Map();
    for (const [id, , d] of tapEntries) byInteraction.set(id, Math.max(byInteraction.get(id) ?? 0, d));
    const durations = [...byInteraction.values()].slice(seen);
    // Taps Chromium did not report were under the 16 ms threshold.
    out.tapMs = summary([...durations, ...Array(Math.max(0, tapTargets.length - durations.length)).fill(16)]);
    out.tapsUnder16 = Math.max(0, tapTargets.length - durations.length);
    await page.touchscreen.tap(2, 2); // clear any selection outside the map (the page's top-left corner is the summary text)
    await quiet(page, 400);

    // Zoom notches at the middle of the map's visible part.
    const centre = await page.evaluate(() => {
      const r = document.querySelector('twinning-map').shadowRoot.querySelector('.map svg').getBoundingClientRect();
      return [Math.round(r.x + r.width / 2), Math.round(Math.min(r.y + r.height / 2, innerHeight / 2))];
    });
    await page.mouse.move(centre[0], centre[1]);
    await quiet(page, 300);
    const task = () => metric('TaskDuration');
    const work = [];
    const paint = [];
    const frameWork = [];
    for (let i = 0; i <= NOTCHES; i++) {
      await armFeedback(page, 'wheel', 'zoomed');
      const before = await task();
      // In first, out after (one more in than out, so the last never meets the zoom's lower bound).
      await page.mouse.wheel({ deltaY: i <= NOTCHES / 2 ? -120 : 120 });
      const painted = await waitFeedback(page);
      const frame = ((await task()) - before) * 1000;
      // A lone notch is a whole gesture: its end (150 ms without wheel: labels placed again) counts.
      await quiet(page, 300);
      const spent = ((await task()) - before) * 1000;
      if (i > 0) { work.push(spent); paint.push(painted); frameWork.push(frame); } // the first notch warms up
    }
    out.zoomWorkMs = summary(work);
    out.zoomPaintMs = summary(paint);
    out.zoomFrameWorkMs = summary(frameWork);
  } catch (error) {
    out.error = String(error.message ?? error).split('\n')[0];
  } finally {
    await context.close();
  }
  return out;
}

/**
 * The phone goal rows and section of `fresh` (a whole report) put into `current` (results.md as
 * it is, with its hand-written notes), replacing any earlier ones; everything else is kept.
 */
export function splicePhone(current, fresh) {
  const isRow = (line) => line.startsWith('| Phone-class CPU');
  const section = (lines) => {
    const start = lines.findIndex((l) => l.startsWith('## Phone-class CPU'));
    if (start < 0) return [start, 0];
    const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    return [start, (next < 0 ? lines.length : next) - start];
  };
  const src = fresh.split('\n');
  const rows = src.filter(isRow);
  const [s0, n0] = section(src);
  const block = s0 < 0 ? [] : src.slice(s0, s0 + n0);
  const out = current.split('\n').filter((l) => !isRow(l));
  const [s1, n1] = section(out);
  if (s1 >= 0) out.splice(s1, n1);
  // Rows at the end of the Goals table; the section before the timeline's (or at the end).
  const goals = out.findIndex((l) => l.startsWith('## Goals'));
  let end = out.findIndex((l, i) => i > goals && l.startsWith('|'));
  while (end >= 0 && out[end]?.startsWith('|')) end++;
  if (goals >= 0 && end > 0) out.splice(end, 0, ...rows);
  const before = out.findIndex((l) => /^## (Timeline at|Memory|Byte budgets|Notes)/.test(l));
  out.splice(before < 0 ? out.length : before, 0, ...block);
  return out.join('\n');
}

// ---- standalone: node bench/phone.mjs ----
if (import.meta.url === `file://${process.argv[1]}`) {
  const puppeteer = (await import('puppeteer-core')).default;
  const { writeBytePages } = await import('./lib/first-paint-bytes.mjs');
  const { serve } = await import('./serve.mjs');
  const { ROOT } = await import('./lib/weight.mjs');
  const { evaluateGoals, renderMarkdown } = await import('./lib/report.mjs');
  const dir = writeBytePages();
  writePhonePage(dir);
  const server = await serve(dir);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-extensions'],
  });
  try {
    const phone = await measurePhone(browser, server.origin);
    console.log(JSON.stringify(phone, null, 2));
    if (!process.argv.includes('--no-write')) {
      const file = join(ROOT, 'bench/results.json');
      const results = JSON.parse(readFileSync(file, 'utf8'));
      results.phone = phone;
      results.goals = evaluateGoals(results);
      writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
      const md = join(ROOT, 'bench/results.md');
      writeFileSync(md, splicePhone(readFileSync(md, 'utf8'), renderMarkdown(results)));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
