/**
 * Which sources a built file's bytes come from, by its source map: each source's share of the
 * minified text, and that share of the file's gzip size (an estimate: gzip does not split by
 * source). For finding what a first paint downloads that it does not run.
 *
 *   TWINNING_SOURCEMAP=1 npx vite build --config vite.lib.config.ts
 *   node bench/lib/source-shares.mjs packages/elements/dist/twinning-map.js [rows]
 *
 * Delete the .map files (or run `npm run build:lib`) before `node bench/budgets.mjs`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './weight.mjs';

const { SourceMapConsumer } = createRequire(join(ROOT, 'package.json'))('source-map-js');

/** Rows of { source, min, gzip }, largest first. */
export function sourceShares(file) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const mappings = [];
  new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))).eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const chars = {};
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const source = (m.source ?? '(unmapped)').replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    chars[source] = (chars[source] ?? 0) + (end - m.generatedColumn);
  });
  const gzip = gzipSync(code, { level: 9 }).length;
  const total = Object.values(chars).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(chars).map(([source, min]) => ({ source, min, gzip: Math.round((min / total) * gzip) })).sort((a, b) => b.min - a.min);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, rows = '40'] = process.argv.slice(2);
  for (const r of sourceShares(file).slice(0, Number(rows))) console.log(`${String(r.gzip).padStart(6)} ${String(r.min).padStart(7)}  ${r.source}`);
}
