/**
 * For the comparison scripts (zoom-notch.mjs, redraw-time.mjs): the synthetic datasets, one map
 * page per checkout (this one and, optionally, another, e.g. main) and the headless Chromium they
 * run in, so the same code is measured alternately in one browser.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { synthesize } from '../synthetic.mjs';
import { writeData } from './build-pages.mjs';
import { ROOT } from './weight.mjs';

export const OUT = join(ROOT, 'bench', '.out');

/** Writes `synthetic-<n>` for each size and builds `pages/<prefix>-<tree>/` from each checkout's sources. */
export async function buildMapPages(trees, prefix, sizes) {
  await writeData(Object.fromEntries(sizes.map((n) => [`synthetic-${n}`, { agreements: n, seed: 1 }])), synthesize);
  for (const [name, tree] of Object.entries(trees)) {
    const dir = join(OUT, 'pages', `${prefix}-${name}`);
    mkdirSync(dir, { recursive: true });
    await build({
      stdin: { contents: `import '@twinning/pairing-map'; import './element-page.js';`, resolveDir: join(tree, 'bench/pages'), loader: 'js' },
      bundle: true, minify: true, format: 'esm', splitting: true, target: 'es2022', outdir: dir, entryNames: 'index',
      tsconfig: join(tree, 'tsconfig.json'), logLevel: 'error', legalComments: 'none', conditions: ['twinning-source', 'module'],
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    writeFileSync(join(dir, 'index.html'), readFileSync(join(ROOT, 'bench/pages/page.html'), 'utf8'));
  }
}

/** Headless Chromium (CHROME_PATH or Debian's) with a 1200 × 900 window. */
export const launchChromium = () => puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-extensions', '--window-size=1200,900'],
});
