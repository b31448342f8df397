// The library build (`npm run build:lib`, run by `npm test` first): what a CDN serves.
// Byte budgets were measured on 2026-11-28 with every element and <twinning-data> in the
// build, plus about 15 % headroom. Raise a budget only on purpose, and say why in the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../packages/elements/dist/', import.meta.url));
const BUDGETS = {
  // measured 122.6 kB gzip (361 kB min), without the lazy dataset and world-outline chunks
  'twinning.js': 141_000,
  // Host pages are promised "under 1 kB gzipped" (docs/embedding.md). Measured 0.39 kB gzip
  // (0.61 kB min) for height only; 0.74 kB gzip (1.40 kB min) since it also relays the page's
  // viewport to a framed <twinning-story> and scrolls for it. The minified cap stops growth.
  'embed-resize.js': 1_000,
  'embed-resize.js min': 1_500,
};

const PACKAGE_ENTRIES = ['index.js', 'classes.js'];
const read = (file) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file)) : null);
const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const missing = 'missing: run `npm run build:lib` first';

/** Specifiers of the static `import … from "…"`, `import "…"` and `export … from "…"` statements of minified ES code. */
function staticImports(code) {
  const statement = /(?:^|[;\n])\s*(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+|\*)?\s*from\s*"([^"]+)"|(?:^|[;\n])\s*import\s*"([^"]+)"/g;
  return [...code.matchAll(statement)].map((m) => m[1] ?? m[2]);
}

const cdn = read('twinning.js');
test(`dist/twinning.js gzip ${cdn ? kB(gzipped(cdn)) : missing} (min ${cdn ? kB(cdn.length) : '?'}) stays under ${kB(BUDGETS['twinning.js'])}`, () => {
  assert.ok(cdn, missing);
  assert.ok(gzipped(cdn) < BUDGETS['twinning.js'], `gzip ${gzipped(cdn)} B is over the budget`);
});

const resize = read('embed-resize.js');
test(`dist/embed-resize.js gzip ${resize ? gzipped(resize) : '?'} B (min ${resize ? `${resize.length} B` : missing}) stays under ${BUDGETS['embed-resize.js']} B gzip and ${BUDGETS['embed-resize.js min']} B min`, () => {
  assert.ok(resize, missing);
  assert.ok(gzipped(resize) < BUDGETS['embed-resize.js'], `${gzipped(resize)} B gzip is over the budget`);
  assert.ok(resize.length < BUDGETS['embed-resize.js min'], `${resize.length} B min is over the budget`);
  assert.doesNotMatch(resize.toString(), /\bimport\b|\bexport\b/, 'embed-resize.js must be a classic script');
});

test('dist/twinning.js imports nothing statically: one file on a CDN', () => {
  assert.ok(cdn, missing);
  assert.deepEqual(staticImports(cdn.toString()), []);
  assert.ok(staticImports(read('twinning-map.js')?.toString() ?? '').length > 0, 'the import finder found none in twinning-map.js, which shares chunks');
});

test('every import() in dist/*.js and dist/chunks/*.js is relative to the module, so the files can move as a folder', () => {
  const files = [
    // index.js and classes.js are the npm package's entries (for bundlers, with bare imports), not CDN files.
    ...readdirSync(dist).filter((f) => f.endsWith('.js') && !PACKAGE_ENTRIES.includes(f)),
    ...(existsSync(join(dist, 'chunks')) ? readdirSync(join(dist, 'chunks')).map((f) => `chunks/${f}`) : []),
  ];
  assert.ok(files.includes('twinning.js'), missing);
  const specifiers = files.flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/\bimport\(\s*(["'`])([^"'`]*)\1/g)].map((m) => `${file} → ${m[2]}`));
  for (const part of ['agreements', 'activities']) {
    assert.ok(specifiers.some((s) => s.startsWith(`twinning.js → ./chunks/japan-canada.${part}-`)), `no lazy dataset ${part} chunk in ${specifiers.join(', ')}`);
  }
  assert.deepEqual(specifiers.filter((s) => !/ → \.\.?\//.test(s)), []);
  const statics = files.flatMap((file) => staticImports(readFileSync(join(dist, file), 'utf8')).map((specifier) => `${file} → ${specifier}`));
  assert.deepEqual(statics.filter((s) => !/ → \.\.?\//.test(s)), [], 'a bare or absolute static import');
});
