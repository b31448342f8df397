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
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
    const rect = this.host.getBoundingClientRect();
    this.width = Math.round(rect.width);
    this.height = Math.round(rect.height);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
