/**
 * Mount/unmount cycles: `window.__cycle(tag, n)` mounts the element with the dataset, waits
 * until it has rendered, removes it, `n` times. The runner forces GC and reads the heap.
 */
import '@twinning/pairing-map';
import '@twinning/timeline';
import '@twinning/activity-chart';
import { fetchJson, WIDTH } from './common.js';

let data;
window.__cycle = async (tag, n) => {
  data ??= await fetchJson('japan-canada');
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    el.style.width = `${WIDTH}px`;
    el.style.display = 'block';
    el.data = data;
    document.body.append(el);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    el.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return document.body.childElementCount;
};
window.__ready = true;
