/**
 * The messages between a Twinning page inside an iframe and `embed-resize.js` on the page that
 * holds it. Plain objects with a `type`, so a host page with its own script can speak them too.
 */

/** Frame → host: the document's height, on load and whenever it changes. */
export interface HeightMessage {
  readonly type: 'twinning:height';
  /** Document height in CSS pixels, rounded up. */
  readonly height: number;
  /** The `id` query parameter of the embed page (or null). */
  readonly id: string | null;
}

/** Host → frame: ask for the height again (sent by `embed-resize.js` when it starts). */
export const HEIGHT_REQUEST = 'twinning:height-request';

/**
 * Host → frame (only frames the host sized, only to the origin that reported the height): where
 * the host's viewport is, in the frame document's CSS pixels. `top` is negative while the frame
 * starts below the top of the screen and larger than the document once it has scrolled past.
 * Sent on scroll and resize (once per animation frame), and with `end: true` when a scroll ends.
 */
export interface ViewportMessage {
  readonly type: 'twinning:viewport';
  readonly top: number;
  readonly height: number;
  readonly end?: boolean;
}

/** Frame → host: scroll the host so that the frame's `top` (CSS pixels) is at the top of its viewport. */
export interface ScrollMessage {
  readonly type: 'twinning:scroll';
  readonly top: number;
  readonly behavior: 'smooth' | 'instant';
}

/** The parts of a viewport message, or null when `data` is not one. */
export function readViewportMessage(data: unknown): ViewportMessage | null {
  const message = data as Partial<ViewportMessage> | null;
  if (message?.type !== 'twinning:viewport' || !Number.isFinite(message.top) || !(Number(message.height) > 0)) return null;
  return { type: 'twinning:viewport', top: Number(message.top), height: Number(message.height), end: message.end === true };
}
