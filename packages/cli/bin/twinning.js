#!/usr/bin/env node
// The twinning command. The bundle is built by scripts/build-cli.mjs, which `npm ci` runs (prepare).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/twinning.js', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  process.stderr.write('twinning: the command is not built yet; run `npm run build` (or `node scripts/build-cli.mjs`) in the repository\n');
  process.exitCode = 1;
}
