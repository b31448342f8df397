/**
 * The packages as a stranger gets them (issue 12): build and `npm pack` every package, install
 * ONLY those tarballs into a fresh project outside the repository (vite, react and typescript
 * come from the npm cache), then check what a user would do, in plain Node and headless Chromium:
 *
 *   - every entry of every package imports in plain Node, with no warning;
 *   - the app has one Lit, its own, shared with Twinning;
 *   - a Vite vanilla-TS app with create-vite's tsconfig type-checks, builds and renders <twinning-map>;
 *   - the published .d.ts type-check with skipLibCheck off;
 *   - a React 19 app type-checks the raw <twinning-map> in JSX and the wrapper, renders both,
 *     and a real click on each reaches React state;
 *   - a plain HTML page loads dist/twinning.js from the extracted @twinning/elements tarball under
 *     a CDN path on another origin, and every element renders with its lazy chunks;
 *   - the CLI from its tarball validates a file (`npx @twinning/cli` and `twinning`).
 *
 * One install serves every check (about a minute on two cores, most of it the build).
 * TWINNING_CONSUMER_KEEP=1 keeps the temp directory for a look.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { clickInShadow, launch, open, screenshot, serve, sh, shadowCount } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version;

let tmp;
let app;
let tarballs;
let browser;
const servers = [];

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'twinning-consumer-'));
  // One build for all (each package's prepack runs the same script for itself; see test/consumer/release.test.mjs).
  sh(process.execPath, ['scripts/build-packages.mjs'], root);
  const packs = join(tmp, 'packs');
  mkdirSync(packs);
  const packed = JSON.parse(sh(npm, ['pack', '--workspaces', '--ignore-scripts', '--json', '--pack-destination', packs], root).stdout);
  tarballs = Object.fromEntries(packed.map((p) => [p.name, join(packs, p.filename)]));

  app = join(tmp, 'app');
  cpSync(join(here, 'app'), app, { recursive: true });
  const dev = (name) => rootPackage.devDependencies[name];
  const local = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(join(app, 'package.json'), JSON.stringify({
    name: 'stranger-app', private: true, type: 'module',
    dependencies: { ...local, lit: `^${dev('lit')}`, react: dev('react'), 'react-dom': dev('react-dom') },
    devDependencies: {
      vite: dev('vite'), typescript: dev('typescript'), '@types/react': dev('@types/react'), '@types/react-dom': dev('@types/react-dom'),
      // Only their types are used (the Vue and Svelte hints); not in the repo's lock, so pinned here.
      vue: '3.5.45', svelte: '5.57.3',
    },
    // Sibling @twinning ranges resolve to the tarballs, never to the registry.
    overrides: local,
  }, null, 2));
  sh(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], app);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  if (tmp && !process.env.TWINNING_CONSUMER_KEEP) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) console.log(`kept ${tmp}`);
});

async function served(dir, options) {
  const server = await serve(dir, options);
  servers.push(server);
  return server;
}

test('every package and entry imports in plain Node, with no warning; ./classes exports what the index does', () => {
  const result = JSON.parse(sh(process.execPath, ['node-imports.mjs'], app).stdout);
  for (const [entry, names] of Object.entries(result.exports)) assert.ok(names.length > 0, `${entry} exports nothing`);
  for (const pkg of ['pairing-map', 'timeline', 'activity-chart', 'provider', 'story', 'partners', 'elements']) {
    assert.deepEqual(result.exports[`@twinning/${pkg}/classes`], result.exports[`@twinning/${pkg}`], `@twinning/${pkg}/classes and its index differ`);
  }
  assert.ok(result.exports['@twinning/react'].includes('TwinningMap'));
  assert.deepEqual(result.warnings, []);
  assert.equal(result.bundledDataValid, true);
});

test('the app has one copy of Lit, and @twinning/* packages resolve to dist/', () => {
  const paths = sh(npm, ['ls', 'lit', 'lit-element', '@lit/reactive-element', '--all', '--parseable'], app).stdout.trim().split('\n');
  assert.deepEqual(paths.map((p) => p.slice(app.length)).sort(), ['/node_modules/@lit/reactive-element', '/node_modules/lit', '/node_modules/lit-element']);
  const resolved = sh(process.execPath, ['--input-type=module', '-e', "process.stdout.write(import.meta.resolve('@twinning/elements'))"], app).stdout;
  assert.match(resolved, /node_modules\/@twinning\/elements\/dist\/index\.js$/);
});

test('tsc with create-vite\'s vanilla-ts tsconfig, and the published .d.ts with skipLibCheck off', () => {
  const vanilla = sh(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app, { allowFailure: true });
  assert.equal(vanilla.status, 0, vanilla.stdout);
  const strict = sh(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.strict-libs.json'], app, { allowFailure: true });
  assert.equal(strict.status, 0, strict.stdout);
});

test('the Vue and Svelte type hints type-check against vue and svelte, and reject a wrong prop', () => {
  const r = sh(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.frameworks.json'], app, { allowFailure: true });
  assert.equal(r.status, 0, r.stdout);
});

test('tsc with create-vite\'s react-ts tsconfig: the raw tag in JSX and the wrapper', () => {
  const react = sh(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.react.json'], app, { allowFailure: true });
  assert.equal(react.status, 0, react.stdout);
  // The JSX types check, not just accept: a wrong attribute type is an error.
  writeFileSync(join(app, 'react/wrong.tsx'), 'export const wrong = <twinning-map since="not a number" ontwinning-select={(e: number) => e} />;\n');
  const wrong = sh(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.react.json'], app, { allowFailure: true });
  rmSync(join(app, 'react/wrong.tsx'));
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stdout, /wrong\.tsx/);
});

test('Vite vanilla-TS app: builds, renders <twinning-map> with the bundled data, one Lit, a click selects', async () => {
  sh(join(app, 'node_modules/.bin/vite'), ['build', 'vanilla', '--outDir', '../out/vanilla', '--emptyOutDir', '--logLevel', 'warn'], app);
  const server = await served(join(app, 'out/vanilla'));
  const { page, problems } = await open(browser, `${server.origin}/`);
  assert.ok(await shadowCount(page, 'twinning-map', '[part~="link"]') > 10);
  assert.equal(await page.evaluate(() => document.querySelector('app-note').shadowRoot.textContent.trim()), "The app's own Lit element");
  const ready = JSON.parse(await page.evaluate(() => document.body.dataset.ready));
  assert.deepEqual(ready, { isClass: true, litVersions: [ready.litVersions[0]] });
  await clickInShadow(page, 'twinning-map', '[data-place="jp-01-kushiro"] circle');
  await page.waitForFunction(() => document.body.dataset.selected, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.body.dataset.selected), 'burnaby-kushiro');
  assert.deepEqual(problems.filter((p) => !p.includes('[invalid-data-warnings]')), []);
  await screenshot(page, 'vanilla');
  await page.close();
});

test('React 19 app: the raw tag and the wrapper render, and a real click on each reaches React state', async () => {
  sh(join(app, 'node_modules/.bin/vite'), ['build', 'react', '--outDir', '../out/react', '--emptyOutDir', '--logLevel', 'warn'], app);
  const server = await served(join(app, 'out/react'));
  const { page, problems } = await open(browser, `${server.origin}/`);
  for (const host of ['#raw', '#wrapped']) assert.ok(await shadowCount(page, host, '[part~="link"]') > 10, `${host} drew no links`);
  assert.equal(JSON.parse(await page.evaluate(() => document.body.dataset.ready)).litVersions.length, 1);
  for (const id of ['raw', 'wrapped']) {
    assert.equal(await page.$eval(`#${id}-state`, (e) => e.textContent), 'none');
    await clickInShadow(page, `#${id}`, '[data-place="jp-01-kushiro"] circle');
    await page.waitForFunction((s) => document.querySelector(s).textContent !== 'none', { timeout: 5000 }, `#${id}-state`);
    assert.equal(await page.$eval(`#${id}-state`, (e) => e.textContent), 'burnaby-kushiro');
  }
  assert.deepEqual(problems.filter((p) => !p.includes('[invalid-data-warnings]')), []);
  await screenshot(page, 'react');
  await page.close();
});

test('a Vite SSR build imports the packages and renders the wrapper on the server, with no warning', () => {
  sh(join(app, 'node_modules/.bin/vite'), ['build', '--ssr', 'ssr/entry.tsx', '--outDir', 'out/ssr', '--emptyOutDir', '--logLevel', 'warn'], app);
  const run = sh(process.execPath, ['--input-type=module', '-e', "const { html } = await import('./out/ssr/entry.js'); process.stdout.write(html);"], app);
  // @lit/react sets element properties on the client, so the server outputs the bare tag.
  assert.match(run.stdout, /^<twinning-map[^>]*><\/twinning-map>$/);
  assert.equal(run.stderr, '');
});

test(`a plain page loads /npm/@twinning/elements@${version}/dist/twinning.js from another origin; every element renders with its lazy chunks`, async () => {
  const cdnRoot = join(tmp, 'cdn');
  const packageDir = join(cdnRoot, `npm/@twinning/elements@${version}`);
  mkdirSync(packageDir, { recursive: true });
  sh('tar', ['xzf', tarballs['@twinning/elements'], '-C', packageDir, '--strip-components=1'], tmp);
  const cdn = await served(cdnRoot, { cors: true });
  const site = join(tmp, 'site');
  mkdirSync(site);
  const script = `${cdn.origin}/npm/@twinning/elements@${version}/dist/twinning.js`;
  writeFileSync(join(site, 'index.html'), readFileSync(join(here, 'cdn/index.html'), 'utf8').replaceAll('{{SCRIPT}}', script));
  const host = await served(site);
  const { page, problems } = await open(browser, `${host.origin}/`);
  assert.ok(await shadowCount(page, '#map', '[part~="link"]') > 10);
  assert.ok(await shadowCount(page, '#timeline', '[part~="lane"]') > 10);
  assert.ok(await shadowCount(page, '#chart', '[part~="bar"]') > 3);
  assert.ok(await shadowCount(page, '#linked-map', '[part~="link"]') > 10);
  assert.ok(await shadowCount(page, '#linked-chart', '[part~="bar"]') > 3);
  // The provider links its elements: a click on the linked map selects in the provider.
  await clickInShadow(page, '#linked-map', '[data-place="jp-01-kushiro"] circle');
  await page.waitForFunction(() => document.querySelector('twinning-data').getAttribute('selected') === 'burnaby-kushiro', { timeout: 5000 });
  const fetched = cdn.requests.filter((p) => p.includes('/dist/chunks/'));
  // The bundled dataset comes in two parts; the timeline and chart on this page need both.
  for (const part of ['agreements', 'activities']) {
    assert.ok(fetched.some((p) => new RegExp(`/chunks/japan-canada\\.${part}-[\\w-]+\\.js$`).test(p)), `no ${part} chunk among ${fetched}`);
  }
  // The default split view's regional outline assets (the 110m/50m world loads only for the globe or a zoom).
  assert.ok(fetched.some((p) => /\/chunks\/(east-asia|north-america|countries)-/.test(p)), `no basemap chunk among ${fetched}`);
  assert.deepEqual(host.requests.filter((p) => p !== '/' && p !== '/favicon.ico'), [], 'the page fetched Twinning files from its own origin');
  assert.deepEqual(problems.filter((p) => !p.includes('[invalid-data-warnings]')), []);
  await screenshot(page, 'cdn');
  await page.close();
});

test('the CLI from its tarball: `npx @twinning/cli validate` and `npx twinning validate`', () => {
  const data = join(app, 'node_modules/@twinning/data/japan-canada.json');
  const scoped = sh('npx', ['--no-install', '@twinning/cli', 'validate', data], app, { allowFailure: true });
  assert.equal(scoped.status, 0, scoped.stdout + scoped.stderr);
  const short = sh('npx', ['--no-install', 'twinning', '--version'], app);
  assert.equal(short.stdout.trim(), version);
  writeFileSync(join(app, 'bad.json'), '{"schemaVersion": "1.0", "places": [}');
  const bad = sh('npx', ['--no-install', 'twinning', 'validate', 'bad.json'], app, { allowFailure: true });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout + bad.stderr, /bad\.json:1:\d+/);
  // The bundle carries everything: no runtime dependency is installed for it.
  const cli = JSON.parse(readFileSync(join(app, 'node_modules/@twinning/cli/package.json'), 'utf8'));
  assert.deepEqual(cli.dependencies ?? {}, {});
});

test('npm publish --dry-run for every package: the tarball holds every file its package.json points at', () => {
  const published = JSON.parse(sh(npm, ['publish', '--dry-run', '--ignore-scripts', '--workspaces', '--json', '--loglevel=error'], root).stdout);
  const names = Object.keys(published).sort();
  assert.deepEqual(names, Object.keys(tarballs).sort());
  for (const name of names) {
    const { files } = published[name];
    const paths = new Set(files.map((f) => f.path));
    const pkg = JSON.parse(readFileSync(join(root, files.some((f) => f.path === 'japan-canada.json') ? 'data' : `packages/${name.split('/')[1]}`, 'package.json'), 'utf8'));
    const targets = Object.values(pkg.exports ?? {}).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]))
      .filter((t) => t && !t.includes('*')).map((t) => t.replace(/^\.\//, ''));
    const bins = Object.values(pkg.bin ?? {}).map((b) => b.replace(/^\.\//, ''));
    for (const file of [...targets, ...bins, ...(pkg.customElements ? [pkg.customElements] : []), 'LICENSE', 'README.md', 'package.json']) {
      assert.ok(paths.has(file), `${name}: ${file} is not in the tarball`);
    }
    assert.deepEqual([...paths].filter((p) => /(^|\/)(test|node_modules)\/|\.tsbuildinfo$|tsconfig/.test(p)), [], `${name}: files that don't belong`);
  }
  const elements = [...published['@twinning/elements'].files.map((f) => f.path)];
  for (const pattern of [/^dist\/twinning\.js$/, /^dist\/embed\.html$/, /^dist\/embed-resize\.js$/, /^dist\/chunks\/japan-canada\.agreements-/, /^dist\/chunks\/japan-canada\.activities-/, /^dist\/chunks\/countries-110m-/, /^vscode\.html-custom-data\.json$/]) {
    assert.ok(elements.some((p) => pattern.test(p)), `@twinning/elements: nothing matches ${pattern}`);
  }
});

test('prepack builds the package: `npm pack` of @twinning/schema with its scripts', () => {
  const packs = join(tmp, 'prepack');
  mkdirSync(packs);
  rmSync(join(root, 'packages/schema/dist'), { recursive: true, force: true });
  const out = sh(npm, ['pack', '--workspace', '@twinning/schema', '--json', '--pack-destination', packs, '--loglevel=error'], root).stdout;
  // The build's own log lines may come first; the JSON report is the rest.
  const [result] = JSON.parse(out.slice(out.search(/^\[/m)));
  const paths = result.files.map((f) => f.path);
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'dist/import-csv.js']) assert.ok(paths.includes(file), `${file} not built by prepack`);
});

test('editor data from the manifest: VS Code knows every tag, its attributes and their values, and the CSS custom properties', () => {
  const dir = join(app, 'node_modules/@twinning/elements');
  const html = JSON.parse(readFileSync(join(dir, 'vscode.html-custom-data.json'), 'utf8'));
  assert.deepEqual(html.tags.map((t) => t.name).sort(), ['twinning-activity-chart', 'twinning-data', 'twinning-map', 'twinning-partners', 'twinning-story', 'twinning-timeline']);
  const map = html.tags.find((t) => t.name === 'twinning-map');
  const values = (name) => map.attributes.find((a) => a.name === name)?.values?.map((v) => v.name);
  assert.deepEqual(values('theme'), ['light', 'dark', 'auto']);
  assert.deepEqual(values('lang'), ['en', 'fr', 'ja']);
  assert.ok(map.attributes.some((a) => a.name === 'since'));
  const css = JSON.parse(readFileSync(join(dir, 'vscode.css-custom-data.json'), 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--twinning-color-accent'));
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName).sort();
  assert.deepEqual(tags, ['twinning-activity-chart', 'twinning-data', 'twinning-map', 'twinning-partners', 'twinning-story', 'twinning-timeline']);
});
