// Starts what the WebKit run needs and stops it when the run ends: an X display (Xvfb, since
// Debian's MiniBrowser has no headless mode; skipped when DISPLAY is already set) and
// WebKitWebDriver on a free local port. Used by web-test-runner.webkit.config.mjs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { findBrowser } from './wtr-engines.mjs';

/** Where Debian and Fedora put WebKitGTK's MiniBrowser (4.1 is the API version Debian 12 ships). */
const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** Debian's MiniBrowser window cannot be narrower than this; tests that need less use an iframe. */
export const WEBKIT_MIN_WIDTH = 447;

export function findMiniBrowser() {
  const override = process.env.MINIBROWSER_PATH;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`WebKit: MINIBROWSER_PATH=${override} does not exist.`);
  }
  const found = MINIBROWSER_PATHS.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(`No WebKitGTK MiniBrowser found (looked in ${MINIBROWSER_PATHS.join(', ')}). Install it (Debian: apt-get install webkit2gtk-driver) or set MINIBROWSER_PATH.`);
}

const children = [];
const stopAll = () => { for (const child of children) if (child.exitCode === null) child.kill('SIGTERM'); };
process.once('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { stopAll(); process.exit(130); });

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with ":N". */
function startXvfb() {
  const xvfb = findBrowser('Xvfb', process.env.XVFB_PATH, ['Xvfb'], 'apt-get install xvfb');
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let errors = '';
    child.stderr.on('data', (chunk) => { errors += chunk; });
    child.stdio[3].on('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${errors.trim()}`)));
  });
}

/** Resolves once something answers HTTP on the port, or rejects after `ms`. */
async function waitForStatus(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {}
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/** Starts the display (if needed) and WebKitWebDriver; resolves with the port to connect to. */
export async function startWebKitDriver() {
  const driver = findBrowser('WebKitWebDriver', process.env.WEBKIT_WEBDRIVER_PATH, ['WebKitWebDriver'], 'apt-get install webkit2gtk-driver');
  const display = process.env.DISPLAY || (await startXvfb());
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DISPLAY: display } });
  children.push(child);
  await waitForStatus(port, 15000);
  return { port, display };
}
