/**
 * Diagonal hatching for a rectangle as one SVG path. Drawn as lines rather than a `<pattern>`
 * fill: a `fill: url(#…)` reference is kept by Chromium's style cache, which then keeps the whole
 * element alive after it is removed from the page.
 */

/** Path data of 45° lines `step` px apart inside the rectangle (x, y, width, height). */
export function hatchPath(x: number, y: number, width: number, height: number, step = 6): string {
  if (!(width > 0 && height > 0 && step > 0)) return '';
  const round = (n: number) => Math.round(n * 10) / 10;
  const parts: string[] = [];
  const right = x + width;
  for (let k = -height; k < width; k += step) {
    // A line from the bottom edge (x + k, y + height) up to the top edge (x + k + height, y), cut to the rectangle.
    let sx = x + k;
    let sy = y + height;
    let ex = x + k + height;
    let ey = y;
    if (sx < x) {
      sy -= x - sx;
      sx = x;
    }
    if (ex > right) {
      ey += ex - right;
      ex = right;
    }
    if (ex > sx) parts.push(`M${round(sx)},${round(sy)}L${round(ex)},${round(ey)}`);
  }
  return parts.join('');
}
