/**
 * The band of the viewport in which a step becomes active, as fractions of the viewport's
 * height, and the pure test of which steps cross it (for a story in a frame, which measures
 * steps against the host page's viewport instead of observing its own).
 */

/** From `start` to `end` of the viewport's height, top to bottom. */
export interface Band {
  readonly start: number;
  readonly end: number;
}

/** The band beside a graphic: the middle tenth of the viewport. */
export const MIDDLE_BAND: Band = { start: 0.45, end: 0.55 };
/** The band under a graphic that covers the top of the viewport (phones). */
export const LOW_BAND: Band = { start: 0.72, end: 0.82 };

/** The band as an IntersectionObserver root margin (percentages, so it follows resizes). */
export function bandMargin(band: Band): string {
  const percent = (fraction: number): string => `${-Math.round(fraction * 100)}%`;
  return `${percent(band.start)} 0px ${percent(1 - band.end)} 0px`;
}

/**
 * Indexes of the boxes (`top`/`bottom` in the same coordinates as the viewport's `top`) that
 * cross `band` of the viewport from `top` with `height`, in the boxes' order.
 */
export function boxesInBand(boxes: readonly { top: number; bottom: number }[], viewport: { top: number; height: number }, band: Band): number[] {
  const from = viewport.top + band.start * viewport.height;
  const to = viewport.top + band.end * viewport.height;
  return boxes.flatMap((box, index) => (box.bottom > from && box.top < to ? [index] : []));
}
