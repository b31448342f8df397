/**
 * Bytes before first render, counted in the browser: pages that load the library build
 * (`npm run build:lib`, served from bench/.out/lib/dist) the way a web editor does — a script tag
 * and the element, on the bundled data — record every response until the element has drawn its
 * marks, then until the network is quiet. Each body is gzipped (-9) as a server would send it.
 * Responses are sorted into code (every script), the dataset chunk and the outline assets, so the
 * goal ("everything fetched before the first paint, not counting dataset and basemap") counts
 * lazy code the first paint needs, e.g. a language chunk on a Japanese page.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './dist-closure.mjs';
import { ROOT } from './weight.mjs';

const OUT = join(ROOT, 'bench/.out/lib');

const READY = {
  'twinning-map': '[data-twinning], canvas',
  'twinning-timeline': '[data-activity], [data-twinning], canvas',
  'twinning-activity-chart': '[data-category]',
};

/** name → the element tags on the page and the scripts it loads. */
export const BYTE_PAGES = {
  map: { tags: ['twinning-map'], scripts: ['twinning-map.js'] },
  timeline: { tags: ['twinning-timeline'], scripts: ['twinning-timeline.js'] },
  chart: { tags: ['twinning-activity-chart'], scripts: ['twinning-activity-chart.js'] },
  kit: { tags: ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'], provider: true, scripts: ['twinning-map.js', 'twinning-timeline.js', 'twinning-activity-chart.js', 'twinning-data.js'] },
  'cdn map': { tags: ['twinning-map'], scripts: ['twinning.js'] },
  'cdn kit': { tags: ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'], provider: true, scripts: ['twinning.js'] },
};

/** Copies the build next to generated pages; returns the folder to serve. */
export function writeBytePages() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(distDir(ROOT), join(OUT, 'dist'), { recursive: true, filter: (src) => !src.includes('/storybook') && !src.includes('/site') });
  for (const [name, page] of Object.entries(BYTE_PAGES)) {
    const elements = page.tags.map((t) => `<${t}></${t}>`).join('\n');
    const body = page.provider ? `<twinning-data>${elements}</twinning-data>` : elements;
    writeFileSync(join(OUT, `${name.replace(' ', '-')}.html`), `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title>
<script>document.documentElement.lang = new URLSearchParams(location.search).get('lang') || 'en';</script>
${page.scripts.map((s) => `<script type="module" src="dist/${s}"></script>`).join('\n')}</head>
<body style="width: 1200px">${body}</body></html>`);
  }
  return OUT;
}

const kind = (url) => (/japan-canada/.test(url) ? 'dataset' : /countries-|east-asia|north-america/.test(url) ? 'basemap' : /\.js$/.test(url) ? 'code' : 'page');

/** One page load in a fresh context: the responses before the first render and until the network is quiet. */
export async function measurePage(browser, origin, name, lang) {
  const page0 = BYTE_PAGES[name];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const responses = [];
  let rendered = false;
  const pending = [];
  page.on('response', (response) => pending.push(record(response, !rendered)));
  const record = async (response, before) => {
    try {
      const body = await response.buffer();
      const url = response.url().replace(origin, '');
      responses.push({ url, kind: kind(url), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, beforeRender: before });
    } catch { /* redirects and aborted requests have no body */ }
  };
  try {
    await page.goto(`${origin}/${name.replace(' ', '-')}.html?lang=${lang}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction((tags, ready) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector(ready[t])), { polling: 10, timeout: 60_000 }, page0.tags, READY);
    rendered = true;
    await page.waitForNetworkIdle({ idleTime: 400, timeout: 30_000 });
    // Every body read before the context closes (a late outline asset was lost otherwise).
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  const sum = (filter) => responses.filter(filter).reduce((s, r) => s + r.gzip, 0);
  return {
    page: name, lang,
    codeBeforeRender: sum((r) => r.kind === 'code' && r.beforeRender),
    codeFiles: responses.filter((r) => r.kind === 'code' && r.beforeRender).map((r) => `${r.url.replace(/^\/dist\//, '')} ${r.gzip}`),
    datasetFirstView: sum((r) => r.kind === 'dataset'),
    basemapFirstView: sum((r) => r.kind === 'basemap'),
    basemapFiles: responses.filter((r) => r.kind === 'basemap').map((r) => r.url.replace(/^\/dist\//, '')),
    codeFirstView: sum((r) => r.kind === 'code'),
  };
}
