/**
 * Zoom for the map: the transform, the + and − steps, animated framing and the bounds (the view
 * never smaller than the map, never panned off it). The wheel, drag and pinch handlers are the
 * `zoom-gestures.ts` part of the interaction chunk, loaded when the page is first idle or a pointer
 * first comes over the SVG, whichever is sooner, so the first paint does not download them. Pointer events and one small transform type, with d3-zoom's
 * numbers (wheel step, bounds) but without d3-zoom's dependencies (d3-selection, d3-transition,
 * d3-interpolate, d3-color, d3-drag: about 15 kB min+gzip of the map's first load).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interactionChunk } from './interaction-chunk.ts';

export const MAX_ZOOM = 16;

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

type Point = [number, number];

export class ZoomController implements ReactiveController {
  /** The current transform; identity until the user zooms. */
  transform: ZoomTransform = zoomIdentity;
  private svg?: SVGSVGElement;
  private listeners?: AbortController;
  private width = 0;
  private height = 0;
  private animation?: number;
  /** Settles once the wheel, drag and pinch handlers listen on the current SVG (after the first pointer over it). */
  gestures: Promise<void> = Promise.resolve();

  /**
   * @param onFrame called on every frame of a gesture with the new transform, so the host can
   *   move what is already drawn without re-rendering.
   * @param onEnd called once a gesture (or a button or key step) ends, for what is redrawn only
   *   at rest; by default the host re-renders.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFrame: (transform: ZoomTransform) => void = () => host.requestUpdate(),
    private readonly onEnd: (transform: ZoomTransform) => void = () => host.requestUpdate(),
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
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    let asked = false;
    const load = () => {
      if (asked || signal.aborted) return;
      asked = true;
      this.gestures = Promise.resolve(interactionChunk.loading()).then(() => {
        const chunk = interactionChunk.get();
        if (chunk && !signal.aborted) chunk.attachZoomGestures(svg, this, signal);
      });
    };
    // Asked for when a pointer first comes over the map (every wheel, drag or pinch starts with
    // one), so neither this map's first paint nor its neighbours' on the page wait for it; and
    // when the page is next idle, so on a slow phone its compile (≈ 90 ms at 4× CPU throttle,
    // bench/phone.mjs) is not part of the reader's first touch.
    if (interactionChunk.get()) load();
    else {
      svg.addEventListener('pointerover', load, { signal, once: true });
      // No cancelling needed: `load` does nothing once the signal has aborted.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
      else setTimeout(load, 1000);
    }
  }

  /** Multiplies the scale by `factor` around the centre. */
  scaleBy(factor: number): void {
    if (!this.svg) return;
    this.stopAnimation();
    this.set(this.scaledAround([this.width / 2, this.height / 2], this.transform.k * factor, this.transform));
    this.onEnd(this.transform);
  }

  /**
   * Moves the view to `target` over `duration` ms (0: at once), frame by frame as a gesture does;
   * a gesture of the reader's own stops it.
   */
  animateTo(target: ZoomTransform, duration: number): void {
    if (!this.svg) return;
    cancelAnimationFrame(this.animation ?? 0);
    const from = this.transform;
    const start = performance.now();
    const step = (now: number) => {
      const t = duration > 0 ? Math.min(1, (now - start) / duration) : 1;
      const e = t * t * (3 - 2 * t);
      // Scale moves geometrically, so a zoom feels even from start to end.
      const k = from.k * (target.k / from.k) ** e;
      this.set(new ZoomTransform(k, from.x + (target.x - from.x) * e, from.y + (target.y - from.y) * e));
      if (t < 1) this.animation = requestAnimationFrame(step);
      else {
        this.animation = undefined;
        this.onEnd(this.transform);
      }
    };
    if (duration > 0) this.animation = requestAnimationFrame(step);
    else step(start);
  }

  /** Back to the whole view. */
  reset(): void {
    if (!this.svg) return;
    this.stopAnimation();
    this.set(zoomIdentity);
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
    this.stopAnimation();
    this.listeners?.abort();
    this.listeners = undefined;
    this.svg = undefined;
  }

  /** @internal for zoom-gestures.ts: stops a framing animation when the reader takes over. */
  stopAnimation(): void {
    if (this.animation !== undefined) cancelAnimationFrame(this.animation);
    this.animation = undefined;
  }

  /** @internal for zoom-gestures.ts: a gesture ended. */
  end(): void {
    this.onEnd(this.transform);
  }

  /** `t` rescaled to `k` (bounded) with the screen point `p` staying over the same map point. */
  /** @internal */
  scaledAround(p: Point, k: number, t: ZoomTransform): ZoomTransform {
    const k1 = clamp(k, 1, MAX_ZOOM);
    const [mx, my] = t.invert(p);
    return new ZoomTransform(k1, p[0] - mx * k1, p[1] - my * k1);
  }

  /** Applies `t`, kept inside the map (as d3-zoom's default constrain with the map as both extents). */
  /** @internal */
  set(t: ZoomTransform): void {
    const { width: w, height: h } = this;
    const dx0 = -t.x / t.k;
    const dx1 = (w - t.x) / t.k - w;
    const dy0 = -t.y / t.k;
    const dy1 = (h - t.y) / t.k - h;
    const ax = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
    const ay = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
    const next = new ZoomTransform(t.k, t.x + t.k * ax, t.y + t.k * ay);
    const current = this.transform;
    if (next.k === current.k && next.x === current.x && next.y === current.y) return;
    this.transform = next;
    this.onFrame(next);
  }

  /** The event's point in the SVG's own units (its viewBox is the map's width and height). */
  /** @internal */
  local(event: MouseEvent): Point {
    const box = this.svg!.getBoundingClientRect();
    const sx = box.width ? this.width / box.width : 1;
    const sy = box.height ? this.height / box.height : 1;
    return [(event.clientX - box.left) * sx, (event.clientY - box.top) * sy];
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
