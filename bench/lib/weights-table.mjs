/** The weight section of the bench: Twinning entries, the kit, the peers and the assets. */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assetGzip, families, ROOT, twinningEntries, weigh } from './weight.mjs';

const require = createRequire(join(ROOT, 'package.json'));

/** Parts of our own code worth seeing apart, for deciding what to load lazily. */
const AREAS = [
  ['schema: validator + JSON parse', /packages\/schema\/src\/(validate|json-position|parse)/],
  ['schema: CSV import (+ d3-dsv)', /packages\/schema\/src\/import|node_modules\/d3-dsv\//],
  ['core: export menu', /packages\/core\/src\/export\//],
  ['UI strings (*.messages.ts)', /messages\.ts$/],
  ['styles (*.styles.ts, base-styles)', /styles\.ts$/],
  ['d3 interaction stack (zoom/brush, selection, transition, interpolate, color)', /node_modules\/d3-(zoom|transition|interpolate|color|timer|drag|dispatch|ease|selection)\//],
];

function areas(modules) {
  const out = {};
  for (const [name, pattern] of AREAS) {
    const hit = Object.entries(modules).filter(([path]) => pattern.test(path));
    if (hit.length) out[name] = hit.reduce((s, [, m]) => ({ min: s.min + m.min, gzip: s.gzip + m.gzip }), { min: 0, gzip: 0 });
  }
  return out;
}

const topModules = (modules, n = 12) => Object.entries(modules).sort((a, b) => b[1].gzip - a[1].gzip).slice(0, n).map(([path, m]) => ({ path, ...m }));

function describe(w) {
  const fam = families(w.packages);
  return {
    min: w.min, gzip: w.gzip, lit: fam.lit?.gzip ?? 0, d3: fam.d3?.gzip ?? 0,
    packages: Object.fromEntries(Object.entries(w.packages).filter(([, v]) => v.min > 0).sort((a, b) => b[1].gzip - a[1].gzip).map(([k, v]) => [k, v.gzip])),
    areas: areas(w.modules), topModules: topModules(w.modules),
    lazyChunks: w.lazy.map((l) => ({ inputs: l.inputs, gzip: l.gzip })),
  };
}

/** Our entries and the kit. */
export async function measureOwn() {
  const { entries, kit } = twinningEntries();
  const own = {};
  for (const [name, file] of Object.entries(entries)) own[name] = { entry: file, ...describe(await weigh(file)) };
  own.kit = { entry: Object.values(entries).join(' + '), ...describe(await weigh({ contents: kit })) };
  return own;
}

/** The assets loaded apart from the JS. */
export function measureAssets() {
  const atlas = (name) => require.resolve(`world-atlas/${name}`);
  return {
    'basemap/east-asia.json (default split view, Japan panel)': assetGzip(join(ROOT, 'packages/pairing-map/src/basemap/east-asia.json')),
    'basemap/north-america.json (default split view, Canada panel)': assetGzip(join(ROOT, 'packages/pairing-map/src/basemap/north-america.json')),
    'countries-110m.json (the globe; panels no region covers)': assetGzip(atlas('countries-110m.json')),
    'countries-50m.json (once the reader zooms in)': assetGzip(atlas('countries-50m.json')),
    'data/japan-canada.json (bundled dataset, whole)': assetGzip(join(ROOT, 'data/japan-canada.json')),
    'data/japan-canada.agreements.json (what a map alone loads)': assetGzip(join(ROOT, 'data/japan-canada.agreements.json')),
    'data/japan-canada.activities.json (loaded by the timeline, chart and partner cards)': assetGzip(join(ROOT, 'data/japan-canada.activities.json')),
  };
}

const PEER_JOBS = {
  'plot-map.js': 'Observable Plot: geo + link + dot (map)',
  'plot-timeline.js': 'Observable Plot: barX + tickX (timeline)',
  'plot-chart.js': 'Observable Plot: barX + groupY (chart)',
  'vega-map.js': 'vega-embed + vega-lite + vega (map)',
  'highcharts-map.js': 'Highcharts + map + flowmap + accessibility (map)',
  'echarts-map.js': 'echarts core + lines + scatter + geo, SVG renderer (map)',
  'vis-timeline.js': 'vis-timeline + vis-data (timeline)',
  'd3-map-svg.js': 'plain d3-geo + topojson-client, SVG (the floor)',
  'd3-map-canvas.js': 'plain d3-geo + topojson-client, canvas',
};

export async function measurePeers() {
  const bench = join(ROOT, 'bench');
  const peers = {};
  for (const file of readdirSync(join(bench, 'peers')).filter((f) => f.endsWith('.js'))) {
    const w = await weigh(`bench/peers/${file}`, { resolveDir: bench });
    const fam = families(w.packages);
    const top = Object.entries(fam).sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 4).map(([k, v]) => [k, v.gzip]);
    peers[file] = { job: PEER_JOBS[file] ?? file, min: w.min, gzip: w.gzip, d3: fam.d3?.gzip ?? 0, largest: Object.fromEntries(top) };
  }
  return peers;
}

export async function measureWeights() {
  return { unit: 'bytes; kB in the tables = 1,000 bytes', own: await measureOwn(), peers: await measurePeers(), assets: measureAssets() };
}
