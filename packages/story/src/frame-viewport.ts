/**
 * A story inside an iframe that `embed-resize.js` sizes to its content never scrolls: the page
 * around it does. This controller reports the document's height to that page, keeps the page's
 * viewport as the page last described it (`twinning:viewport`, in this document's pixels), and
 * asks the page to scroll (`twinning:scroll`). It listens only to the parent window and answers
 * only the origin that sent the viewport. Outside a frame, or before the host speaks, it is idle.
 */
import { readViewportMessage, reportHeight, type ScrollMessage, type ViewportMessage } from '@twinning/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FrameViewport implements ReactiveController {
  /** The host page's viewport in this document's CSS pixels, once the host has sent one. */
  viewport: ViewportMessage | null = null;
  private hostOrigin = '';

  constructor(host: ReactiveControllerHost, private readonly onViewport: (viewport: ViewportMessage) => void) {
    host.addController(this);
  }

  /** True when this page is framed by a host that tells it where its viewport is. */
  get framed(): boolean {
    return this.viewport !== null;
  }

  hostConnected(): void {
    if (window.parent === window) return;
    reportHeight(null);
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Asks the host page to bring this document's `top` to the top of its viewport. False when no host listens. */
  scrollTo(top: number, behavior: ScrollBehavior): boolean {
    if (!this.viewport) return false;
    const message: ScrollMessage = { type: 'twinning:scroll', top, behavior: behavior === 'smooth' ? 'smooth' : 'instant' };
    window.parent.postMessage(message, this.hostOrigin);
    return true;
  }

  private onMessage = (event: MessageEvent<unknown>): void => {
    if (event.source !== window.parent) return;
    const viewport = readViewportMessage(event.data);
    if (!viewport) return;
    this.hostOrigin = event.origin;
    this.viewport = viewport;
    this.onViewport(viewport);
  };
}
