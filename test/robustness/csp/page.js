// Runs inside the strict-CSP page: collects every securitypolicyviolation, exercises each
// element (draw, data table, focus and tooltip, bundled data), then reports to the parent page.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const target = event.composedPath()[0];
  const host = target?.getRootNode?.()?.host;
  const where = target instanceof Element ? `<${host?.localName ?? ''}> ${target.localName}.${target.getAttribute('class') ?? ''}` : '';
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${where} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
});

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const MARKS = "[part~='link'], [part~='lane'], [part~='bar']";

async function settle(el) {
  for (let i = 0; i < 200; i++) {
    if (el.shadowRoot?.querySelector(`${MARKS}, [part~='error'], [part~='empty']`)) break;
    await sleep(50);
  }
  await el.updateComplete;
}

async function exercise(el) {
  await settle(el);
  const root = el.shadowRoot;
  const marks = root ? root.querySelectorAll(MARKS).length : 0;
  const toggle = root?.querySelector("[part~='actions'] button[aria-controls='table']");
  toggle?.click();
  await el.updateComplete;
  const focusable = root?.querySelector("[tabindex='0']");
  focusable?.focus();
  await el.updateComplete;
  await sleep(50);
  return {
    tag: el.localName,
    marks,
    rows: root ? root.querySelectorAll("[part~='table'] tbody tr").length : 0,
    error: root?.querySelector("[part~='error']")?.textContent?.trim() ?? null,
    // Inline style attributes written as strings are dropped under this policy: count them.
    dropped: root ? [...root.querySelectorAll('[style]')].filter((n) => n.getAttribute('style') && !n.style.length).length : 0,
  };
}

async function run() {
  const tags = ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'];
  await Promise.race([Promise.all([...tags, 'twinning-data'].map((t) => customElements.whenDefined(t))), sleep(10000)]);
  const results = [];
  for (const el of document.body.querySelectorAll(tags.join(','))) results.push(await exercise(el));
  await sleep(200);
  const seen = violations.slice();
  // Canary: proves the policy is in force (eval must be refused). Its own violation is not counted.
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  parent.postMessage({ type: 'twinning-csp-report', violations: seen, results, evalBlocked }, location.origin);
}

run().catch((error) => parent.postMessage({ type: 'twinning-csp-report', failed: String(error?.stack ?? error) }, location.origin));
