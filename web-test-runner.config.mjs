// Web Test Runner: every browser test runs in a real headless Chromium.
// The browser is the machine's own (Debian's `chromium`, or CHROME_PATH); nothing is downloaded.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { cjsToEsmPlugin } from './scripts/wtr-cjs-esm.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { forcedColorsPlugin, robustnessMiddleware } from './test/robustness/server.mjs';

function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {}
  }
  throw new Error('No Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  // `twinning-source`: workspace packages from their sources (a consumer resolves their dist/).
  nodeResolve: { exportConditions: ['twinning-source', 'browser', 'development'] },
  rootDir: '.',
  // One page at a time: Chromium gives a page that is not in front no animation frames, and
  // Lit fixtures and element updates wait on them. Parallel files made tests time out at random.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // test/robustness/: bad-network routes under /test/robustness/net/ and a strict CSP header on
  // /test/robustness/csp/ (see test/robustness/server.mjs); nothing else is touched.
  middleware: [robustnessMiddleware],
  plugins: [
    // React 19 is CommonJS only; serve it as ESM to the React wrapper tests.
    cjsToEsmPlugin(['react', 'react-dom', 'react-dom/client']),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    forcedColorsPlugin(),
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--disable-default-apps', '--disable-extensions',
          // Test files run in parallel pages of one browser; without these, a page that is not in
          // front gets no animation frames and throttled timers, and its tests time out.
          '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          // gc() and exact performance.memory for the leak tests in test/robustness/lifecycle.test.ts
          '--js-flags=--expose-gc', '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
