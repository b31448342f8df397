/** Where a note about a year or a range of years points on the timeline: its middle, on the axis. */
import type { Point } from '@twinning/core';

/**
 * The point under the axis at the middle of `years` (inclusive), in the chart area's pixels;
 * null when the axis is not drawn (the narrow list) or the years are outside it.
 */
export function yearAnchorOnAxis(root: ParentNode, scale: (date: Date) => number, years: readonly [number, number]): Point | null {
  const chart = root.querySelector('.chart');
  const axis = root.querySelector('.chart [part~="axis"]');
  if (!chart || !axis) return null;
  const origin = chart.getBoundingClientRect();
  const box = axis.getBoundingClientRect();
  const middle = new Date(Date.UTC(years[0], 0, 1) + (Date.UTC(years[1] + 1, 0, 1) - Date.UTC(years[0], 0, 1)) / 2);
  const x = box.left - origin.left + scale(middle);
  if (!Number.isFinite(x) || x < box.left - origin.left || x > box.right - origin.left) return null;
  return { x, y: box.bottom - origin.top };
}
