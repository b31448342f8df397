/**
 * Which outlines each panel of the map draws, and loading them: the smallest asset that is
 * complete for the panel's view at k = 1 (a regional asset for the default split view, the 110m
 * world for the globe), finer outlines only once the reader zooms in. The host re-renders when an
 * asset arrives (`onChange`); `key` changes then, for the host's caches.
 */
import type { GeoProjection } from 'd3-geo';
import { chooseResolution, viewBounds } from './layout/basemap.ts';
import type { Extent } from './layout/types.ts';
import { loadCountries, regionCovering, type BasemapAsset, type Countries } from './basemap-loader.ts';

/** Zoom factor from which the reader gets the finer world outlines (50m). */
export const FINE_ZOOM = 2;

export class BasemapOutlines {
  /** An asset the view needs could not be downloaded. */
  failed = false;
  private readonly loaded = new Map<BasemapAsset, Countries>();
  private readonly requested = new Set<BasemapAsset>();
  private version = 0;

  constructor(private readonly onChange: () => void) {}

  /** Changes whenever an asset has arrived or failed. */
  get key(): string {
    return `${this.version}|${this.failed}`;
  }

  /**
   * Outlines for one panel: `globe` panels get the world; zoomed panels (k ≥ FINE_ZOOM) the 50m
   * world once loaded; other panels the region covering their view, else the world at the
   * resolution the view's span calls for. Returns what is loaded meanwhile (or null) and starts
   * the load of what is wanted.
   */
  for(projection: GeoProjection, extent: Extent, options: { globe: boolean; k: number }): Countries | null {
    const wanted: BasemapAsset[] = [];
    if (options.k >= FINE_ZOOM) wanted.push('50m');
    if (options.globe) wanted.push('110m');
    else {
      const region = regionCovering(viewBounds(projection, extent, 0));
      if (region) wanted.push(region);
      else if (chooseResolution(projection, extent, { threshold: 40 }) === '50m') wanted.push('50m', '110m');
      else wanted.push('110m');
    }
    const found = wanted.find((asset) => this.loaded.has(asset));
    if (wanted[0] !== found) this.request(wanted[0]!);
    // Nothing loaded yet: the last fallback is the one to wait for, if the first is not it.
    if (!found && wanted.length > 1) this.request(wanted[wanted.length - 1]!);
    return found ? this.loaded.get(found)! : null;
  }

  private request(asset: BasemapAsset): void {
    if (this.requested.has(asset)) return;
    this.requested.add(asset);
    loadCountries(asset).then(
      (countries) => {
        this.loaded.set(asset, countries);
        this.failed = false;
      },
      // Not retried: the map stays usable without outlines and says so.
      () => {
        this.failed = true;
      },
    ).finally(() => {
      this.version++;
      this.onChange();
    });
  }
}
