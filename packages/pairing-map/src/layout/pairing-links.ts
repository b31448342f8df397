/**
 * Link geometry: great-circle arcs on the globe, bundled curves between split panels.
 */
import { geoPath } from 'd3-geo';
import { round2 } from './geo-math.ts';
import { projector } from './project.ts';
import type { LayoutPlace, LayoutTwinning, MapLayout, Point, SkipReason, SplitLayout } from './types.ts';

/** One drawn link between two places of a twinning. */
export interface Link {
  /** Unique key: `<twinning id>/<partner place id>`. */
  readonly key: string;
  /** The twinning's id (shared by the links of a twinning of three or more places). */
  readonly id: string;
  /** SVG path data, numbers rounded to two decimals so output is stable. */
  readonly d: string;
  readonly source: Point;
  readonly target: Point;
  /** Ids of the places at `source` and `target`, in that order. */
  readonly placeIds: readonly [string, string];
}

/** A link that could not be drawn, and why (the reason of the first place that failed). */
export interface SkippedLink {
  readonly id: string;
  readonly placeIds: readonly [string, string];
  readonly reason: SkipReason | 'unknown-place';
}

/** Options of `pairingLinks()`. */
export interface LinkOptions {
  /**
   * In split layouts, how far (0–1) links are pulled toward the middle of the gap between the
   * panels, which gathers them into a readable bundle. Default 0.3; 0 gives plain S-curves.
   */
  readonly bundling?: number;
}

/**
 * The links of the given twinnings in a layout. A twinning of two places gives one link; a
 * twinning of n > 2 places gives n − 1 links, a star from its first place to each other place
 * (the first-listed party is the hub, and a star never implies a pairing nobody signed).
 *
 * - `globe`: the great-circle arc, drawn by d3-geo, which resamples the arc and cuts it at the
 *   projection's edge. Because `globeProjection()` centres the map on the places, trans-Pacific
 *   arcs cross 180° in one piece, the short way.
 * - `split` / `stacked`: a cubic Bézier from the place in the first panel (left or top) to the
 *   place in the second, both control points on the middle line of the gap, pulled toward the
 *   layout's middle by `bundling`. Two places in the same panel get a shallow quadratic arc.
 *
 * Pairs with a place missing from `placeById` or not projectable are returned in `skipped`.
 */
export function pairingLinks(
  twinnings: readonly LayoutTwinning[],
  placeById: ReadonlyMap<string, LayoutPlace>,
  layout: MapLayout,
  options: LinkOptions = {},
): { links: Link[]; skipped: SkippedLink[] } {
  const project = projector(layout);
  const links: Link[] = [];
  const skipped: SkippedLink[] = [];
  const globePath = layout.layoutKind === 'globe' ? geoPath(layout.projection).digits(2) : null;
  for (const twinning of twinnings) {
    const [hubId, ...others] = twinning.places;
    if (hubId === undefined) continue;
    for (const otherId of others) {
      const pair = [hubId, otherId] as const;
      const a = placeById.get(hubId);
      const b = placeById.get(otherId);
      if (!a || !b) {
        skipped.push({ id: twinning.id, placeIds: pair, reason: 'unknown-place' });
        continue;
      }
      const pa = project(a);
      const pb = project(b);
      if (!pa.ok || !pb.ok) {
        skipped.push({ id: twinning.id, placeIds: pair, reason: !pa.ok ? pa.reason : (pb as { reason: SkipReason }).reason });
        continue;
      }
      const key = `${twinning.id}/${otherId}`;
      if (globePath) {
        const d = globePath({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] }) ?? '';
        links.push({ key, id: twinning.id, d, source: pt(pa.x, pa.y), target: pt(pb.x, pb.y), placeIds: pair });
        continue;
      }
      // Split: always draw from the first panel to the second, so every bundle runs the same way.
      const flip = pa.panel > pb.panel;
      const [s, t] = flip ? [pb, pa] : [pa, pb];
      const placeIds = flip ? ([otherId, hubId] as const) : pair;
      const source = pt(s.x, s.y);
      const target = pt(t.x, t.y);
      const d = s.panel === t.panel
        ? arc(source, target)
        : bundled(source, target, layout as SplitLayout, options.bundling ?? 0.3);
      links.push({ key, id: twinning.id, d, source, target, placeIds });
    }
  }
  return { links, skipped };
}

/** A cubic Bézier across the gap between the panels, pulled toward the middle by `bundling`. */
function bundled(s: Point, t: Point, layout: SplitLayout, bundling: number): string {
  const [first, second] = layout.panels;
  if (layout.layoutKind === 'split') {
    const mx = (first.x + first.width + second.x) / 2;
    const my = layout.height / 2;
    return curve(s, [mx, s[1] + (my - s[1]) * bundling], [mx, t[1] + (my - t[1]) * bundling], t);
  }
  const my = (first.y + first.height + second.y) / 2;
  const mx = layout.width / 2;
  return curve(s, [s[0] + (mx - s[0]) * bundling, my], [t[0] + (mx - t[0]) * bundling, my], t);
}

/** A shallow arc between two points of one panel, bowed to the left of the direction of travel. */
function arc(s: Point, t: Point): string {
  const [dx, dy] = [t[0] - s[0], t[1] - s[1]];
  const c = pt((s[0] + t[0]) / 2 + dy * 0.25, (s[1] + t[1]) / 2 - dx * 0.25);
  return `M${s[0]},${s[1]}Q${c[0]},${c[1]},${t[0]},${t[1]}`;
}

function curve(s: Point, c1: Point, c2: Point, t: Point): string {
  const [a, b] = [pt(c1[0], c1[1]), pt(c2[0], c2[1])];
  return `M${s[0]},${s[1]}C${a[0]},${a[1]},${b[0]},${b[1]},${t[0]},${t[1]}`;
}

function pt(x: number, y: number): Point {
  return [round2(x), round2(y)];
}
