/**
 * Everything the map draws, computed before any DOM exists: the projection layout (split
 * panels or globe), dots and links in screen space, what could not be drawn and why, the
 * keyboard order, and the per-place lookups that hover, focus and the tooltip read. Pure:
 * the element calls `mapModel` in `willUpdate` when the data, the filters, the width or the
 * layout change, and never on hover or focus.
 */
import type { DatasetView } from '@twinning/core';
import type { Place, Twinning } from '@twinning/schema';
import {
  frameSubset, geographicOrder, globeLayout, pairingLinks, placeDots, projector, splitCountries, splitPanels,
  type Caption, type Dot, type Link, type MapLayout, type SkippedLink, type SkippedPlace,
} from './layout/index.ts';

/** The `layout` attribute's values. */
export const LAYOUTS = ['auto', 'split', 'globe'] as const;
/** A `layout` value. */
export type LayoutChoice = (typeof LAYOUTS)[number];

/** What the model needs besides the data. */
export interface MapModelOptions {
  readonly width: number;
  readonly layout: string;
  /** The `place` and `twinning` attributes: a municipality's widget frames its own agreements. */
  readonly place?: string | undefined;
  readonly twinning?: string | undefined;
}

/** The drawn map. */
export interface MapModel {
  readonly layout: MapLayout;
  readonly dots: readonly Dot[];
  readonly links: readonly Link[];
  readonly skippedPlaces: readonly SkippedPlace<Place>[];
  readonly skippedLinks: readonly SkippedLink[];
  /** Place ids in keyboard order (west to east, north to south within a panel). */
  readonly order: readonly string[];
  readonly dotById: ReadonlyMap<string, Dot>;
  /** The agreements in view of each place. */
  readonly agreementsByPlace: ReadonlyMap<string, readonly Twinning[]>;
  /** The drawn links of each place. */
  readonly linksByPlace: ReadonlyMap<string, readonly Link[]>;
  /** The places that share an agreement with each place. */
  readonly partnersByPlace: ReadonlyMap<string, readonly string[]>;
  /** The widget caption's facts (`place`/`twinning`), or null. */
  readonly caption: Caption<Place, Twinning> | null;
}

/** The map's height for a width: split maps stack their panels on narrow screens; widgets are shorter. */
export function mapHeight(width: number, split: boolean, widget: boolean): number {
  if (split && width < 560) return Math.round(Math.min(widget ? 560 : 760, width * (widget ? 1.1 : 1.5)));
  if (widget) return Math.round(Math.max(220, Math.min(420, width * 0.36)));
  return Math.round(Math.max(260, Math.min(620, width * (split ? 0.52 : 0.55))));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the model of `view` at `options.width`. Inputs are not mutated. */
export function mapModel(view: DatasetView, options: MapModelOptions): MapModel {
  const { width } = options;
  const widget = !!(options.place || options.twinning);
  const split = options.layout !== 'globe' && splitCountries(view.places) !== null;
  const height = mapHeight(width, split, widget);
  // A municipality's widget frames its own agreements with a regional context around each place.
  const layout = split
    ? splitPanels(view.places, { width, height, ...(widget ? { minSpanKm: 1600 } : {}) })
    : globeLayout(view.places, { width, height });
  const dots = placeDots(view.places, view.twinnings, projector(layout));
  const links = pairingLinks(view.twinnings, view.placeById, layout);
  const agreementsByPlace = new Map<string, Twinning[]>();
  const partners = new Map<string, Set<string>>();
  for (const twinning of view.twinnings) {
    const ids = new Set(twinning.places);
    for (const id of ids) {
      push(agreementsByPlace, id, twinning);
      let set = partners.get(id);
      if (!set) partners.set(id, (set = new Set()));
      for (const other of ids) if (other !== id) set.add(other);
    }
  }
  const linksByPlace = new Map<string, Link[]>();
  for (const link of links.links) for (const id of new Set(link.placeIds)) push(linksByPlace, id, link);
  return {
    layout,
    dots: dots.dots,
    links: links.links,
    skippedPlaces: dots.skipped as SkippedPlace<Place>[],
    skippedLinks: links.skipped,
    order: geographicOrder(dots.dots),
    dotById: new Map(dots.dots.map((d) => [d.id, d])),
    agreementsByPlace,
    linksByPlace,
    partnersByPlace: new Map([...partners].map(([id, set]) => [id, [...set]])),
    caption: widget ? frameSubset(view, { place: options.place ?? null, twinning: options.twinning ?? null }).caption : null,
  };
}
