// Bundles the twinning CLI (packages/cli/src/cli.ts) into packages/cli/dist/twinning.js,
// inlining @twinning/schema and d3-dsv so the command runs on plain Node 20 with no TypeScript.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  await build({
    absWorkingDir: root,
    entryPoints: ['packages/cli/src/cli.ts'],
    outfile: 'packages/cli/dist/twinning.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    conditions: ['twinning-source', 'module'],
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
