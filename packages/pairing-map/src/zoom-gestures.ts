/**
 * The pointer and wheel half of the map's zoom: wheel zoom, drag to pan and two-finger pinch.
 * Part of the interaction chunk (map-interaction.ts), loaded when a pointer first comes over the map, because the first paint never
 * runs it; the + and − buttons and keys work through `ZoomController` alone from the start.
 */
import { MAX_ZOOM, ZoomTransform, type ZoomController } from './zoom-controller.ts';

/** Milliseconds without a wheel event after which a wheel gesture ends (as d3-zoom). */
const WHEEL_END_MS = 150;
/** A pointer that moved more than this (px) was a drag: the click that ends it is not a click. */
const CLICK_DISTANCE = 3;

type Point = [number, number];

/** Listens on `svg` for wheel, drag and pinch gestures until `signal` aborts. */
export function attachZoomGestures(svg: SVGSVGElement, zoom: ZoomController, signal: AbortSignal): void {
  const pointers = new Map<number, Point>();
  let moved = 0;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;
  const options = { signal };
  signal.addEventListener('abort', () => clearTimeout(wheelTimer));

  svg.addEventListener('wheel', (event) => {
    zoom.stopAnimation();
    const step = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
    const k = Math.min(MAX_ZOOM, Math.max(1, zoom.transform.k * 2 ** step));
    // At a bound and not already zooming: let the page scroll.
    if (k === zoom.transform.k && wheelTimer === undefined) return;
    event.preventDefault();
    zoom.set(zoom.scaledAround(zoom.local(event), k, zoom.transform));
    clearTimeout(wheelTimer);
    wheelTimer = setTimeout(() => {
      wheelTimer = undefined;
      zoom.end();
    }, WHEEL_END_MS);
  }, { ...options, passive: false });

  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || pointers.size >= 2) return;
    zoom.stopAnimation();
    pointers.set(event.pointerId, zoom.local(event));
    if (pointers.size === 1) moved = 0;
  }, options);

  svg.addEventListener('pointermove', (event) => {
    const before = pointers.get(event.pointerId);
    if (!before) return;
    const now = zoom.local(event);
    const t = zoom.transform;
    if (pointers.size === 1) {
      moved += Math.hypot(now[0] - before[0], now[1] - before[1]);
      pointers.set(event.pointerId, now);
      // Captured only once it is a drag, so a plain click still reaches the dot or link under it.
      if (moved > CLICK_DISTANCE && !svg.hasPointerCapture?.(event.pointerId)) svg.setPointerCapture?.(event.pointerId);
      zoom.set(new ZoomTransform(t.k, t.x + now[0] - before[0], t.y + now[1] - before[1]));
      return;
    }
    // Two pointers: scale by how far apart they are now, around their midpoint.
    const other = [...pointers].find(([id]) => id !== event.pointerId)![1];
    const d0 = Math.hypot(before[0] - other[0], before[1] - other[1]);
    const d1 = Math.hypot(now[0] - other[0], now[1] - other[1]);
    pointers.set(event.pointerId, now);
    moved += CLICK_DISTANCE + 1;
    if (d0 > 0) zoom.set(zoom.scaledAround([(now[0] + other[0]) / 2, (now[1] + other[1]) / 2], t.k * (d1 / d0), t));
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
