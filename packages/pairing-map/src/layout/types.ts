/**
 * Shared shapes of the pure layout stage of `<twinning-map>`. Nothing here touches the DOM.
 * All coordinates are CSS pixels in the element's drawing space: (0, 0) is its top-left corner.
 */
import type { GeoProjection } from 'd3-geo';
import type { Place, Twinning } from '@twinning/schema';

/** A screen point `[x, y]` in pixels. */
export type Point = readonly [number, number];

/** A rectangle `[[x0, y0], [x1, y1]]` in pixels, as d3's `fitExtent` takes it. */
export type Extent = readonly [readonly [number, number], readonly [number, number]];

/** The fields of a place the layout reads: any `Place` fits. */
export type LayoutPlace = Pick<Place, 'id' | 'country' | 'lat' | 'lon'>;

/** The fields of a twinning the layout reads: any `Twinning` fits. */
export type LayoutTwinning = Pick<Twinning, 'id' | 'places'>;

/** One country's panel in the split layout. */
export interface Panel {
  /** ISO 3166-1 alpha-2 code shared by the panel's places. */
  readonly country: string;
  /** Left edge of the panel in the element's drawing space. */
  readonly x: number;
  /** Top edge of the panel. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /**
   * Projection fitted to the panel: it maps [lon, lat] straight into the element's drawing space
   * (panel offset included), so a projected point needs no further translation.
   */
  readonly projection: GeoProjection;
  /** Ids of the places drawn in this panel (those with valid coordinates). */
  readonly placeIds: readonly string[];
}

/** Two panels side by side (`split`) or one above the other (`stacked`, at narrow widths). */
export interface SplitLayout {
  readonly layoutKind: 'split' | 'stacked';
  readonly width: number;
  readonly height: number;
  /** Western (or, when stacked, top) panel first. */
  readonly panels: readonly [Panel, Panel];
}

/** One map of the whole world, turned to face the places. */
export interface GlobeLayout {
  readonly layoutKind: 'globe';
  readonly width: number;
  readonly height: number;
  readonly projection: GeoProjection;
}

/** Either layout of the map. */
export type MapLayout = SplitLayout | GlobeLayout;

/** Why a place was not drawn. */
export type SkipReason = 'invalid-coordinates' | 'no-panel' | 'outside-view';

/** Where a place lands in a layout, or why it does not. */
export type Projected =
  | { readonly ok: true; readonly x: number; readonly y: number; /** Panel index (0 for globe). */ readonly panel: number }
  | { readonly ok: false; readonly reason: SkipReason };

/** Maps a place to its position in a layout. See `projector()`. */
export type Projector = (place: LayoutPlace) => Projected;
