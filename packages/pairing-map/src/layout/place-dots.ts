/**
 * Place marks: one dot per place, its area growing with the place's number of agreements.
 */
import { round2 } from './geo-math.ts';
import type { LayoutPlace, LayoutTwinning, Projector, SkipReason } from './types.ts';

/** One place's dot. */
export interface Dot {
  /** The place id. */
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Radius in pixels. */
  readonly r: number;
  /** Number of the given twinnings the place is party to. */
  readonly count: number;
  /** Index of the panel the dot is in (0 in the globe layout). */
  readonly panel: number;
}

/** A place that got no dot, and why. The element must show a notice for these. */
export interface SkippedPlace<P extends LayoutPlace = LayoutPlace> {
  readonly place: P;
  readonly reason: SkipReason;
}

/** Options of `placeDots()`. */
export interface DotOptions {
  /** Radius of a place with the fewest agreements (and of one with none). Default 3 px. */
  readonly minRadius?: number;
  /** Radius of the place with the most agreements. Default 10 px. */
  readonly maxRadius?: number;
}

/**
 * Dots for places, their area proportional to their number of agreements:
 * r = k·√count, with k = min(`minRadius`, `maxRadius` / √largest count), then kept within
 * [`minRadius`, `maxRadius`]. So one agreement gives `minRadius`, four give twice that, and
 * the largest place never exceeds `maxRadius`; filtering a small dataset doesn't blow a place
 * with two agreements up to full size. Places the projector
 * cannot place (invalid coordinates, no panel, outside the view) are returned in `skipped`,
 * never dropped. Dots come in the order of `places`; coordinates and radii are rounded to 0.01.
 */
export function placeDots<P extends LayoutPlace>(
  places: readonly P[],
  twinnings: readonly LayoutTwinning[],
  project: Projector,
  options: DotOptions = {},
): { dots: Dot[]; skipped: SkippedPlace<P>[] } {
  const { minRadius = 3, maxRadius = 10 } = options;
  const counts = agreementCounts(twinnings);
  const maxCount = places.reduce((max, p) => Math.max(max, counts.get(p.id) ?? 0), 1);
  const dots: Dot[] = [];
  const skipped: SkippedPlace<P>[] = [];
  for (const place of places) {
    const at = project(place);
    if (!at.ok) {
      skipped.push({ place, reason: at.reason });
      continue;
    }
    const count = counts.get(place.id) ?? 0;
    dots.push({ id: place.id, x: round2(at.x), y: round2(at.y), r: round2(radius(count, maxCount, minRadius, maxRadius)), count, panel: at.panel });
  }
  return { dots, skipped };
}

/** Number of twinnings each place id is party to (a place listed twice in one twinning counts once). */
export function agreementCounts(twinnings: readonly LayoutTwinning[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const twinning of twinnings) {
    for (const id of new Set(twinning.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Square-root (area) scale anchored at zero, clamped to [min, max]. */
function radius(count: number, maxCount: number, min: number, max: number): number {
  const k = Math.min(min, max / Math.sqrt(maxCount));
  return Math.min(max, Math.max(min, k * Math.sqrt(count)));
}
