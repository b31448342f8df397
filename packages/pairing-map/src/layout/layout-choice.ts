/**
 * Which layout `layout="auto"` picks, as a rule over the data (the element only asks).
 */
import { hasValidCoordinates } from './geo-math.ts';
import type { LayoutPlace, LayoutTwinning } from './types.ts';

/** Values of the map's `layout` attribute. */
export const MAP_LAYOUTS = ['auto', 'split', 'globe', 'world'] as const;
export type MapLayoutName = (typeof MAP_LAYOUTS)[number];

/**
 * The layout to draw:
 * - `split` when the agreements join exactly two countries (one panel each);
 * - `world` when they join more than two and a home place is framed (`place="…"`): one world
 *   map centred on home, every link whole (`worldPartners()`);
 * - `globe` otherwise (no home, or one country).
 * Countries are counted over the places that take part in `twinnings` and can be drawn.
 * An explicit `split` that the data can't fill, or `world` without a home, falls back to the
 * `auto` choice rather than failing; `globe` is always possible.
 */
export function chooseLayout(
  requested: MapLayoutName,
  places: readonly LayoutPlace[],
  twinnings: readonly LayoutTwinning[],
  home: string | null = null,
): Exclude<MapLayoutName, 'auto'> {
  const countries = joinedCountries(places, twinnings);
  const hasHome = home !== null && places.some((p) => p.id === home && hasValidCoordinates(p));
  if (requested === 'globe') return 'globe';
  if (requested === 'split' && countries.size === 2) return 'split';
  if (requested === 'world' && hasHome) return 'world';
  if (countries.size === 2) return 'split';
  return countries.size > 2 && hasHome ? 'world' : 'globe';
}

/** ISO codes of the countries whose drawable places take part in `twinnings`. */
export function joinedCountries(places: readonly LayoutPlace[], twinnings: readonly LayoutTwinning[]): Set<string> {
  const inUse = new Set(twinnings.flatMap((t) => t.places));
  return new Set(places.filter((p) => inUse.has(p.id) && hasValidCoordinates(p)).map((p) => p.country));
}
