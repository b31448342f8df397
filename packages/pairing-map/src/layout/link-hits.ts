/**
 * Which link a pointer means: links are drawn 1.6 px wide, too thin to hit, so every link counts
 * as a band `tolerance` wide on each side (a 12 px wide stroke at the default 6), and where bands
 * overlap the nearest link wins, never whichever happens to be drawn on top. Paths are flattened
 * once per link (absolute M, L, C, Q and Z commands, as `pairingLinks` and d3-geo write them).
 */
import type { Link } from './pairing-links.ts';

/** Half the width of a link's hit band, in screen pixels. */
export const LINK_HIT_TOLERANCE = 6;
/** Line segments per curve when flattening (the curves are gentle; 16 is well under a pixel off). */
const CURVE_STEPS = 16;

const flattened = new WeakMap<Link, Float64Array>();

/** The path as polylines: x, y pairs, with NaN pairs between subpaths. */
export function flattenPath(d: string): Float64Array {
  const out: number[] = [];
  const tokens = d.match(/[MLCQZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  let i = 0;
  let command = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[a-z]/i.test(tokens[i]!)) command = tokens[i++]!.toUpperCase();
    if (command === 'M') {
      if (out.length) out.push(Number.NaN, Number.NaN);
      x = startX = num();
      y = startY = num();
      out.push(x, y);
      command = 'L';
    } else if (command === 'L') {
      x = num();
      y = num();
      out.push(x, y);
    } else if (command === 'C' || command === 'Q') {
      const points = command === 'C' ? [x, y, num(), num(), num(), num(), num(), num()] : [x, y, num(), num(), num(), num()];
      for (let s = 1; s <= CURVE_STEPS; s++) out.push(...bezierPoint(points, s / CURVE_STEPS));
      x = points[points.length - 2]!;
      y = points[points.length - 1]!;
    } else if (command === 'Z') {
      out.push(startX, startY);
      x = startX;
      y = startY;
      command = '';
    } else i++;
  }
  return Float64Array.from(out);
}

function bezierPoint(p: readonly number[], t: number): [number, number] {
  const u = 1 - t;
  if (p.length === 6) return [u * u * p[0]! + 2 * u * t * p[2]! + t * t * p[4]!, u * u * p[1]! + 2 * u * t * p[3]! + t * t * p[5]!];
  const [a, b, c, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [a * p[0]! + b * p[2]! + c * p[4]! + e * p[6]!, a * p[1]! + b * p[3]! + c * p[5]! + e * p[7]!];
}

/** Distance from (x, y) to a flattened path. */
export function distanceToPath(points: Float64Array, x: number, y: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 3 < points.length; i += 2) {
    const [ax, ay, bx, by] = [points[i]!, points[i + 1]!, points[i + 2]!, points[i + 3]!];
    if (Number.isNaN(ax) || Number.isNaN(bx)) continue;
    const dx = bx - ax;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    const t = length ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length)) : 0;
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  if (best === Number.POSITIVE_INFINITY && points.length >= 2) best = Math.hypot(x - points[0]!, y - points[1]!);
  return best;
}

/** The link nearest to (x, y) within `tolerance` (both in the links' units), or undefined. */
export function nearestLink<L extends Link>(links: readonly L[], x: number, y: number, tolerance: number): L | undefined {
  let found: L | undefined;
  let best = tolerance;
  for (const link of links) {
    const [sx, sy] = link.source;
    const [tx, ty] = link.target;
    // Cheap rejection: curves stay near the box of their ends (bundled ones bow toward the middle).
    const pad = tolerance + Math.max(Math.abs(tx - sx), Math.abs(ty - sy));
    if (x < Math.min(sx, tx) - pad || x > Math.max(sx, tx) + pad || y < Math.min(sy, ty) - pad || y > Math.max(sy, ty) + pad) continue;
    let points = flattened.get(link);
    if (!points) flattened.set(link, (points = flattenPath(link.d)));
    const distance = distanceToPath(points, x, y);
    if (distance <= best) {
      best = distance;
      found = link;
    }
  }
  return found;
}
