/**
 * Runs axe-core on an element, including its shadow root, and fails with the rule ids and
 * targets of every violation. axe-core is loaded once as a classic script.
 */

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
interface AxeApi {
  run(context: Element, options?: object): Promise<AxeResult>;
}

let ready: Promise<AxeApi> | undefined;

function loadAxe(): Promise<AxeApi> {
  ready ??= (async () => {
    const existing = (window as unknown as { axe?: AxeApi }).axe;
    if (existing) return existing;
    // The test server serves the repository root, so the package file is one request away.
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    return (window as unknown as { axe: AxeApi }).axe;
  })();
  return ready;
}

/** Resolves when axe finds no violations in `element`; otherwise rejects listing them. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const axe = await loadAxe();
  const result = await axe.run(element, { resultTypes: ['violations'] });
  if (result.violations.length > 0) {
    const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    throw new Error(`axe found ${result.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}
