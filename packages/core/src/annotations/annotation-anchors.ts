/**
 * Finding what a note points at among the marks an element has drawn, by the data attributes
 * every mark carries (`data-twinning`, `data-place`, `data-activity`, `data-category`,
 * `data-decade`), and measuring marks in the chart container's pixels.
 */
import type { Box, Point } from './callout-placement.ts';
import type { ViewAnnotation } from './annotations-in-view.ts';

const attr = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

/** Selectors of the marks a note may point at, most specific first. */
export function anchorSelectors(note: ViewAnnotation): string[] {
  switch (note.kind) {
    case 'twinning':
      return [`[part~="link"]${attr('data-twinning', note.target)}`, attr('data-twinning', note.target)];
    case 'place':
      return [attr('data-place', note.target)];
    case 'activity':
      return [attr('data-activity', note.target), ...(note.twinning ? [`[part~="link"]${attr('data-twinning', note.twinning)}`, attr('data-twinning', note.twinning)] : [])];
    case 'category':
      return [`[part~="bar"]${attr('data-category', note.target)}`, attr('data-category', note.target)];
    case 'years':
      return [attr('data-decade', String(Math.floor(note.years![0] / 10) * 10))];
  }
}

/** A box in the coordinates of `origin`. */
export function boxOf(el: Element, origin: DOMRect): Box {
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

/** The point a leader ends at: a path's middle (a link's arc), else the box's centre. */
export function anchorPoint(el: Element, origin: DOMRect): Point {
  if (el instanceof SVGPathElement) {
    const matrix = el.getScreenCTM();
    const length = el.getTotalLength();
    if (matrix && length > 0) {
      const p = el.getPointAtLength(length / 2).matrixTransform(matrix);
      return { x: p.x - origin.left, y: p.y - origin.top };
    }
  }
  const b = boxOf(el, origin);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** The first drawn mark `note` points at, whose point lies inside the container. */
export function findAnchor(container: Element, note: ViewAnnotation, origin: DOMRect): Point | null {
  for (const selector of anchorSelectors(note)) {
    for (const el of container.querySelectorAll(selector)) {
      if (el.closest('[data-annotation-layer]')) continue;
      const b = boxOf(el, origin);
      if (b.width === 0 && b.height === 0) continue;
      const p = anchorPoint(el, origin);
      if (p.x >= 0 && p.y >= 0 && p.x <= origin.width && p.y <= origin.height) return p;
    }
  }
  return null;
}

/** Boxes of the drawn marks matching `selector`, inside the container (at most `limit`). */
export function markBoxes(container: Element, selector: string, origin: DOMRect, limit = 600): Box[] {
  const out: Box[] = [];
  for (const el of container.querySelectorAll(selector)) {
    if (out.length >= limit) break;
    const b = boxOf(el, origin);
    if (b.width > 0 && b.height > 0 && b.x < origin.width && b.y < origin.height && b.x + b.width > 0 && b.y + b.height > 0) out.push(b);
  }
  return out;
}
