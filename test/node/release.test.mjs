// What a published package promises its users, read from package.json and the sources (no build
// needed): caret ranges, Lit as a peer, every import declared, exports into dist/, licence and
// readme, and a CDN address pinned to the version being released. The tarballs themselves are
// checked by test/consumer/.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DIRS = [...readdirSync(join(root, 'packages')).map((d) => `packages/${d}`), 'data'].filter((d) => existsSync(join(root, d, 'package.json')));
const manifests = DIRS.map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }));
/** Peers a library leaves to the app, so the app keeps one copy. */
const PEERS = ['lit', '@lit/context', 'react'];

test('every package is publishable: licence, repository, public access, README and LICENSE in the tarball', () => {
  for (const { dir, pkg } of manifests) {
    assert.ok(pkg.license, `${dir}: no license`);
    assert.equal(pkg.repository?.directory, dir, `${dir}: repository.directory`);
    assert.equal(pkg.publishConfig?.access, 'public', `${dir}: publishConfig.access`);
    for (const file of ['LICENSE', 'README.md']) {
      assert.ok(existsSync(join(root, dir, file)), `${dir}/${file} is missing`);
      assert.ok(pkg.files.includes(file), `${dir}: "files" leaves out ${file}`);
    }
    assert.notEqual(pkg.private, true, `${dir} is private`);
  }
});

test('dependencies are caret ranges, never exact pins; Lit, @lit/context and React are peers', () => {
  for (const { dir, pkg } of manifests) {
    for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      assert.match(range, /^\^\d|\|\|/, `${dir}: ${name}@${range} is not a caret range`);
    }
    for (const peer of PEERS) assert.ok(!pkg.dependencies?.[peer], `${dir}: ${peer} belongs in peerDependencies`);
  }
});

test('exports: a consumer resolves types and JavaScript in dist/; the repo\'s twinning-source condition comes first', () => {
  for (const { dir, pkg } of manifests) {
    for (const [path, target] of Object.entries(pkg.exports ?? {})) {
      if (typeof target === 'string') continue;
      const keys = Object.keys(target);
      if (keys.length === 1 && keys[0] === 'types') continue;
      assert.deepEqual(keys, ['twinning-source', 'types', 'default'], `${dir} exports["${path}"]`);
      assert.match(target.types, /^\.\/dist\/.+\.d\.ts$/, `${dir} exports["${path}"].types`);
      assert.match(target.default, /^\.\/dist\/.+\.js$/, `${dir} exports["${path}"].default`);
      assert.ok(existsSync(join(root, dir, target['twinning-source'])), `${dir} exports["${path}"]: ${target['twinning-source']} does not exist`);
      assert.ok(pkg.scripts?.prepack, `${dir} has dist exports but no prepack build`);
    }
  }
});

/** Bare specifiers imported by a package's sources (static, dynamic and `export … from`). */
function importsOf(dir) {
  const src = join(root, dir, 'src');
  if (!existsSync(src)) return new Set();
  const found = new Set();
  for (const entry of readdirSync(src, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      found.add(name);
    }
  }
  return found;
}

test('every package imported by a package\'s sources is declared (the CLI bundles its imports instead)', () => {
  for (const { dir, pkg } of manifests) {
    const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
    const used = importsOf(dir);
    if (dir === 'packages/cli') {
      assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'the CLI is one bundled file: no runtime dependency');
      continue;
    }
    const missing = [...used].filter((name) => name !== pkg.name && !declared.has(name) && !declared.has(`@types/${name}`));
    assert.deepEqual(missing, [], `${dir} imports undeclared packages`);
  }
  assert.ok(importsOf('packages/core').has('@twinning/data'), 'the scan found no @twinning/data import in core; did the import finder break?');
});

test('sideEffects: only the modules that register elements', () => {
  for (const { dir, pkg } of manifests) {
    if (!Array.isArray(pkg.sideEffects)) continue;
    for (const file of pkg.sideEffects.filter((f) => f.startsWith('./src/'))) {
      const text = readFileSync(join(root, dir, file), 'utf8');
      assert.match(text, /defineElement\(|['"]\.\/twinning-[a-z-]+\.ts['"]|export \* from '@twinning\//, `${dir}: ${file} is listed as having side effects but registers nothing`);
    }
  }
});

test('the CDN address is pinned to @twinning/elements\' version everywhere (scripts/sync-cdn-version.mjs updates it)', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
  const embed = readFileSync(join(root, 'packages/core/src/export/embed-code.ts'), 'utf8');
  assert.ok(embed.includes(`https://cdn.jsdelivr.net/npm/@twinning/elements@${version}/dist/twinning.js`), 'CDN_SCRIPT');
  const docs = ['README.md', ...readdirSync(join(root, 'docs'), { recursive: true }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  for (const file of docs) {
    const text = readFileSync(join(root, file), 'utf8');
    assert.doesNotMatch(text, /npm\/@twinning\/elements\/dist\//, `${file}: an unpinned CDN address`);
    for (const m of text.matchAll(/npm\/@twinning\/elements@(\d+\.\d+\.\d+)\//g)) assert.equal(m[1], version, `${file} pins ${m[1]}`);
  }
});
