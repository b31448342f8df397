/**
 * The map's canvas mode (more links than CANVAS_THRESHOLD): the scene drawn on the canvas, built
 * once per model, basemap and colour scheme, with colours resolved from the theme's custom
 * properties; the quadtree of dots that pointer hits go through; and drawing it at a zoom. The
 * quadtree and the renderer are one chunk (canvas-chunk.ts) that only maps above the threshold load.
 */
import { lazyModule, type DatasetView } from '@twinning/core';
import type { CanvasScene } from './canvas-layer.ts';
import type { HitIndex } from './layout/index.ts';
import { colorKey, colorKeys, defaultLinkColor, linkColorProperty, linkDash, type ColorBy } from './link-colors.ts';
import type { MapModel } from './map-model.ts';
import type { ZoomTransform } from './zoom-controller.ts';

/**
 * Above this many links the map draws land, links and dots on a canvas and keeps SVG only for
 * what is interactive or highlighted; hit-testing then goes through a quadtree. Chosen where SVG
 * first-render and zoom-frame times start to exceed a frame budget on a 2-core machine (see bench/).
 */
export const CANVAS_THRESHOLD = 1500;

/** The canvas mode's code, a chunk of its own: only maps above CANVAS_THRESHOLD links load it. */
const canvasChunk = lazyModule(() => import('./canvas-chunk.ts'));

type CssReader = (property: string, fallback: string) => string;

function cssReader(element: Element): CssReader {
  const style = getComputedStyle(element);
  return (property, fallback) => style.getPropertyValue(property).trim() || fallback;
}

/** The canvas scene of `model`, with link colours read from `host`'s custom properties. */
export function canvasScene(model: MapModel, view: DatasetView, land: readonly { d: string }[], colorBy: ColorBy, host: Element): CanvasScene {
  const css = cssReader(host);
  const dates = view.resolved.dateOf;
  const decades = colorKeys(view.twinnings, 'decade', dates);
  const colorFor = new Map<string, string>();
  const links = model.links.map((link) => {
    const twinning = view.twinningById.get(link.id)!;
    const key = colorKey(twinning, colorBy, dates);
    if (!colorFor.has(key)) colorFor.set(key, css(linkColorProperty(key), defaultLinkColor(key, colorBy, decades)));
    return { d: link.d, color: colorFor.get(key)!, dash: linkDash(twinning) };
  });
  const { width, height } = model.layout;
  return { width, height, land: land.map((l) => l.d), links, dots: [...model.dots] };
}


/**
 * The canvas mode's scene and hit index, rebuilt only when their key changes, and the bitmap's
 * place during a zoom gesture.
 *
 * A gesture frame does not redraw: a full draw is O(links) (246 ms at 26,000 links, 1.1 s at
 * 100,000 on the bench machine), far past a frame. `move` instead puts the bitmap already drawn
 * where the new transform wants it, by a CSS transform on the canvas (the compositor scales it;
 * no draw call), so a notch costs the same at any size. The picture is blurred while zooming in
 * and leaves the water-coloured frame uncovered at the edges while zooming out, until the one
 * crisp `draw` once the gesture has ended (ZoomController's onEnd: 150 ms after the last wheel
 * notch, at pointerup, at the end of a framing animation, after a key or button step). That
 * redraw is done once and whole rather than split across frames: a draw split over frames would
 * show half-drawn links or need a second bitmap to draw into, and the reader is no longer moving
 * the map when it runs.
 */
export class MapCanvas {
  /** Canvas mode: the model has more links than CANVAS_THRESHOLD. */
  on = false;
  /** The scene, once the chunk is in (null until then, and outside canvas mode). */
  scene: CanvasScene | null = null;
  hits: HitIndex | null = null;
  private key = '';

  /** Canvas mode is on when `model` has more links than CANVAS_THRESHOLD; `key` names what the scene depends on; `build` runs once the chunk is in. */
  update(model: MapModel, key: string, build: () => CanvasScene): void {
    this.on = model.links.length > CANVAS_THRESHOLD;
    const chunk = this.on ? canvasChunk.get() : undefined;
    const next = chunk ? key : '';
    if (next === this.key) return;
    this.key = next;
    this.scene = chunk ? build() : null;
    this.hits = chunk ? chunk.hitIndex(model.dots) : null;
  }

  /** In canvas mode, a promise for the chunk until it has loaded (an update waits for it); else null. */
  loading(): Promise<unknown> | null {
    return this.on ? canvasChunk.loading() : null;
  }

  /** Draws the scene into `root`'s `canvas.marks` at `transform`, in the colours of `root`'s base (kept if already drawn so); false until the chunk has loaded and the scene is built. */
  draw(root: ParentNode & Node, host: Element, transform: ZoomTransform): boolean {
    const canvas = root.querySelector<HTMLCanvasElement>('canvas.marks');
    if (!canvas || !this.on) return true;
    const layer = canvasChunk.get();
    if (!layer || !this.scene) return false;
    const css = cssReader(root.querySelector('[part~="base"]') ?? host);
    layer.drawScene(canvas, this.scene, transform, {
      water: css('--_water', '#dbe6f1'), land: css('--_land', '#ecebe5'), border: css('--_border', '#c5ccd8'),
      place: css('--twinning-map-place-color', css('--_fg', '#1d2330')), halo: css('--_bg', '#fff'),
    });
    return true;
  }

  /** One gesture frame: moves the bitmap already drawn where `transform` puts it, without drawing; false when there is none (draw instead). */
  move(root: ParentNode & Node, transform: ZoomTransform): boolean {
    const canvas = root.querySelector<HTMLCanvasElement>('canvas.marks');
    const layer = canvasChunk.get();
    return !canvas || !this.on || (!!layer && !!this.scene && layer.moveScene(canvas, this.scene, transform));
  }
}
