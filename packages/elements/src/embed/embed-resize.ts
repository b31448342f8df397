/**
 * For the page that holds Twinning iframes: sets each iframe's height to the height its
 * document reports (`twinning:height` messages), so there is no scrollbar and no clipping.
 * No dependencies; the frame is found by the window that sent the message, not by its URL.
 * Built as a classic script (an IIFE), so it can be pasted with a plain `<script src>`.
 */
export {};

const frameOf = (source: MessageEventSource | null): HTMLIFrameElement | undefined =>
  [...document.getElementsByTagName('iframe')].find((frame) => frame.contentWindow === source);

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'twinning:height' || typeof data.height !== 'number' || !(data.height >= 0)) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  const style = getComputedStyle(frame);
  // With `box-sizing: border-box` (common in site CSS) the height includes border and padding.
  const extra = style.boxSizing === 'border-box'
    ? ['border-top-width', 'border-bottom-width', 'padding-top', 'padding-bottom'].reduce((sum, key) => sum + (parseFloat(style.getPropertyValue(key)) || 0), 0)
    : 0;
  frame.style.height = `${Math.ceil(data.height + extra)}px`;
});

// Frames that loaded before this script ran have already reported: ask them again.
for (const frame of document.getElementsByTagName('iframe')) frame.contentWindow?.postMessage({ type: 'twinning:height-request' }, '*');
