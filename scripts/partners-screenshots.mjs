#!/usr/bin/env node
/**
 * The screenshots of `<twinning-partners>` for the municipalities guide, taken in headless
 * Chromium from scripts/screenshots/partners.html (the element alone, on the invented
 * multi-country fixture, `now` pinned to 2026-06-01 so ages and anniversaries never drift):
 *
 *   node scripts/partners-screenshots.mjs [outdir]     (default docs/images/municipalities)
 *
 * Starts its own Vite dev server (sources, no build needed) and stops it when done.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(process.argv[2] ?? join(root, 'docs/images/municipalities'));
const SHOTS = [
  { file: 'partners-en-1280.png', lang: 'en', width: 1280 },
  { file: 'partners-fr-1280.png', lang: 'fr', width: 1280 },
  { file: 'partners-ja-390.png', lang: 'ja', width: 390 },
];

const chrome = process.env.CHROME_PATH ?? execSync('command -v chromium || command -v google-chrome', { encoding: 'utf8' }).trim();
mkdirSync(outdir, { recursive: true });
const server = await createServer({ configFile: join(root, 'vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: chrome, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
    const url = `http://127.0.0.1:${port}/@fs${join(root, 'scripts/screenshots/partners.html')}?lang=${shot.lang}`;
    await page.goto(url, { waitUntil: 'load' });
    // Ready once every card has its locator with land drawn.
    await page.waitForFunction(() => {
      const root = document.querySelector('twinning-partners')?.shadowRoot;
      const cards = root ? [...root.querySelectorAll('[part~="card"]')] : [];
      return cards.length > 0 && cards.every((card) => card.querySelector('[part~="locator"] .land'));
    }, { timeout: 60000 });
    await page.evaluate(() => document.fonts.ready);
    // The element and a 12 px margin of the (white) page around it.
    const box = await (await page.$('twinning-partners')).boundingBox();
    const pad = 12;
    await page.screenshot({ path: join(outdir, shot.file), captureBeyondViewport: true,
      clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad } });
    console.log(join(outdir, shot.file));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
