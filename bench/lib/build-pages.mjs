/**
 * Builds every bench page into bench/.out/pages/<name>/ (index.html + index.js + lazy chunks)
 * with the same esbuild settings as the weight table, and writes the datasets to bench/.out/data/.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './weight.mjs';

const BENCH = join(ROOT, 'bench');
export const OUT = join(BENCH, '.out');
const require = createRequire(join(BENCH, 'package.json'));

/** name → entry source (resolved from bench/pages) and the peer module it draws with, if any. */
export const PAGES = {
  'twinning-map': { contents: `import '@twinning/pairing-map'; import './element-page.js';` },
  'twinning-timeline': { contents: `import '@twinning/timeline'; import './element-page.js';` },
  'twinning-chart': { contents: `import '@twinning/activity-chart'; import './element-page.js';` },
  'plot-map': { peer: 'plot-map.js' },
  'plot-timeline': { peer: 'plot-timeline.js' },
  'plot-chart': { peer: 'plot-chart.js' },
  'd3-svg-map': { peer: 'd3-map-svg.js' },
  'd3-canvas-map': { peer: 'd3-map-canvas.js' },
  memory: { contents: `import './memory-page.js';`, instrument: true },
};

const peerPlugin = (peer) => ({
  name: 'peer',
  setup(b) {
    b.onResolve({ filter: /^__PEER__$/ }, () => ({ path: join(BENCH, 'peers', peer) }));
  },
});

export async function buildPages() {
  rmSync(join(OUT, 'pages'), { recursive: true, force: true });
  const html = readFileSync(join(BENCH, 'pages/page.html'), 'utf8');
  await Promise.all(Object.entries(PAGES).map(async ([name, page]) => {
    const dir = join(OUT, 'pages', name);
    mkdirSync(dir, { recursive: true });
    await build({
      stdin: { contents: page.contents ?? `import './peer-page.js';`, resolveDir: join(BENCH, 'pages'), loader: 'js' },
      bundle: true, minify: true, format: 'esm', splitting: true, target: 'es2022', outdir: dir, entryNames: 'index',
      tsconfig: join(ROOT, 'tsconfig.json'), logLevel: 'error', legalComments: 'none', conditions: ['twinning-source', 'module'],
      define: { 'process.env.NODE_ENV': '"production"' }, plugins: page.peer ? [peerPlugin(page.peer)] : [],
    });
    const instrument = page.instrument ? `<script>${readFileSync(join(BENCH, 'pages/instrument.js'), 'utf8')}</script>` : '';
    writeFileSync(join(dir, 'index.html'), html.replace('<body>', `<body>${instrument}`));
  }));
}

/**
 * Writes the datasets: the bundled Japan–Canada data, the basemap, and the synthetic sets
 * (regenerated only when missing or older than the generator, since 100,000 takes a while).
 */
export async function writeData(specs, synthesize) {
  const dir = join(OUT, 'data');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'data/japan-canada.json'), join(dir, 'japan-canada.json'));
  copyFileSync(require.resolve('world-atlas/countries-110m.json', { paths: [ROOT] }), join(dir, 'countries-110m.json'));
  const generator = Math.max(statSync(join(BENCH, 'synthetic.mjs')).mtimeMs, statSync(join(BENCH, 'lib/cities.mjs')).mtimeMs);
  for (const [name, spec] of Object.entries(specs)) {
    const file = join(dir, `${name}.json`);
    if (existsSync(file) && statSync(file).mtimeMs > generator) continue;
    writeFileSync(file, JSON.stringify(synthesize(spec)));
  }
}
