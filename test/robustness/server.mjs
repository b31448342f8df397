// Test-server routes and commands for the robustness suite (test/robustness/), registered in
// web-test-runner.config.mjs. Everything here answers only under /test/robustness/, so no other
// test can be affected.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const NET = '/test/robustness/net/';
const CSP = '/test/robustness/csp/';
const FIXTURES = resolve(process.cwd(), 'test/fixtures');
const BIG_BYTES = 50 * 1024 * 1024;

/** The policy a newsroom might send: nothing inline, nothing evaluated, everything from our origin. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const wait = (ms, signal) => new Promise((done) => {
  const timer = setTimeout(done, ms);
  signal.once('close', () => { clearTimeout(timer); done(); });
});

async function fixture(name) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid fixture: ${name}`);
  return readFile(resolve(FIXTURES, `${name}.json`), 'utf8');
}

/**
 * Routes under /test/robustness/net/ that behave like bad networks:
 *  status/<code>            answers with that HTTP status
 *  invalid-json             200, application/json, broken JSON
 *  html                     200, text/html, a CMS error page
 *  data?file=F&ms=N         the fixture test/fixtures/F.json after N ms
 *  never                    never answers (held until the browser gives up)
 *  big?length=0|1           50 MB of JSON, with or without Content-Length
 * and the strict Content-Security-Policy header on every response under /test/robustness/csp/.
 */
export async function robustnessMiddleware(ctx, next) {
  const path = ctx.path;
  if (path.startsWith(CSP)) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!path.startsWith(NET)) return next();
  const route = path.slice(NET.length);
  ctx.set('Cache-Control', 'no-store');
  const status = /^status\/(\d{3})$/.exec(route);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]}`;
    return;
  }
  switch (route) {
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"schemaVersion": "1.0", "places": [ {"id": "a",, } ';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><head><title>Page not found</title></head><body><h1>Oops</h1><script>window.parent.cmsScriptRan = true</script></body></html>';
      return;
    case 'data': {
      await wait(Number(ctx.query.ms ?? 0), ctx.req);
      ctx.type = 'application/json';
      ctx.body = await fixture(String(ctx.query.file ?? 'map-small'));
      return;
    }
    case 'never':
      await new Promise((done) => ctx.req.once('close', done));
      ctx.status = 204;
      return;
    case 'big': {
      ctx.type = 'application/json';
      const chunk = Buffer.alloc(1024 * 1024, 'x'.charCodeAt(0));
      chunk.write('{"title":"');
      if (ctx.query.length === '1') ctx.length = BIG_BYTES;
      const { Readable } = await import('node:stream');
      ctx.body = Readable.from((function* () {
        for (let i = 0; i < BIG_BYTES / chunk.length; i++) yield i === 0 ? chunk : Buffer.alloc(chunk.length, 'x'.charCodeAt(0));
      })());
      return;
    }
    default:
      ctx.status = 404;
  }
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: @web/test-runner-commands'
 * emulateMedia has no forced-colors for the Chrome launcher (puppeteer refuses the feature name),
 * so this sends the DevTools protocol call itself.
 */
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'twinning-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
