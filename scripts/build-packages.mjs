#!/usr/bin/env node
/**
 * Builds the published packages into packages/<name>/dist (`npm run build:packages`; each
 * package's `prepack` runs it for itself).
 *
 *   node scripts/build-packages.mjs                 every package, in dependency order
 *   node scripts/build-packages.mjs --package .     the package in the current directory
 *                                                   (and any @twinning dependency whose dist is
 *                                                   missing or older than its sources)
 *
 * Per package: TypeScript (tsconfig.build.json) emits ES modules, .d.ts and source maps with
 * decorators compiled, relative `.ts` specifiers rewritten to `.js` (`.d.ts` too, which tsc
 * leaves as `.ts`). Element packages regenerate their custom-elements.json; @twinning/elements
 * also gets the CDN build (vite.lib.config.ts) and the editor data (VS Code custom data);
 * @twinning/cli is bundled by scripts/build-cli.mjs. Sibling packages resolve to their built
 * .d.ts, so a package builds after the packages it imports.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Packages in dependency order: each one only imports packages above it. */
const ORDER = ['schema', 'core', 'pairing-map', 'timeline', 'activity-chart', 'provider', 'story', 'partners', 'elements', 'react', 'cli'];
const ELEMENT_PACKAGES = new Set(['pairing-map', 'timeline', 'activity-chart', 'provider', 'story', 'partners']);

const dirOf = (name) => join(root, 'packages', name);
const manifestOf = (name) => JSON.parse(readFileSync(join(dirOf(name), 'package.json'), 'utf8'));

function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** `.d.ts` files keep the `.ts` specifiers of the sources; a consumer's TypeScript wants `.js`. */
function rewriteDeclarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const next = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+?)\.ts(['"])/g, '$1$2.js$3');
    if (next !== text) writeFileSync(file, next);
  }
}

let manifestDone = false;
/** custom-elements.json for every element package, and the editor data made from them. */
function manifests() {
  if (manifestDone) return;
  manifestDone = true;
  run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
  run(process.execPath, ['scripts/editor-data.mjs']);
}

function build(name) {
  const dir = dirOf(name);
  const started = Date.now();
  if (name === 'cli') {
    run(process.execPath, ['scripts/build-cli.mjs']);
  } else {
    // The CDN files share dist/ with the package build; each build clears only its own outputs.
    if (name === 'elements') {
      for (const file of ['index', 'classes']) for (const ext of ['.js', '.js.map', '.d.ts', '.d.ts.map']) rmSync(join(dir, 'dist', file + ext), { force: true });
    } else {
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
    }
    run(bin('tsc'), ['-p', join(dir, 'tsconfig.build.json')]);
    rewriteDeclarations(join(dir, 'dist'));
    if (ELEMENT_PACKAGES.has(name) || name === 'elements') manifests();
    if (name === 'elements') run(bin('vite'), ['build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn']);
  }
  console.log(`built @twinning/${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The @twinning packages `name` depends on, transitively, in build order. */
function dependenciesOf(name, seen = new Set()) {
  const { dependencies = {}, devDependencies = {} } = manifestOf(name);
  for (const dep of Object.keys({ ...dependencies, ...devDependencies })) {
    const short = dep.replace('@twinning/', '');
    if (dep.startsWith('@twinning/') && ORDER.includes(short) && !seen.has(short)) {
      seen.add(short);
      dependenciesOf(short, seen);
    }
  }
  return ORDER.filter((n) => seen.has(n));
}

const at = process.argv.indexOf('--package');
if (at === -1) {
  for (const name of ORDER) build(name);
} else {
  const dir = resolve(process.argv[at + 1] ?? '.');
  const name = ORDER.find((n) => dirOf(n) === dir);
  if (!name) {
    console.error(`build-packages: ${relative(root, dir) || '.'} is not a package with a build (${ORDER.join(', ')})`);
    process.exit(1);
  }
  for (const dep of dependenciesOf(name)) {
    if (dep === 'cli' || newest(join(dirOf(dep), 'dist')) < newest(join(dirOf(dep), 'src'))) build(dep);
  }
  build(name);
}
