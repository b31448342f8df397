// `npm run test:engines`: the smoke suite (test/engines/) in Firefox, then in WebKit, each run to
// its end even if the other failed. Prints one closing line over both runs,
// "engines: N passed, N failed, N skipped", and exits 1 if any test failed or a run broke.
// ENGINES=firefox (or webkit) runs one; the Chromium run of the same files is part of test:browser.
import { spawn } from 'node:child_process';

const ALL = ['firefox', 'webkit'];
const chosen = (process.env.ENGINES ?? ALL.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
for (const engine of chosen) if (!ALL.includes(engine)) throw new Error(`ENGINES: unknown engine "${engine}"; expected ${ALL.join(', ')}`);

/** Runs one engine's Web Test Runner, echoing its output; resolves with its counts and exit code. */
function run(engine) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wtr', '--config', `web-test-runner.${engine}.config.mjs`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (code) => {
      const line = new RegExp(`^${engine}: (\\d+) passed, (\\d+) failed, (\\d+) skipped$`, 'm').exec(tail);
      const [passed, failed, skipped] = line ? line.slice(1).map(Number) : [0, 0, 0];
      resolve({ engine, code: code ?? 1, passed, failed, skipped, counted: Boolean(line) });
    });
  });
}

const results = [];
for (const engine of chosen) results.push(await run(engine));

const sum = (key) => results.reduce((total, r) => total + r[key], 0);
// A run that exited non-zero without counting a failure (it could not start) counts as one failure.
const broken = results.filter((r) => r.code !== 0 && r.failed === 0).length;
const failed = sum('failed') + broken;
const each = results.map((r) => `${r.engine} ${r.passed}/${r.passed + r.failed}${r.code !== 0 && r.failed === 0 ? ' (run failed)' : ''}`).join(', ');
console.log(`\nengines (${each})`);
console.log(`engines: ${sum('passed')} passed, ${failed} failed, ${sum('skipped')} skipped`);
process.exit(failed > 0 ? 1 : 0);
