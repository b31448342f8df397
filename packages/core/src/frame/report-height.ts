/**
 * Tells the page that holds this iframe how tall the document is, on load and whenever it
 * changes, so `embed-resize.js` can size the iframe with no scrollbar and no clipping.
 */
import { HEIGHT_REQUEST, type HeightMessage } from './frame-messages.ts';

let reporting = false;

/**
 * Starts reporting; does nothing when the page is not inside a frame, or already reports (the
 * embed page and a framed story can both ask).
 */
export function reportHeight(id: string | null): void {
  const parent = window.parent;
  if (parent === window || reporting) return;
  reporting = true;
  let last = -1;
  const send = (force = false): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: 'twinning:height', height, id };
    parent.postMessage(message, '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  addEventListener('load', () => send(true));
  addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown } | null;
    if (event.source === parent && data?.type === HEIGHT_REQUEST) send(true);
  });
  send();
}
