/**
 * Checks the built docs site (dist/storybook): every docs page and the embed builder render in
 * headless Chromium with no page errors, and axe finds no violations in them. With
 * `--screenshots`, also writes the docs screenshots to docs/images/.
 *
 *   npm run build-storybook && node scripts/docs-site-check.mjs [--screenshots]
 *
 * Storybook's preview waits for its manager when it runs inside a frame, so each page is opened
 * top-level with puppeteer-core (installed with @web/test-runner-chrome) driving the machine's
 * own Chromium. Exports `checkDocsSite()` for test/node/docs-site.test.mjs.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '..');
const SITE = join(ROOT, 'dist/storybook');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** The pages checked: the Markdown docs, each element's generated docs page, and the builder. */
export const PAGES = [
  ...['introduction', 'getting-started', 'for-municipalities', 'embedding', 'tell-a-story', 'frameworks', 'data-guide', 'validation-codes', 'theming', 'accessibility', 'console-warnings',
    'components-shared-contract', 'components-twinning-map', 'components-twinning-timeline', 'components-twinning-activity-chart', 'components-twinning-data', 'components-twinning-partners']
    .map((p) => ({ id: `docs-${p}--docs`, mode: 'docs' })),
  { id: 'embed-builder--builder', mode: 'story' },
];

function findChrome() {
  for (const c of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (c && existsSync(c)) return c;
  return execSync('command -v chromium || command -v google-chrome', { encoding: 'utf8' }).trim();
}

function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(SITE, path === '/' ? 'index.html' : path);
    if (!file.startsWith(SITE) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Opens each page; resolves to one line per problem (empty when all is well). */
export async function checkDocsSite({ screenshots = false } = {}) {
  if (!existsSync(join(SITE, 'iframe.html'))) return ['dist/storybook is missing: run npm run build-storybook first'];
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: findChrome(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  try {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const { id, mode } of PAGES) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      const errors = [];
      page.on('pageerror', (e) => { if (!/ResizeObserver loop/.test(String(e.message))) errors.push(String(e.message)); });
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=${mode}`, { waitUntil: 'load' });
      const ready = mode === 'docs' ? '.sbdocs-content h1' : 'twinning-embed-builder';
      try {
        await page.waitForSelector(ready, { timeout: 30000 });
      } catch {
        problems.push(`${id}: did not render (${errors.join('; ') || 'no error'})`);
        await page.close();
        continue;
      }
      if (mode === 'story') await page.waitForFunction(() => !!document.querySelector('twinning-embed-builder')?.shadowRoot?.querySelector('#preview twinning-map'), { timeout: 20000 });
      await page.addScriptTag({ content: axe });
      const scope = mode === 'docs' ? '.sbdocs-content' : '#storybook-root';
      const violations = await page.evaluate(async (selector) => {
        const result = await window.axe.run(document.querySelector(selector), { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
      }, scope);
      for (const v of violations) problems.push(`${id}: ${v}`);
      for (const e of errors) problems.push(`${id}: page error: ${e}`);
      await page.close();
    }
    if (screenshots) await takeScreenshots(browser, base);
  } finally {
    await browser.close();
    server.close();
  }
  return problems;
}

async function takeScreenshots(browser, base) {
  const shots = [
    { file: 'storybook-map-docs.png', url: `${base}/?path=/docs/elements-twinning-map--docs`, width: 1400, height: 1000, wait: 'iframe' },
    { file: 'embed-builder-1280.png', url: `${base}/iframe.html?id=embed-builder--builder&viewMode=story`, width: 1280, height: 1500 },
    { file: 'embed-builder-390.png', url: `${base}/iframe.html?id=embed-builder--builder&viewMode=story`, width: 390, height: 1800 },
  ];
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.goto(shot.url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 6000));
    await page.screenshot({ path: join(ROOT, 'docs/images', shot.file) });
    await page.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await checkDocsSite({ screenshots: process.argv.includes('--screenshots') });
  for (const p of problems) console.error(p);
  console.log(problems.length ? `docs site: ${problems.length} problem(s)` : `docs site: ${PAGES.length} pages render with no axe violations`);
  process.exit(problems.length ? 1 : 0);
}
