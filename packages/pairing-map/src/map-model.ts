/**
 * Everything the map draws, computed before any DOM exists: the projection layout (split
 * panels, globe, or the world layout of one place's partners, as `chooseLayout()` decides), dots
 * and links in screen space, what could not be drawn and why, the keyboard order, and the
 * per-place lookups that hover, focus and the tooltip read. Pure: the element calls `mapModel` in
 * `willUpdate` when the data, the filters, the width or the layout change, never on hover or focus.
 */
import type { DatasetView } from '@twinning/core';
import type { Place, Twinning } from '@twinning/schema';
import {
  frameSubset, geographicOrder, globeLayout, pairingLinks, placeDots, projector, splitPanels,
  type Caption, type Dot, type Link, type MapLayout, type SkippedLink, type SkippedPlace,
} from './layout/index.ts';
import { chooseLayout, MAP_LAYOUTS, type MapLayoutName } from './layout/layout-choice.ts';
import type { WorldSkippedLink } from './layout/world-partners.ts';
import { worldLayout } from './world-layout-loader.ts';

/** The `layout` attribute's values. */
export const LAYOUTS = MAP_LAYOUTS;
export { worldLayoutLoading } from './world-layout-loader.ts';
/** A `layout` value. */
export type LayoutChoice = MapLayoutName;
/** The layout drawn, once `auto` (or a choice the data can't fill) is decided by `chooseLayout()`. */
export type DrawnLayout = Exclude<MapLayoutName, 'auto'>;

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
  /** Which layout was drawn (see `chooseLayout()`). */
  readonly kind: DrawnLayout;
  readonly layout: MapLayout;
  /** The emphasised home place of the `world` layout (`place="…"`), else null. */
  readonly home: string | null;
  readonly dots: readonly Dot[];
  readonly links: readonly Link[];
  readonly skippedPlaces: readonly SkippedPlace<Place>[];
  readonly skippedLinks: readonly (SkippedLink | WorldSkippedLink)[];
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

/**
 * The height the `world` layout starts from at a width; the model then shrinks it to the
 * layout's `contentHeight`, so a phone gets a short map without an empty band under it.
 */
export function worldHeight(width: number): number {
  return Math.round(Math.max(200, Math.min(620, width * 0.62)));
}

/** The map's height for a width: split maps stack their panels on narrow screens; widgets are shorter. */
export function mapHeight(width: number, split: boolean, widget: boolean): number {
  if (split && width < 560) return Math.round(Math.min(widget ? 560 : 760, width * (widget ? 1.1 : 1.5)));
  if (widget) return Math.round(Math.max(220, Math.min(420, width * 0.36)));
  return Math.round(Math.max(260, Math.min(620, width * (split ? 0.52 : 0.55))));
}

/** Below this width the zoom buttons sit in a row under the map (`.map--narrow`). */
export const NARROW_MAP = 560;
/** That row's height: 2em buttons at the default 14px font and a 4px margin (twinning-map.styles.ts). */
export const NARROW_ZOOM_ROW = 32;

/**
 * The height to reserve while the data loads: the drawing's height (`mapHeight`) and, on a narrow
 * map, the row of zoom buttons under it, so nothing below the map moves when the data arrives.
 * The `world` layout is the exception: its height follows its content, known only once drawn.
 */
export function reservedMapHeight(width: number, split: boolean, widget: boolean): number {
  return mapHeight(width, split, widget) + (width < NARROW_MAP ? NARROW_ZOOM_ROW : 0);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The `layout` attribute as a layout name; an unknown value counts as `auto` (the element warns). */
export function requestedLayout(layout: string): MapLayoutName {
  return (LAYOUTS as readonly string[]).includes(layout) ? (layout as MapLayoutName) : 'auto';
}

interface Drawing {
  readonly layout: MapLayout;
  readonly dots: readonly Dot[];
  readonly links: readonly Link[];
  readonly skippedPlaces: readonly SkippedPlace<Place>[];
  readonly skippedLinks: MapModel['skippedLinks'];
}

/**
 * The world layout of `home`'s partners at `width`: laid out once at `worldHeight`, then again at
 * the height its content needs when that is smaller (the projection is refitted, so nothing is cut).
 */
function worldDrawing(view: DatasetView, home: string, width: number, worldPartners: NonNullable<ReturnType<typeof worldLayout>>['worldPartners']): Drawing {
  // On a phone the whole world is barely taller than a band of padding: keep the margin thin.
  const padding = width < 560 ? 12 : 32;
  const draw = (height: number) => worldPartners(view.places, view.twinnings, home, { width, height, padding });
  let world = draw(worldHeight(width));
  if (world.contentHeight < world.layout.height - 4) world = draw(world.contentHeight);
  return { layout: world.layout, dots: world.dots, links: world.links, skippedPlaces: world.skipped.places as SkippedPlace<Place>[], skippedLinks: world.skipped.links };
}

/** Builds the model of `view` at `options.width`. Inputs are not mutated. */
export function mapModel(view: DatasetView, options: MapModelOptions): MapModel {
  const { width } = options;
  const widget = !!(options.place || options.twinning);
  const world = worldLayout();
  const chosen = chooseLayout(requestedLayout(options.layout), view.places, view.twinnings, options.place ?? null);
  // Until its chunk is in (the element awaits it when a place is framed), a world map is a globe.
  const kind = chosen === 'world' && !world ? 'globe' : chosen;
  let drawing: Drawing;
  if (kind === 'world') drawing = worldDrawing(view, options.place!, width, world!.worldPartners);
  else {
    const split = kind === 'split';
    const height = mapHeight(width, split, widget);
    // A municipality's widget frames its own agreements with a regional context around each place.
    const layout = split
      ? splitPanels(view.places, { width, height, ...(widget ? { minSpanKm: 1600 } : {}) })
      : globeLayout(view.places, { width, height });
    const dots = placeDots(view.places, view.twinnings, projector(layout));
    const links = pairingLinks(view.twinnings, view.placeById, layout);
    drawing = { layout, dots: dots.dots, links: links.links, skippedPlaces: dots.skipped as SkippedPlace<Place>[], skippedLinks: links.skipped };
  }
  const { layout, dots, links } = drawing;
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
  for (const link of links) for (const id of new Set(link.placeIds)) push(linksByPlace, id, link);
  return {
    kind,
    layout,
    home: kind === 'world' ? options.place! : null,
    dots,
    links,
    skippedPlaces: drawing.skippedPlaces,
    skippedLinks: drawing.skippedLinks,
    order: geographicOrder(dots),
    dotById: new Map(dots.map((d) => [d.id, d])),
    agreementsByPlace,
    linksByPlace,
    partnersByPlace: new Map([...partners].map(([id, set]) => [id, [...set]])),
    caption: widget ? frameSubset(view, { place: options.place ?? null, twinning: options.twinning ?? null }).caption : null,
  };
}
