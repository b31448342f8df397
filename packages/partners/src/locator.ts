/**
 * The small locator map of a partner card: the home place and one partner on a world turned to
 * the home longitude, with the great-circle link between them. The geometry is the map's own
 * `world` layout (`worldPartners()` of `@twinning/pairing-map/layout`), not a second map: this
 * only asks it for two places and keeps what a 160 × 100 picture needs. Pure: no DOM, no Lit.
 */
import { basemapPaths, worldPartners, type LayoutPlace } from '@twinning/pairing-map/layout';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

/** The locator's drawing size in CSS pixels (the SVG scales with its box). */
export const LOCATOR_WIDTH = 160;
export const LOCATOR_HEIGHT = 100;

/** What one locator draws, as path data and points. */
export interface LocatorScene {
  readonly width: number;
  readonly height: number;
  /** The outline of the globe (water), whole. */
  readonly sphere: string;
  /** Land, one path per country in view (empty until the outlines have loaded). */
  readonly land: readonly string[];
  /** The great-circle link, or '' when it could not be drawn. */
  readonly link: string;
  readonly home: { readonly x: number; readonly y: number; readonly r: number } | null;
  readonly partner: { readonly x: number; readonly y: number; readonly r: number } | null;
}

/**
 * The locator of one card, or null when either place has no usable coordinates (the card then
 * says so instead of drawing an empty world).
 */
export function locatorScene(
  home: LayoutPlace,
  partner: LayoutPlace,
  twinningId: string,
  countries: FeatureCollection | readonly Feature[] | null,
  size: { readonly width: number; readonly height: number } = { width: LOCATOR_WIDTH, height: LOCATOR_HEIGHT },
): LocatorScene | null {
  const { width, height } = size;
  const scene = worldPartners([home, partner], [{ id: twinningId, places: [home.id, partner.id] }], home.id, {
    width, height, padding: 12, radius: 3, homeRadius: 4.5, labelText: () => '',
  });
  const homeDot = scene.dots.find((d) => d.home);
  const partnerDot = scene.dots.find((d) => !d.home);
  if (!homeDot || !partnerDot) return null;
  const projection = scene.layout.projection;
  return {
    width, height,
    sphere: geoPath(projection).digits(1)({ type: 'Sphere' }) ?? '',
    land: countries ? basemapPaths(countries, projection, [[0, 0], [width, height]]).map((p) => p.d) : [],
    link: scene.links[0]?.d ?? '',
    home: { x: homeDot.x, y: homeDot.y, r: homeDot.r },
    partner: { x: partnerDot.x, y: partnerDot.y, r: partnerDot.r },
  };
}
