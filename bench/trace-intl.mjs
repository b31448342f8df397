/**
 * Lists the Intl objects (and localeCompare / toLocale* calls) each element constructs before its
 * first render on the bench page (japan-canada as `.data`), in en, fr and ja, with the calling
 * functions. The page's first NumberFormat/ListFormat/DateTimeFormat/DisplayNames loads locale
 * data (tens to hundreds of ms), so this is a deterministic check of what the profile shows.
 *
 *   npm ci --prefix bench && node bench/trace-intl.mjs      (CODE=/other/checkout for before)
 *
 * Not part of `npm run bench`; results in bench/profile-notes.md (third round).
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { ROOT as HERE } from './lib/weight.mjs';

const ROOT = process.env.CODE ?? HERE;
const BENCH = join(HERE, 'bench');
const OUT = join(BENCH, '.out', process.env.CODE ? 'trace-intl-other' : 'trace-intl');
const require = createRequire(join(BENCH, 'package.json'));
const puppeteer = require('puppeteer-core');
const PACKAGES = { 'twinning-map': 'pairing-map', 'twinning-timeline': 'timeline', 'twinning-activity-chart': 'activity-chart' };
mkdirSync(join(OUT, 'page'), { recursive: true }); mkdirSync(join(OUT, 'data'), { recursive: true });
await build({
  stdin: { contents: `import '@twinning/pairing-map'; import '@twinning/timeline'; import '@twinning/activity-chart'; import ${JSON.stringify(join(BENCH, 'pages/element-page.js'))};`, resolveDir: join(ROOT, 'bench/pages'), loader: 'js' },
  bundle: true, format: 'esm', splitting: true, target: 'es2022', outdir: join(OUT, 'page'), entryNames: 'index',
  tsconfig: join(ROOT, 'tsconfig.json'), logLevel: 'error', legalComments: 'none', conditions: ['twinning-source', 'module'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
writeFileSync(join(OUT, 'page', 'index.html'), readFileSync(join(BENCH, 'pages/page.html'), 'utf8'));
copyFileSync(join(ROOT, 'data/japan-canada.json'), join(OUT, 'data', 'japan-canada.json'));
const server = await serve(OUT);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
try {
  for (const el of Object.keys(PACKAGES)) for (const lang of ['en', 'fr', 'ja']) {
    const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__intl = [];
      const rec = (what) => { if (window.__rendered) return; const s = new Error().stack.split('\n').slice(2, 6).map((l) => l.trim().replace(/\(http.*\/page\//, '(').replace(/^at /, '')).join(' < '); window.__intl.push(`${what}: ${s}`); };
      for (const k of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'PluralRules', 'DisplayNames', 'Collator', 'RelativeTimeFormat', 'Segmenter']) {
        const C = Intl[k]; if (!C) continue;
        // biome-ignore lint/complexity/useArrowFunction: called with `new`.
        const W = function (...a) { rec(k + ' ' + JSON.stringify(a)); return new C(...a); }; W.prototype = C.prototype; W.supportedLocalesOf = C.supportedLocalesOf; Intl[k] = W;
      }
      const lc = String.prototype.localeCompare; String.prototype.localeCompare = function (...a) { rec('localeCompare'); return lc.apply(this, a); };
      for (const [P, m] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString']]) { const f = P[m]; P[m] = function (...a) { rec(m); return f.apply(this, a); }; }
    });
    await page.goto(`${server.origin}/page/index.html?el=${el}&data=japan-canada&a-lang=${lang}`);
    await page.waitForFunction(() => window.__rendered || window.__error, { timeout: 60000 });
    const list = await page.evaluate(() => window.__intl);
    const counts = new Map(); for (const l of list) counts.set(l, (counts.get(l) ?? 0) + 1);
    console.log(`\n== ${el} ${lang}: ${list.length}`); for (const [l, n] of counts) console.log(`${n}x ${l}`);
    await ctx.close();
  }
} finally { await browser.close(); await server.close(); }
