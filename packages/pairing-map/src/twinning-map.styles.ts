/** Styles of `<twinning-map>`; tokens come from the shared base styles. */
import { css } from 'lit';

/*
 * .marks-frame clips the canvas while a gesture moves its bitmap by transform (canvas-layer.ts);
 * where the moved bitmap leaves it uncovered (zooming out), water shows until the redraw at the
 * gesture's end.
 */
export const mapStyles = css`
  .map { position: relative; }
  /* height: auto keeps the drawing's aspect when max-width narrows the svg (the frame after the
     width shrinks, before the map is laid out again): no letterbox band above and below it. */
  .map svg { position: relative; overflow: hidden; touch-action: none; user-select: none; max-width: 100%; height: auto; }
  /* Once drawn, the drawing is the height: the reserved minimum would leave a band under a map
     that has just been narrowed. Loading, empty and error boxes keep their reserved height. */
  [aria-busy='false'] > .chart { min-height: 0; }
  .map--zooming .labels, .map--zooming .mark-focus { visibility: hidden; }
  .map svg.panel-viewport { overflow: hidden; }
  .map .marks-frame { position: absolute; top: 0; left: 0; overflow: hidden; pointer-events: none; background: var(--_water); }
  .map canvas.marks { display: block; transform-origin: 0 0; will-change: transform; }
  .caption { margin: 0 0 0.25em; font-weight: 600; font-size: 1.05em; }
  .panel-bg { fill: var(--twinning-map-water-color, var(--_water)); }
  .land { fill: var(--_land); stroke: var(--twinning-map-border-color, var(--_border)); stroke-width: 0.5; vector-effect: non-scaling-stroke; }
  .panel-title { font-size: 12px; font-weight: 600; fill: var(--_muted); letter-spacing: 0.04em; text-transform: uppercase; pointer-events: none; }
  [part~='link'] { fill: none; stroke-linecap: round; opacity: 0.75; cursor: pointer; vector-effect: non-scaling-stroke; stroke-width: calc(1.6px / var(--_zoom-root, 1)); }
  [part~='link'].link--selected { opacity: 1; stroke-width: calc(3.5px / var(--_zoom-root, 1)); }
  [part~='link'].link--dimmed { opacity: 0.15; }
  /* Hover and focus set one class on the SVG and tokens on the affected marks; CSS dims the rest. */
  .highlighting [part~='link']:not(.link--active) { opacity: 0.15; }
  [part~='link'].link--active { opacity: 1; }
  [part~='place'] { fill: var(--twinning-map-place-color, var(--_fg)); fill-opacity: 0.85; stroke: var(--_bg); stroke-width: 1; vector-effect: non-scaling-stroke; cursor: pointer; }
  /* Dots grow with the square root of the zoom: the element sets --_zoom-root, no render needed. */
  [part~='place'], .place--raised, .home-ring { transform: scale(calc(1 / var(--_zoom-root, 1))); transform-box: fill-box; transform-origin: center; }
  /* The first focus shows at once: until the interaction chunk brings the ring (.mark-focus), the dot's own stroke. */
  [data-place]:focus-visible:not(:has(.mark-focus)) > [part~='place'] { stroke: var(--_focus); stroke-width: 3; }
  [part~='place'].place--selected, [part~='place'].place--partner, [part~='place'].place--active { fill: var(--_accent); fill-opacity: 1; }
  /* The selected dots drawn again on top of their neighbours (render/marks.ts): looks only. */
  .place--raised { fill: var(--_accent); stroke: var(--_bg); stroke-width: 1; vector-effect: non-scaling-stroke; pointer-events: none; }
  /* The home place of the world layout: larger, ringed and its name in bold, so not by colour alone. */
  [part~='place'].place--home { fill: var(--_accent); fill-opacity: 1; stroke: var(--_bg); stroke-width: 2; }
  .home-ring { fill: none; stroke: var(--_fg); stroke-width: 1.5; vector-effect: non-scaling-stroke; pointer-events: none; }
  [part~='label'].label--home { font-weight: 700; }

  [part~='label'] { font-size: 12px; paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; stroke-linejoin: round; font-weight: 500; pointer-events: none; }
  .zoom { position: absolute; top: 0.5em; right: 0.5em; display: flex; flex-direction: column; gap: 2px; }
  /* Narrow maps have no room to spare: the buttons go under the map instead of over it. */
  .map--narrow .zoom { position: static; flex-direction: row; justify-content: flex-end; margin-top: 4px; }
  .zoom button { width: 2em; height: 2em; padding: 0; line-height: 1; background: var(--_bg); }
  /* The loading box reserves that row too (NARROW_ZOOM_ROW in map-model.ts: 2em at the 14px default + 4px). */
  .legend-item { display: inline-flex; align-items: center; gap: 0.35em; }
  .legend-title { font-weight: 600; }
  [part~='tooltip'] ul { margin: 0.2em 0 0; padding-left: 1.1em; }
  .tip-region { color: var(--_muted); }
  .basemap-notice { margin: 0.25em 0 0; font-size: 0.9em; color: var(--_muted); }
  @media (forced-colors: active) {
    [part~='link'] { stroke: LinkText; forced-color-adjust: none; }
    [part~='link'].link--selected { stroke: Highlight; }
    [part~='place'] { fill: CanvasText; }
    .land { fill: Canvas; stroke: CanvasText; }
    [part~='place'].place--home { fill: Highlight; }
    .home-ring { stroke: CanvasText; }
    .place--raised { fill: Highlight; stroke: Canvas; }
  }
`;
