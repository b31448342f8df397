/**
 * What a page fetches, before anything lazy, when it loads one file of the library build: the
 * file and every chunk it imports statically, transitively (the browser fetches those before the
 * module runs). Chunks behind import() are listed apart, by name. Works on any folder of ES
 * modules (dist/ of `npm run build:lib`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Specifiers of the static imports and re-exports of minified ES code. */
export function staticImports(code) {
  const statement = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+|\*)?\s*from\s*["']([^"']+)["']|(?:^|[;\n}])\s*import\s*["']([^"']+)["']/g;
  return [...code.matchAll(statement)].map((m) => m[1] ?? m[2]);
}

/** Specifiers of the import() calls with a literal string. */
export function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((m) => m[2]);
}

/**
 * The static closure of `entries` (paths relative to `dir`): files, min and gzip bytes (each file
 * gzipped on its own, as a server sends it), and the lazy chunks reachable by import() from it.
 */
export function closure(dir, entries) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(join(dir, file))) throw new Error(`missing: ${join(dir, file)}`);
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const resolveSpec = (spec) => normalize(join(dirname(file), spec));
    for (const spec of staticImports(code)) if (spec.startsWith('.')) visit(resolveSpec(spec));
    for (const spec of dynamicImports(code)) if (spec.startsWith('.')) lazy.add(resolveSpec(spec));
  };
  for (const entry of [entries].flat()) visit(entry);
  let min = 0, gzip = 0;
  const files = [...seen].map((file) => {
    const bytes = readFileSync(join(dir, file));
    const size = { file, min: bytes.length, gzip: gzipSize(bytes) };
    min += size.min;
    gzip += size.gzip;
    return size;
  });
  return { files, min, gzip, lazy: [...lazy].filter((f) => !seen.has(f)).sort() };
}

/** Min and gzip bytes of one file of `dir`. */
export function fileSize(dir, file) {
  const bytes = readFileSync(join(dir, file));
  return { file: relative(dir, join(dir, file)), min: bytes.length, gzip: gzipSize(bytes) };
}

/** The folder of the library build: packages/elements/dist when the build writes there, else dist/. */
export function distDir(root) {
  const candidates = [join(root, 'packages/elements/dist'), join(root, 'dist')];
  return candidates.find((dir) => existsSync(join(dir, 'twinning-map.js'))) ?? candidates[1];
}

/** Per-element files of the library build, and the kit (all of them on one page). */
export const DIST_ENTRIES = {
  map: 'twinning-map.js',
  timeline: 'twinning-timeline.js',
  chart: 'twinning-activity-chart.js',
  provider: 'twinning-data.js',
  partners: 'twinning-partners.js',
  kit: ['twinning-map.js', 'twinning-timeline.js', 'twinning-activity-chart.js', 'twinning-data.js'],
  cdn: 'twinning.js',
};

/** The regional outline assets the default split view of the bundled data draws. */
export const DEFAULT_BASEMAP = ['packages/pairing-map/src/basemap/east-asia.json', 'packages/pairing-map/src/basemap/north-america.json'];
