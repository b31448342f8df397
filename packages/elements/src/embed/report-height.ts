/**
 * Tells the page that holds this iframe how tall the document is, on load and whenever it
 * changes, so `embed-resize.js` can size the iframe with no scrollbar and no clipping.
 */

/** The message this page posts to its parent. */
export interface HeightMessage {
  readonly type: 'twinning:height';
  /** Document height in CSS pixels, rounded up. */
  readonly height: number;
  /** The `id` query parameter, or null. */
  readonly id: string | null;
}

/** The message a host may post to ask for the height again (sent by `embed-resize.js` on start). */
export const HEIGHT_REQUEST = 'twinning:height-request';

/** Starts reporting; does nothing when the page is not inside a frame. */
export function reportHeight(id: string | null): void {
  const parent = window.parent;
  if (parent === window) return;
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
