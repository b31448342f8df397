// A Web Test Runner plugin that serves CommonJS-only packages (React 19 ships no ESM build) as
// ES modules to the test browser. It bundles them once with esbuild, with code splitting so
// `react` and `react-dom/client` share one copy of React, and maps the bare imports to the bundle.
// Vite handles CommonJS itself, so this is needed only for the tests.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';

const PREFIX = '/__cjs-esm/';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** @param {string[]} specifiers bare module names to serve as ESM */
export function cjsToEsmPlugin(specifiers = ['react', 'react-dom', 'react-dom/client']) {
  const outName = (spec) => spec.replace(/\//g, '__');
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  async function bundle() {
    const result = await build({
      entryPoints: Object.fromEntries(specifiers.map((spec) => [outName(spec), `cjs-entry:${spec}`])),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      outdir: 'cjs-esm',
      chunkNames: 'chunks/[name]-[hash]',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
      plugins: [{
        name: 'cjs-entry',
        setup(b) {
          b.onResolve({ filter: /^cjs-entry:/ }, (args) => ({ path: args.path.slice('cjs-entry:'.length), namespace: 'cjs-entry' }));
          b.onLoad({ filter: /.*/, namespace: 'cjs-entry' }, (args) => {
            // ESM needs its export names up front: read them from the CommonJS module itself, in a
            // child process (loading React here would touch the runner's patched console).
            const keys = execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(args.path)}))))`], { encoding: 'utf8' });
            const names = JSON.parse(keys).filter((n) => IDENTIFIER.test(n) && n !== 'default');
            return {
              contents: `import * as ns from ${JSON.stringify(args.path)};\nconst m = ns.default ?? ns;\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
              resolveDir: process.cwd(),
              loader: 'js',
            };
          });
        },
      }],
    });
    return new Map(result.outputFiles.map((f) => [PREFIX + relative(`${process.cwd()}/cjs-esm`, f.path).replace(/\\/g, '/'), f.text]));
  }
  return {
    name: 'cjs-to-esm',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `${PREFIX}${outName(source)}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
