/**
 * The land the map draws: for each panel, the outlines of the smallest asset that covers it
 * (see BasemapOutlines), projected to path data. Recomputed only when the model, a loaded asset
 * or the fine-zoom threshold changes; the host re-renders when an asset arrives.
 */
import { isRegional } from './basemap-loader.ts';
import { BasemapOutlines, FINE_ZOOM } from './basemap-outlines.ts';
import { basemapPaths, type Extent } from './layout/index.ts';
import type { MapModel } from './map-model.ts';

/** One panel's land as SVG path data. */
export interface PanelLand {
  readonly panel: number;
  readonly d: string;
}

export class BasemapController {
  /** The land of every panel that has outlines loaded. */
  land: readonly PanelLand[] = [];
  private readonly outlines: BasemapOutlines;
  private key = '';

  constructor(onChange: () => void) {
    this.outlines = new BasemapOutlines(onChange);
  }

  /** An asset the view needs could not be downloaded. */
  get failed(): boolean {
    return this.outlines.failed;
  }

  /** Changes whenever the land changes (for the host's own caches). */
  get landKey(): string {
    return this.key;
  }

  /** Brings `land` up to date for `model` (whose identity is `modelVersion`) at zoom scale `k`; true when it changed. */
  update(model: MapModel, modelVersion: number, k: number): boolean {
    const key = `${modelVersion}|${this.outlines.key}|${k >= FINE_ZOOM}`;
    if (key === this.key) return false;
    this.key = key;
    this.land = this.compute(model, modelVersion, k);
    return true;
  }

  /** Whether zooming from scale `from` to `to` asks for other outlines. */
  static crossesFineZoom(from: number, to: number): boolean {
    return from >= FINE_ZOOM !== to >= FINE_ZOOM;
  }

  /**
   * Each panel's land, kept while its model and outlines stay the same: the two regional assets
   * arrive one after the other, and the panel whose asset did not change is not projected again.
   */
  private readonly byPanel = new Map<number, { modelVersion: number; countries: object; d: string }>();

  private compute(model: MapModel, modelVersion: number, k: number): PanelLand[] {
    const layout = model.layout;
    const globe = layout.layoutKind === 'globe';
    const panels = globe
      ? [{ projection: layout.projection, extent: [[0, 0], [layout.width, layout.height]] as Extent }]
      : layout.panels.map((p) => ({ projection: p.projection, extent: [[p.x, p.y], [p.x + p.width, p.y + p.height]] as Extent }));
    return panels.map(({ projection, extent }, panel) => {
      const countries = this.outlines.for(projection, extent, { globe, k });
      if (!countries) return { panel, d: '' };
      const kept = this.byPanel.get(panel);
      if (kept?.modelVersion === modelVersion && kept.countries === countries) return { panel, d: kept.d };
      const d = basemapPaths(countries, projection, extent, { planar: isRegional(countries) }).map((p) => p.d).join('');
      this.byPanel.set(panel, { modelVersion, countries, d });
      return { panel, d };
    }).filter((land) => land.d !== '');
  }
}
