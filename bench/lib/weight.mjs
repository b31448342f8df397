/**
 * Min+gzip weight of a bundle, with its bytes attributed to the npm packages they came from.
 * Shared by `npm run bench` and the byte-budget test, so both count bytes the same way:
 * esbuild (bundle, minify, ES2022, code splitting so dynamic imports stay separate chunks),
 * then gzip level 9. A package's (or module's) gzip share is the bundle's gzip size times its
 * share of the minified bytes (gzip cannot be split exactly). Only the chunks a page loads before first use are counted; chunks behind
 * a dynamic import (the basemap, the bundled dataset) are reported apart.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** gzip -9 size of a string or buffer. */
export const gzipSize = (content) => gzipSync(content, { level: 9 }).length;

/** The element entries measured, and the kit (every element plus `<twinning-data>`). */
export function twinningEntries() {
  const entries = {
    map: 'packages/pairing-map/src/index.ts',
    timeline: 'packages/timeline/src/index.ts',
    chart: 'packages/activity-chart/src/index.ts',
    provider: 'packages/provider/src/index.ts',
  };
  const present = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(join(ROOT, file))));
  const kit = Object.values(present).map((file) => `import ${JSON.stringify('./' + file)};`).join('\n');
  return { entries: present, kit };
}

/** The npm package (or workspace package) an input path of the metafile belongs to. */
export function packageOf(input) {
  const path = input.replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const ws = /(?:^|\/)packages\/([^/]+)\//.exec(path);
  if (ws) return `@twinning/${ws[1]}`;
  if (/(?:^|\/)data\//.test(path)) return '@twinning/data';
  return '(entry)';
}

/** Which family a package counts toward in the tables: lit, d3, or its own name. */
export function familyOf(pkg) {
  if (pkg === 'lit' || pkg === 'lit-html' || pkg === 'lit-element' || pkg.startsWith('@lit/')) return 'lit';
  if (pkg.startsWith('d3-') || pkg === 'd3' || pkg === 'internmap' || pkg === 'delaunator' || pkg === 'robust-predicates') return 'd3';
  return pkg;
}

/**
 * Bundles one entry (a file path relative to the repo or `{ contents }` for a generated entry)
 * and returns its eager weight, the per-package split and the lazy chunks.
 */
export async function weigh(entry, { resolveDir = ROOT, nodePaths = [] } = {}) {
  const stdin = typeof entry === 'string'
    ? { contents: `export * from ${JSON.stringify(resolve(ROOT, entry))};`, resolveDir, loader: 'ts' }
    : { contents: entry.contents, resolveDir, loader: 'ts' };
  const result = await build({
    stdin, bundle: true, minify: true, format: 'esm', splitting: true, target: 'es2022', platform: 'browser',
    outdir: '/virtual-out', write: false, metafile: true, legalComments: 'none', logLevel: 'silent',
    tsconfig: join(ROOT, 'tsconfig.json'), nodePaths, define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['twinning-source', 'module'],
    loader: { '.css': 'text', '.html': 'text' },
  });
  const files = new Map(result.outputFiles.map((f) => [relative(ROOT, f.path).replace(/^\.\.\/+virtual-out\//, ''), f]));
  const outputs = Object.entries(result.metafile.outputs).filter(([name]) => name.endsWith('.js'));
  const byName = new Map(outputs.map(([name, meta]) => [name.replace(/^.*virtual-out\//, ''), meta]));
  const fileOf = (name) => [...files.values()].find((f) => f.path.endsWith('/' + name));
  // The stdin entry; chunks behind import() are entry points of the metafile too.
  const [entryName] = [...byName].find(([, meta]) => meta.entryPoint === '<stdin>') ?? [];
  // Eager = the entry chunk and everything it imports statically (shared chunks).
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imp of byName.get(name)?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path.replace(/^.*virtual-out\//, ''));
  };
  visit(entryName);
  let min = 0, gzip = 0;
  const packages = {};
  const modules = {};
  for (const name of eager) {
    const meta = byName.get(name);
    const file = fileOf(name);
    const bytes = file.contents.length;
    const gz = gzipSize(file.contents);
    min += bytes;
    gzip += gz;
    const total = Object.values(meta.inputs).reduce((s, i) => s + i.bytesInOutput, 0) || 1;
    for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
      const pkg = packageOf(input);
      const share = packages[pkg] ??= { min: 0, gzip: 0 };
      share.min += bytesInOutput;
      share.gzip += (gz * bytesInOutput) / total;
      const path = relative(ROOT, resolve(ROOT, input));
      const mod = modules[path] ??= { min: 0, gzip: 0 };
      mod.min += bytesInOutput;
      mod.gzip += (gz * bytesInOutput) / total;
    }
  }
  for (const share of [...Object.values(packages), ...Object.values(modules)]) share.gzip = Math.round(share.gzip);
  const lazy = [...byName].filter(([name]) => !eager.has(name)).map(([name, meta]) => {
    const file = fileOf(name);
    return { inputs: Object.keys(meta.inputs).map((i) => relative(ROOT, resolve(ROOT, i))), min: file.contents.length, gzip: gzipSize(file.contents) };
  });
  return { min, gzip, packages, modules, lazy };
}

/** Sums a per-package split into families (lit, d3, …). */
export function families(packages) {
  const out = {};
  for (const [pkg, share] of Object.entries(packages)) {
    const family = familyOf(pkg);
    const sum = out[family] ??= { min: 0, gzip: 0 };
    sum.min += share.min;
    sum.gzip += share.gzip;
  }
  return out;
}

/** The gzip size of a JSON asset as served (the file on disk, whitespace and all). */
export function assetGzip(file) {
  const content = readFileSync(resolve(ROOT, file));
  return { raw: content.length, gzip: gzipSize(content) };
}
