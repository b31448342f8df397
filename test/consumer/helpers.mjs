/**
 * Helpers for the consumer suite: run a command, serve a folder over HTTP, drive Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { execSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Runs `command args` in `cwd`; throws with its output when it fails (unless `allowFailure`). */
export function sh(command, args, cwd, { allowFailure = false, env = {} } = {}) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (!allowFailure && r.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json',
};

/**
 * Serves `dir` on 127.0.0.1 (a free port). `cors` adds `Access-Control-Allow-Origin: *`, as
 * jsDelivr and unpkg do. Resolves to { origin, close, requests }.
 */
export function serve(dir, { cors = false } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(cors ? { 'access-control-allow-origin': '*' } : {}) });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ origin: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((r) => server.close(r)) });
  }));
}

function findChrome() {
  for (const c of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (c && existsSync(c)) return c;
  return execSync('command -v chromium || command -v google-chrome', { encoding: 'utf8' }).trim();
}

/** Headless Chromium (the machine's own). */
export function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-extensions'],
  });
}

/** Opens `url` in a new page that records uncaught errors, console errors and warnings. */
export async function open(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** With TWINNING_CONSUMER_SCREENSHOTS=<dir>, saves a full-page screenshot of `page` as <dir>/<name>.png. */
export async function screenshot(page, name) {
  const dir = process.env.TWINNING_CONSUMER_SCREENSHOTS;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Waits until `selector` matches at least one node inside the shadow root of `host`; returns the count. */
export async function shadowCount(page, host, selector, timeout = 20000) {
  await page.waitForFunction((h, s) => document.querySelector(h)?.shadowRoot?.querySelectorAll(s).length > 0, { timeout, polling: 100 }, host, selector);
  return page.evaluate((h, s) => document.querySelector(h).shadowRoot.querySelectorAll(s).length, host, selector);
}

/** Clicks, with the real mouse, the centre of the first `selector` inside `host`'s shadow root. */
export async function clickInShadow(page, host, selector) {
  const box = await page.evaluate((h, s) => {
    const target = document.querySelector(h).shadowRoot.querySelector(s);
    target.scrollIntoView({ block: 'center' });
    const r = target.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, host, selector);
  await page.mouse.click(box.x, box.y);
}
