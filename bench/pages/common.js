/**
 * Shared by every bench page: read the query, fetch the data, mark the first frame with
 * everything drawn. `window.__rendered` is performance.now() (ms since navigation start) in the
 * first animation frame after the marks exist.
 */
export const params = new URLSearchParams(location.search);
export const WIDTH = 960;
export const MAP_HEIGHT = 528;

export async function fetchJson(name) {
  const response = await fetch(`/data/${name}.json`);
  return response.json();
}

export function markRendered(extra = {}) {
  requestAnimationFrame(() => {
    window.__rendered = performance.now();
    window.__info = extra;
  });
}

export function fail(error) {
  window.__error = String(error?.stack ?? error);
}

/** The elements a page holds, counting inside open shadow roots. */
export function countNodes(root = document) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}
window.__countNodes = countNodes;
