/**
 * Mounts one Twinning element (name from `?el=`) with the dataset from `?data=`, waits until
 * it is ready and its marks exist, then marks the frame. Elements are created after the data
 * arrives, so none starts loading the bundled dataset first.
 */
import { fail, fetchJson, markRendered, params, WIDTH } from './common.js';

const READY = {
  // SVG path: land and links in the DOM; canvas path (large data): the canvas exists.
  'twinning-map': (root) => !!root.querySelector('canvas') || (!!root.querySelector('[part~="land"]') && !!root.querySelector('[data-twinning]')),
  'twinning-timeline': (root) => !!root.querySelector('[data-activity], [data-twinning], canvas'),
  'twinning-activity-chart': (root) => !!root.querySelector('[data-category]'),
};

async function main() {
  const tag = params.get('el');
  // `data=bundled` (profiling only): no `.data`, the element loads the bundled dataset itself.
  const data = params.get('data') === 'bundled' ? undefined : await fetchJson(params.get('data'));
  const el = document.createElement(tag);
  for (const [name, value] of params) if (name.startsWith('a-')) el.setAttribute(name.slice(2), value);
  el.style.width = `${WIDTH}px`;
  el.style.display = 'block';
  if (data !== undefined) el.data = data;
  document.body.append(el);
  window.__el = el;
  const ready = READY[tag];
  for (;;) {
    await el.updateComplete;
    if (el.state === 'error') throw new Error(`element error: ${el.shadowRoot?.querySelector('[part~="error"]')?.textContent}`);
    if (el.state === 'ready' && ready(el.shadowRoot)) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  markRendered({ canvas: el.shadowRoot.querySelectorAll('canvas').length });
}
main().catch(fail);
