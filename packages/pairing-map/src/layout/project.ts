/**
 * Where each place lands in a layout: the one place where panels are looked up.
 */
import { hasValidCoordinates } from './geo-math.ts';
import type { LayoutPlace, MapLayout, Projected, Projector } from './types.ts';

/** Half a pixel of slack on panel edges, so rounding never pushes a fitted dot "outside". */
const SLACK = 0.5;

/**
 * A function that projects a place in the given layout. In `split`/`stacked` layouts a place goes
 * to the panel of its country; in `globe` to the single map (panel 0). It reports, instead of
 * returning a point, places with invalid coordinates (`invalid-coordinates`), places whose
 * country has no panel (`no-panel`) and places that fall outside their panel or the view
 * (`outside-view`).
 */
export function projector(layout: MapLayout): Projector {
  if (layout.layoutKind === 'globe') {
    const { projection, width, height } = layout;
    return (place) => locate(place, projection, 0, 0, 0, width, height);
  }
  const panelByCountry = new Map(layout.panels.map((panel, index) => [panel.country, { panel, index }]));
  return (place) => {
    const hit = panelByCountry.get(place.country);
    if (!hasValidCoordinates(place)) return { ok: false, reason: 'invalid-coordinates' };
    if (!hit) return { ok: false, reason: 'no-panel' };
    const { panel, index } = hit;
    return locate(place, panel.projection, index, panel.x, panel.y, panel.width, panel.height);
  };
}

function locate(
  place: LayoutPlace,
  projection: (point: [number, number]) => [number, number] | null,
  panel: number,
  x: number,
  y: number,
  width: number,
  height: number,
): Projected {
  if (!hasValidCoordinates(place)) return { ok: false, reason: 'invalid-coordinates' };
  const point = projection([place.lon, place.lat]);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return { ok: false, reason: 'outside-view' };
  const [px, py] = point;
  if (px < x - SLACK || px > x + width + SLACK || py < y - SLACK || py > y + height + SLACK) {
    return { ok: false, reason: 'outside-view' };
  }
  return { ok: true, x: px, y: py, panel };
}
