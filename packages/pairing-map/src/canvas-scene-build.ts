/**
 * The canvas mode's scene: land, links and dots in drawing space, with link colours resolved from
 * the theme's custom properties. Part of the canvas chunk (canvas-chunk.ts).
 */
import type { DatasetView } from '@twinning/core';
import type { CanvasScene } from './canvas-layer.ts';
import { cssReader } from './canvas-scene.ts';
import { colorKey, colorKeys, defaultLinkColor, linkColorProperty, linkDash, type ColorBy } from './link-colors.ts';
import type { MapModel } from './map-model.ts';

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

