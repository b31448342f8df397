// What the Firefox and WebKit runs of Web Test Runner share (web-test-runner.firefox.config.mjs,
// web-test-runner.webkit.config.mjs): the smoke suite in test/engines/, served like the Chromium
// run serves every test, and a lookup for a browser installed on this machine.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** The smoke suite: each element's render, a real click, keyboard selection, the provider, the iframe embed. */
export const ENGINE_FILES = ['test/engines/**/*.test.ts'];

/** Options every engine run shares; each config adds its `browsers` and `reporters`. */
export function engineConfig() {
  return {
    files: process.env.ENGINE_FILES ? process.env.ENGINE_FILES.split(',') : ENGINE_FILES,
    nodeResolve: { exportConditions: ['browser', 'development'] },
    rootDir: '.',
    // One page at a time, as in the Chromium run: a page in the background may get no animation frames.
    concurrency: 1,
    testFramework: { config: { timeout: 20000 } },
    testsFinishTimeout: 240000,
    browserStartTimeout: 60000,
    plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  };
}

/**
 * The path of an installed browser: `override` if set, else the first of `commands` on PATH.
 * Throws with the install hint when there is none, so a missing engine fails loudly.
 */
export function findBrowser(label, override, commands, hint) {
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`${label}: ${override} does not exist.`);
  }
  for (const name of commands) {
    for (const dir of (process.env.PATH ?? '').split(':')) {
      const candidate = `${dir}/${name}`;
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`No ${label} found (looked for ${commands.join(', ')} on PATH). Install it (Debian: ${hint}).`);
}

/** With ENGINE_TIMINGS=1, lists each test's duration after the run (to keep the smoke suite short). */
export function timingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      if (!process.env.ENGINE_TIMINGS) return;
      const rows = [];
      const walk = (suite, file) => {
        for (const t of suite?.tests ?? []) rows.push([t.duration ?? 0, `${file} › ${t.name}`]);
        for (const s of suite?.suites ?? []) walk(s, file);
      };
      for (const s of sessions) walk(s.testResults, s.testFile.replace(`${process.cwd()}/`, ''));
      rows.sort((a, b) => b[0] - a[0]);
      console.log(rows.map(([ms, name]) => `${String(Math.round(ms)).padStart(6)} ms  ${name}`).join('\n'));
    },
  };
}
