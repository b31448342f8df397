/**
 * Watches the host's content box and asks it to update when its size changes.
 * The observer is created on connect and released on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  /** Content-box width in CSS pixels (0 until the first observation). */
  width = 0;
  /** Content-box height in CSS pixels. */
  height = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width !== this.width || height !== this.height) {
        this.width = width;
        this.height = height;
        // Re-rendering inside the observer callback can change the host's height in the same
        // frame, which Chromium reports as "ResizeObserver loop completed with undelivered
        // notifications" on the host page. The next frame is soon enough.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
    const rect = this.host.getBoundingClientRect();
    this.width = Math.round(rect.width);
    this.height = Math.round(rect.height);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
