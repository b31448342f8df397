/**
 * What the map's zoom does: the + and − steps and reset, animated framing, the bounds (the view
 * never smaller than the map, never panned off it), wheel zoom, drag to pan and two-finger pinch.
 * Part of the interaction chunk (map-interaction.ts), which the first paint never runs; the
 * transform itself and the request for this chunk are `ZoomController` (zoom-controller.ts).
 */
import { ZoomTransform, zoomIdentity, type ZoomController } from './zoom-controller.ts';

export const MAX_ZOOM = 16;

/** Milliseconds without a wheel event after which a wheel gesture ends (as d3-zoom). */
const WHEEL_END_MS = 150;
/** A pointer that moved more than this (px) was a drag: the click that ends it is not a click. */
const CLICK_DISTANCE = 3;

type Point = [number, number];

/** A button or key step: the scale times `factor` around the centre, or with 0 back to the whole view. */
export function zoomStep(zoom: ZoomController, factor: number): void {
  if (!zoom.svg) return;
  stopAnimation(zoom);
  set(zoom, factor ? scaledAround([zoom.width / 2, zoom.height / 2], zoom.transform.k * factor, zoom.transform) : zoomIdentity);
  zoom.end();
}

/**
 * Moves the view to `target` over `duration` ms (0: at once), frame by frame as a gesture does;
 * a gesture of the reader's own stops it.
 */
export function animateTo(zoom: ZoomController, target: ZoomTransform, duration: number): void {
  if (!zoom.svg) return;
  stopAnimation(zoom);
  const from = zoom.transform;
  const start = performance.now();
  const step = (now: number) => {
    const t = duration > 0 ? Math.min(1, (now - start) / duration) : 1;
    const e = t * t * (3 - 2 * t);
    // Scale moves geometrically, so a zoom feels even from start to end.
    const k = from.k * (target.k / from.k) ** e;
    set(zoom, new ZoomTransform(k, from.x + (target.x - from.x) * e, from.y + (target.y - from.y) * e));
    if (t < 1) zoom.animation = requestAnimationFrame(step);
    else {
      zoom.animation = undefined;
      zoom.end();
    }
  };
  if (duration > 0) zoom.animation = requestAnimationFrame(step);
  else step(start);
}

/** Stops a framing animation (when the reader takes over). */
function stopAnimation(zoom: ZoomController): void {
  cancelAnimationFrame(zoom.animation ?? 0);
  zoom.animation = undefined;
}

/** `t` rescaled to `k` (bounded) with the screen point `p` staying over the same map point. */
function scaledAround(p: Point, k: number, t: ZoomTransform): ZoomTransform {
  const k1 = Math.min(MAX_ZOOM, Math.max(1, k));
  const [mx, my] = t.invert(p);
  return new ZoomTransform(k1, p[0] - mx * k1, p[1] - my * k1);
}

/** Applies `t`, kept inside the map (as d3-zoom's default constrain with the map as both extents). */
function set(zoom: ZoomController, t: ZoomTransform): void {
  const { width: w, height: h } = zoom;
  const dx0 = -t.x / t.k;
  const dx1 = (w - t.x) / t.k - w;
  const dy0 = -t.y / t.k;
  const dy1 = (h - t.y) / t.k - h;
  const ax = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const ay = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
  const next = new ZoomTransform(t.k, t.x + t.k * ax, t.y + t.k * ay);
  const current = zoom.transform;
  if (next.k === current.k && next.x === current.x && next.y === current.y) return;
  zoom.transform = next;
  zoom.onFrame(next);
}

/** The event's point in the SVG's own units (its viewBox is the map's width and height). */
function local(zoom: ZoomController, event: MouseEvent): Point {
  const box = zoom.svg!.getBoundingClientRect();
  const sx = box.width ? zoom.width / box.width : 1;
  const sy = box.height ? zoom.height / box.height : 1;
  return [(event.clientX - box.left) * sx, (event.clientY - box.top) * sy];
}

/** Listens on `svg` for wheel, drag and pinch gestures until `signal` aborts. */
export function attachZoomGestures(svg: SVGSVGElement, zoom: ZoomController, signal: AbortSignal): void {
  if (signal.aborted) return;
  const pointers = new Map<number, Point>();
  let moved = 0;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;
  const options = { signal };
  signal.addEventListener('abort', () => clearTimeout(wheelTimer));

  svg.addEventListener('wheel', (event) => {
    stopAnimation(zoom);
    const step = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
    const k = Math.min(MAX_ZOOM, Math.max(1, zoom.transform.k * 2 ** step));
    // At a bound and not already zooming: let the page scroll.
    if (k === zoom.transform.k && wheelTimer === undefined) return;
    event.preventDefault();
    set(zoom, scaledAround(local(zoom, event), k, zoom.transform));
    clearTimeout(wheelTimer);
    wheelTimer = setTimeout(() => {
      wheelTimer = undefined;
      zoom.end();
    }, WHEEL_END_MS);
  }, { ...options, passive: false });

  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || pointers.size >= 2) return;
    stopAnimation(zoom);
    pointers.set(event.pointerId, local(zoom, event));
    if (pointers.size === 1) moved = 0;
  }, options);

  svg.addEventListener('pointermove', (event) => {
    const before = pointers.get(event.pointerId);
    if (!before) return;
    const now = local(zoom, event);
    const t = zoom.transform;
    if (pointers.size === 1) {
      moved += Math.hypot(now[0] - before[0], now[1] - before[1]);
      pointers.set(event.pointerId, now);
      // Captured only once it is a drag, so a plain click still reaches the dot or link under it.
      if (moved > CLICK_DISTANCE && !svg.hasPointerCapture?.(event.pointerId)) svg.setPointerCapture?.(event.pointerId);
      set(zoom, new ZoomTransform(t.k, t.x + now[0] - before[0], t.y + now[1] - before[1]));
      return;
    }
    // Two pointers: scale by how far apart they are now, around their midpoint.
    const other = [...pointers].find(([id]) => id !== event.pointerId)![1];
    const d0 = Math.hypot(before[0] - other[0], before[1] - other[1]);
    const d1 = Math.hypot(now[0] - other[0], now[1] - other[1]);
    pointers.set(event.pointerId, now);
    moved += CLICK_DISTANCE + 1;
    if (d0 > 0) set(zoom, scaledAround([(now[0] + other[0]) / 2, (now[1] + other[1]) / 2], t.k * (d1 / d0), t));
  }, options);

  for (const type of ['pointerup', 'pointercancel'] as const) {
    svg.addEventListener(type, (event) => {
      if (pointers.delete(event.pointerId) && pointers.size === 0) zoom.end();
    }, options);
  }

  // A drag ends in a click on whatever is under the pointer: that click is not a choice.
  svg.addEventListener('click', (event) => {
    if (moved > CLICK_DISTANCE) {
      event.stopPropagation();
      event.preventDefault();
    }
    moved = 0;
  }, { ...options, capture: true });
}
