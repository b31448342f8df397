// Screenshots of the built dashboard embed (dist/embed.html?view=dashboard, from `npm run build:lib`)
// in Chromium, Firefox and WebKit, to look at side by side: tests say what is drawn, not how it looks.
//   node scripts/engine-screenshots.mjs [out-dir] [query]
// Writes <out-dir>/<engine>.png (default out-dir: a new folder under the system temp dir).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';
import * as puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { findBrowser } from './wtr-engines.mjs';
import { findMiniBrowser, startWebKitDriver } from './webkit-driver.mjs';

const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'twinning-engines-'));
const query = process.argv[3] ?? 'view=dashboard';
const root = resolve('dist');
if (!existsSync(join(root, 'embed.html'))) throw new Error('dist/embed.html is missing: run `npm run build:lib` first.');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = resolve(root, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
  if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/embed.html?${query}`;

/** True in the page once every element has drawn its marks (or an error). */
const READY = `(() => {
  const els = [...document.querySelectorAll('twinning-map, twinning-timeline, twinning-activity-chart')];
  return els.length > 0 && els.every((el) => el.shadowRoot && el.shadowRoot.querySelector("[part~='link'], [part~='lane'], [part~='bar'], [part~='error'], [part~='empty']"))
    && (!document.querySelector('twinning-map') || document.querySelector('twinning-map').shadowRoot.querySelector("[part~='land']"));
})()`;

async function withPuppeteer(engine, options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(url);
    await page.waitForFunction(READY, { timeout: 30000 });
    await new Promise((done) => setTimeout(done, 500));
    writeFileSync(join(out, `${engine}.png`), await page.screenshot({ fullPage: true }));
  } finally {
    await browser.close();
  }
}

await withPuppeteer('chromium', {
  executablePath: findBrowser('Chromium', process.env.CHROME_PATH, ['chromium', 'chromium-browser', 'google-chrome'], 'apt-get install chromium'),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
await withPuppeteer('firefox', { browser: 'firefox', executablePath: findBrowser('Firefox', process.env.FIREFOX_PATH, ['firefox-esr', 'firefox'], 'apt-get install firefox-esr') });

const { port } = await startWebKitDriver();
const webkit = await remote({
  hostname: '127.0.0.1', port, path: '/', logLevel: 'error',
  capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] } },
});
try {
  await webkit.setWindowSize(1100, 1400);
  await webkit.url(url);
  await webkit.waitUntil(() => webkit.execute(`return ${READY}`), { timeout: 30000 });
  await new Promise((done) => setTimeout(done, 500));
  await webkit.saveScreenshot(join(out, 'webkit.png'));
} finally {
  await webkit.deleteSession();
}
server.close();
console.log(`screenshots in ${out}: chromium.png firefox.png webkit.png (${url})`);
process.exit(0);
