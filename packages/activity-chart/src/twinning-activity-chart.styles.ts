/** Styles of `<twinning-activity-chart>`; shared tokens and parts come from `baseStyles`. */
import { css } from 'lit';

export const activityChartStyles = css`
  :host {
    --_bar-label: var(--twinning-activity-chart-label-color, var(--_fg));
    --_track: var(--twinning-activity-chart-track-color, var(--_surface));
    --_reference: var(--twinning-activity-chart-reference-color, var(--_fg));
  }
  svg { width: 100%; font-size: 12px; }
  /* The pattern holder takes no space; a class, not a style attribute, so a strict CSP allows it. */
  svg.textures { position: absolute; width: 0; height: 0; }
  [part~='bar'] { fill: var(--_fill); stroke: var(--_bg); stroke-width: 0.5; cursor: pointer; }
  :host([patterns]) [part~='bar'], :host([patterns]) .swatch rect { fill: var(--_texture); stroke: var(--_fg); stroke-width: 0.75; }
  [part~='bar--active'] { stroke: var(--_focus); stroke-width: 3; }
  [part~='bar']:focus-visible { outline: none; stroke: var(--_focus); stroke-width: 3; }
  .track { fill: var(--_track); }
  .texture-bg { fill: var(--_fill); }
  .texture-ink { stroke: var(--_bg); fill: none; stroke-width: 1.5; }
  .texture-dot { fill: var(--_bg); }
  [part~='axis'] line, [part~='axis'] path { stroke: var(--_border); shape-rendering: crispEdges; }
  [part~='axis'] text { fill: var(--_muted); }
  .category-label { fill: var(--_fg); }
  .value-label { fill: var(--_bar-label); font-variant-numeric: tabular-nums; }
  .value-label.inside { fill: var(--_ink, #fff); }
  :host([patterns]) .value-label.inside { fill: var(--_fg); paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; }
  .n-label { fill: var(--_muted); font-variant-numeric: tabular-nums; }
  [part~='caption'] { margin: 0; font-size: 0.85em; color: var(--_muted); }
  [part~='caption'] p { margin: 0 0 0.25em; }
  [part~='legend'] button { display: inline-flex; align-items: center; gap: 0.4em; }
  /* Switched-off categories: struck through and a hollow swatch, never faded (faded text fails contrast). */
  [part~='legend'] button[aria-pressed='false'] { text-decoration: line-through; color: var(--_muted); border-style: dashed; }
  [part~='legend'] button[aria-pressed='false'] .swatch rect { fill: none; stroke: currentColor; }
  [part~='legend'] button[aria-disabled='true'] { cursor: not-allowed; }
  .swatch { display: inline-block; width: 14px; height: 14px; flex: none; }
  .swatch rect { fill: var(--_fill); stroke: var(--_fg); stroke-width: 1; }
  [part~='empty'] { min-height: 120px; }
  @media (forced-colors: active) {
    [part~='bar'] { fill: var(--_texture); stroke: CanvasText; }
    .texture-bg { fill: Canvas; }
    .texture-ink { stroke: CanvasText; }
    .texture-dot { fill: CanvasText; }
    .value-label.inside { fill: CanvasText; paint-order: stroke; stroke: Canvas; stroke-width: 3px; }
    .swatch rect { fill: var(--_texture); stroke: CanvasText; }
  }
`;
