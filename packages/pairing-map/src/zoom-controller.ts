/**
 * Zoom for the map, the first-paint half: the current transform, and asking for the rest. What the
 * view does (the + and − steps, reset, animated framing, the bounds, wheel, drag and pinch) is
 * `zoom-gestures.ts` in the interaction chunk, loaded when the page is first idle, a pointer first
 * comes over the SVG, or a zoom button or key is first pressed, so the first paint neither
 * downloads nor compiles it. d3-zoom's numbers (wheel step, bounds) without its dependencies
 * (d3-selection, d3-transition, d3-interpolate, d3-color, d3-drag: about 15 kB min+gzip).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interactionChunk, withInteraction } from './interaction-chunk.ts';

/** A zoom transform: scale `k`, then translate by (`x`, `y`). */
export class ZoomTransform {
  constructor(readonly k: number, readonly x: number, readonly y: number) {}

  /** Screen point of a map point. */
  apply([x, y]: readonly [number, number]): [number, number] {
    return [x * this.k + this.x, y * this.k + this.y];
  }

  /** Map point of a screen point. */
  invert([x, y]: readonly [number, number]): [number, number] {
    return [(x - this.x) / this.k, (y - this.y) / this.k];
  }

  /** The SVG `transform` attribute value. */
  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

export const zoomIdentity = new ZoomTransform(1, 0, 0);

export class ZoomController implements ReactiveController {
  /** The current transform; identity until the user zooms. */
  transform: ZoomTransform = zoomIdentity;
  /** @internal for zoom-gestures.ts: the SVG, its size in its own units, a running framing animation. */
  svg?: SVGSVGElement;
  width = 0;
  height = 0;
  animation?: number;
  private listeners?: AbortController;
  /** Settles once the wheel, drag and pinch handlers listen on the current SVG. */
  gestures: Promise<void> = Promise.resolve();

  /**
   * @param onFrame called on every frame of a gesture with the new transform, so the host can
   *   move what is already drawn without re-rendering.
   * @param onEnd called once a gesture (or a button or key step) ends, for what is redrawn only at rest.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    readonly onFrame: (transform: ZoomTransform) => void,
    private readonly onEnd: (transform: ZoomTransform) => void,
  ) {
    host.addController(this);
  }

  /** Attaches to `svg` (call after each render; re-attaching to the same element is a no-op). */
  attach(svg: SVGSVGElement | null, width: number, height: number): void {
    // An update can still run after the host left the page; listeners added to a detached SVG
    // then are never removed, and Chromium keeps the whole element alive through them.
    if (!svg?.isConnected) return;
    this.width = width;
    this.height = height;
    if (this.svg === svg) return;
    this.detach();
    this.svg = svg;
    const { signal } = (this.listeners = new AbortController());
    let asked = false;
    const load = () => {
      if (asked || signal.aborted) return;
      asked = true;
      this.gestures = Promise.resolve(interactionChunk.loading()).then(() => interactionChunk.get()?.attachZoomGestures(svg, this, signal));
    };
    // Asked for when a pointer first comes over the map (every wheel, drag or pinch starts with
    // one), and when the page is next idle, so on a slow phone its compile (≈ 90 ms at 4× CPU
    // throttle, bench/phone.mjs) is not part of the reader's first touch. `load` does nothing
    // once the signal has aborted, so neither needs cancelling.
    if (interactionChunk.get()) return load();
    svg.addEventListener('pointerover', load, { signal, once: true });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 1000);
  }

  /** A button or key step: the scale times `factor` around the centre, or with 0 back to the whole view; waits for the chunk if it is not in yet. */
  step(factor: number): void {
    const svg = this.svg;
    withInteraction((chunk) => svg === this.svg && chunk.zoomStep(this, factor));
  }

  /** @internal for zoom-gestures.ts: a gesture ended. */
  end(): void {
    this.onEnd(this.transform);
  }

  /** Back in a document (moved or re-added): render again so `attach` runs on the new SVG. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.detach();
    this.transform = zoomIdentity;
  }

  private detach(): void {
    cancelAnimationFrame(this.animation ?? 0);
    this.animation = undefined;
    this.listeners?.abort();
    this.listeners = this.svg = undefined;
  }
}
