/**
 * The library build (`npm run build:lib`): the files a CDN serves and a web editor pastes, written
 * to packages/elements/dist/ so they ship in the @twinning/elements package.
 *
 *   dist/twinning.js            one ES module that registers every element (self-contained;
 *                               the bundled dataset and world outlines load lazily from dist/chunks/)
 *   dist/twinning-<element>.js  one element each, sharing code through dist/chunks/
 *   dist/embed.html, embed.js, embed.css   the iframe page for CMSs that strip scripts
 *   dist/embed-resize.js        the classic script a host page adds to size those iframes
 *
 * Four passes (Vite environments), because a self-contained file and files that share chunks
 * can't come out of one bundle. Nothing is external. Lit resolves to its production build
 * (Vite's build conditions are `production`, never `development`).
 */
import { defaultClientConditions, defineConfig, type Plugin, type UserConfig } from 'vite';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyCssTemplatesPlugin } from './scripts/minify-css-templates.mjs';

const here = import.meta.dirname;
// The CDN files ship inside @twinning/elements (next to its package build), so a CDN that serves
// the package (…/npm/@twinning/elements@VERSION/dist/twinning.js) serves them.
const outDir = resolve(here, 'packages/elements/dist');
const embedDir = resolve(here, 'packages/elements/src/embed');
const umbrella = resolve(here, 'packages/elements/src/index.ts');

/**
 * Every element the build knows. An entry whose package has no `src/index.ts` yet is skipped,
 * so a package under way joins the build by existing. Add a new element here.
 */
const ELEMENTS = [
  { file: 'twinning-map', pkg: '@twinning/pairing-map', dir: 'pairing-map' },
  { file: 'twinning-timeline', pkg: '@twinning/timeline', dir: 'timeline' },
  { file: 'twinning-activity-chart', pkg: '@twinning/activity-chart', dir: 'activity-chart' },
  { file: 'twinning-data', pkg: '@twinning/provider', dir: 'provider' },
  { file: 'twinning-story', pkg: '@twinning/story', dir: 'story' },
  { file: 'twinning-partners', pkg: '@twinning/partners', dir: 'partners' },
].map((e) => ({ ...e, entry: resolve(here, 'packages', e.dir, 'src/index.ts') }));

const present = ELEMENTS.filter((e) => existsSync(e.entry));

/** Files this build writes into packages/elements/dist/ (the package build's index/classes files are kept). */
const OWN_OUTPUTS = ['twinning.js', 'embed.html', 'embed.js', 'embed.css', 'embed-resize.js', 'chunks', ...ELEMENTS.map((e) => `${e.file}.js`)];

const TWINNING_ENTRY = '\0twinning-entry';

/**
 * dist/twinning.js is the umbrella package, plus any present element the umbrella does not
 * re-export yet (so it registers the moment its package exists; the warning says what to add).
 */
function twinningEntry(): Plugin {
  return {
    name: 'twinning-entry',
    resolveId: (id) => (id === TWINNING_ENTRY ? id : null),
    load(id) {
      if (id !== TWINNING_ENTRY) return null;
      const source = readFileSync(umbrella, 'utf8');
      const missing = present.filter((e) => !source.includes(`'${e.pkg}'`));
      for (const e of missing) this.warn(`${e.pkg} is built into twinning.js but not re-exported by packages/elements/src/index.ts: add "export * from '${e.pkg}';"`);
      return [umbrella, ...missing.map((e) => e.entry)].map((file) => `export * from ${JSON.stringify(file)};`).join('\n');
    },
  };
}

/** Copies the static files of the iframe page next to the scripts. */
function embedPage(): Plugin {
  return {
    name: 'twinning-embed-page',
    generateBundle() {
      for (const fileName of ['embed.html', 'embed.css']) this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(embedDir, fileName), 'utf8') });
    },
  };
}

/**
 * The per-element files share one chunk: Lit and every @twinning/core and @twinning/schema module
 * that two or more elements load before first paint. Left to itself Rolldown cuts that code into
 * a chunk per combination of elements (eight to ten files per element, each gzipped on its own,
 * costing 2–3 kB per element in lost compression); one chunk costs an element only the few
 * shared modules it does not use (a controller or two, well under a kilobyte). Lazy code (the
 * validator, CSV import, export menu, fr/ja text) keeps its own chunks.
 */
const ONE_SHARED_CHUNK = {
  codeSplitting: {
    // Lit and core/schema only: d3-geo and topojson-client, shared by the map and the partner cards
    // alone, would otherwise ride in this chunk and cost the timeline and chart about 10 kB.
    groups: [{ name: 'shared', test: /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit)|packages[\\/](core|schema))[\\/]/, tags: ['$initial' as const], minShareCount: 2 }],
  },
};

/**
 * `signatures`: the CDN pass lets the entry export extra (internal) bindings, so code shared with
 * its lazy chunks (the CSV importer, the export writers) stays inside twinning.js and the chunks
 * import it from there; with 'strict', Rolldown would move that code to a shared chunk that
 * twinning.js must import, and the one-file CDN build would be two files.
 */
const environment = (input: Record<string, string>, format: 'es' | 'iife', plugins: Plugin[] = [], signatures: 'strict' | 'allow-extension' = 'strict', splitting: typeof ONE_SHARED_CHUNK | object = {}) => ({
  consumer: 'client' as const,
  // Per environment: Vite 8 does not carry the top-level `resolve.conditions` into environments,
  // and without it sibling packages would resolve to their dist/ (missing, or stale).
  resolve: { conditions: ['twinning-source', ...defaultClientConditions] },
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: !!process.env.TWINNING_SOURCEMAP,
    modulePreload: false as const,
    copyPublicDir: false,
    reportCompressedSize: true,
    // The 50m world outlines (750 kB) are a lazy chunk, loaded only when a regional panel needs them.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input,
      plugins,
      preserveEntrySignatures: signatures,
      output: {
        format,
        entryFileNames: '[name].js',
        // Lazy chunks keep their module's name (japan-canada, countries-110m); static shared code is `shared`.
        chunkFileNames: (chunk: { isDynamicEntry: boolean }) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
        assetFileNames: '[name][extname]',
        ...splitting,
      },
    },
  },
});

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  // Lit's css`…` text is not minified by the JS minifier; this does it (scripts/minify-css-templates.mjs).
  plugins: [minifyCssTemplatesPlugin()],
  // Sibling packages from their sources (the `twinning-source` export condition), as in the repo's other tools.
  resolve: { conditions: ['twinning-source', ...defaultClientConditions] },
  logLevel: 'info',
  environments: {
    cdn: environment({ twinning: TWINNING_ENTRY }, 'es', [twinningEntry(), embedPage()], 'allow-extension'),
    // The iframe page's script on its own: it shares a little code with twinning.js (the height
    // reporter), and in one pass with it that code would become chunks twinning.js must import.
    embed: environment({ embed: resolve(embedDir, 'embed.ts') }, 'es'),
    // 'allow-extension' here too: an element's own UI text stays in its file (its fr/ja chunks import it from there) instead of a chunk of its own.
    elements: environment(Object.fromEntries(present.map((e) => [e.file, e.entry])), 'es', [], 'allow-extension', ONE_SHARED_CHUNK),
    host: environment({ 'embed-resize': resolve(embedDir, 'embed-resize.ts') }, 'iife'),
  },
  builder: {
    async buildApp(builder) {
      for (const name of OWN_OUTPUTS) rmSync(resolve(outDir, name), { recursive: true, force: true });
      for (const name of ['cdn', 'embed', 'elements', 'host']) await builder.build(builder.environments[name]!);
    },
  },
} satisfies UserConfig);
