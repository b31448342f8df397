/**
 * For the page that holds Twinning iframes: sets each iframe's height to the height its
 * document reports (`twinning:height` messages), so there is no scrollbar and no clipping.
 * A frame sized so never scrolls itself, so this also tells each frame it sized where the
 * page's viewport is (`twinning:viewport`, once per animation frame on scroll and resize) and
 * scrolls the page when such a frame asks (`twinning:scroll`): a framed `<twinning-story>`
 * moves its steps and graphic with the page. Messages go only to the origin that reported the
 * height, and a scroll request is taken only from that origin.
 * No dependencies; the frame is found by the window that sent the message, not by its URL.
 * Built as a classic script (an IIFE), so it can be pasted with a plain `<script src>`.
 */
import type { ScrollMessage, ViewportMessage } from '@twinning/core';

/** The frames this script sized, with the origin of the document that reported its height. */
const sized = new Map<HTMLIFrameElement, string>();

const frameOf = (source: MessageEventSource | null): HTMLIFrameElement | undefined =>
  [...document.getElementsByTagName('iframe')].find((frame) => frame.contentWindow === source);

/** Border and padding above the frame's document, or in total above and below. */
function inset(frame: HTMLIFrameElement, keys: readonly string[]): number {
  const style = getComputedStyle(frame);
  return keys.reduce((sum, key) => sum + (parseFloat(style.getPropertyValue(key)) || 0), 0);
}
const TOP = ['border-top-width', 'padding-top'];

/** Where the frame's document starts, in this window's viewport. */
const documentTop = (frame: HTMLIFrameElement): number => frame.getBoundingClientRect().top + inset(frame, TOP);

function sendViewport(end = false): void {
  for (const [frame, origin] of sized) {
    if (!frame.isConnected) { sized.delete(frame); continue; }
    const message: ViewportMessage = { type: 'twinning:viewport', top: -documentTop(frame), height: innerHeight, end };
    frame.contentWindow?.postMessage(message, origin);
  }
}

let pending = false;
function viewportChanged(): void {
  if (pending || sized.size === 0) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; sendViewport(); });
}

// Capture: a theme that scrolls its content in a box of its own moves the frame without a window scroll.
addEventListener('scroll', viewportChanged, { passive: true, capture: true });
addEventListener('resize', viewportChanged, { passive: true });
addEventListener('scrollend', () => sendViewport(true), { passive: true });

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown; top?: unknown; behavior?: unknown } | null;
  if (data?.type === 'twinning:scroll') {
    const frame = frameOf(event.source);
    if (!frame || sized.get(frame) !== event.origin || typeof data.top !== 'number' || !Number.isFinite(data.top)) return;
    const behavior: ScrollMessage['behavior'] = data.behavior === 'smooth' ? 'smooth' : 'instant';
    scrollBy({ top: documentTop(frame) + data.top, behavior });
    return;
  }
  if (data?.type !== 'twinning:height' || typeof data.height !== 'number' || !(data.height >= 0)) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  // With `box-sizing: border-box` (common in site CSS) the height includes border and padding.
  const extra = getComputedStyle(frame).boxSizing === 'border-box'
    ? inset(frame, [...TOP, 'border-bottom-width', 'padding-bottom'])
    : 0;
  frame.style.height = `${Math.ceil(data.height + extra)}px`;
  // An opaque origin ('null': a sandboxed or srcdoc frame) cannot be addressed, so gets no viewport.
  if (event.origin !== 'null') sized.set(frame, event.origin);
  sendViewport();
});

// Frames that loaded before this script ran have already reported: ask them again.
for (const frame of document.getElementsByTagName('iframe')) frame.contentWindow?.postMessage({ type: 'twinning:height-request' }, '*');
