/** Styles of `<twinning-timeline>`; shared parts come from @twinning/core's baseStyles. */
import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_lane-bg: var(--twinning-timeline-lane-background, transparent);
    --_lane-selected: var(--twinning-timeline-lane-selected-background, color-mix(in srgb, var(--_accent) 14%, transparent));
    --_lifeline: var(--twinning-timeline-lifeline-color, var(--_muted));
    --_quiet: var(--twinning-timeline-quiet-color, var(--_muted));
    --_bar: var(--twinning-timeline-overview-bar-color, var(--_accent));
    --_line: var(--twinning-timeline-overview-line-color, var(--_fg));
  }
  .controls { display: flex; flex-wrap: wrap; gap: 0.25em 1em; align-items: center; font-size: 0.9em; }
  .controls label { display: inline-flex; gap: 0.4em; align-items: center; }
  .controls input[type='range'] { width: 10em; accent-color: var(--_accent); }
  .axis-wrap, .lanes { position: relative; }
  .lanes { max-height: var(--twinning-timeline-max-height, 32em); overflow-y: auto; overflow-x: hidden; overscroll-behavior: contain; }
  svg.label-viewport { overflow: hidden; }
  .lanes:focus-visible { outline: 3px solid var(--_focus); }
  [part~='overview'] .bar { fill: var(--_bar); opacity: 0.55; }
  [part~='overview'] .in-force { fill: none; stroke: var(--_line); stroke-width: 1.5; }
  [part~='overview'] .annotation line { stroke: var(--_fg); stroke-dasharray: 2 2; }
  [part~='overview'] .baseline, [part~='axis'] .baseline { stroke: var(--_border); }
  [part~='overview'] .brush .selection { fill: var(--_accent); fill-opacity: 0.12; stroke: var(--_accent); }
  [part~='axis'] .tick line, .grid line { stroke: var(--_border); }
  .grid line { stroke-dasharray: 2 3; }
  .small { font-size: 11px; }
  .muted { fill: var(--_muted); color: var(--_muted); }
  .era-band { fill: var(--_surface); stroke: var(--_border); }
  .group-label { font-weight: 600; }
  [part~='lane'] { cursor: pointer; }
  [part~='lane'] .hit { fill: var(--_lane-bg); }
  [part~='lane--selected'] .hit { fill: var(--_lane-selected); }
  [part~='lane']:hover .hit { fill: color-mix(in srgb, var(--_accent) 7%, transparent); }
  .lifeline { stroke: var(--_lifeline); stroke-width: 2; }
  .lifeline.undated { stroke-dasharray: 1 4; stroke-linecap: round; }
  .lifeline-end { fill: var(--_lifeline); }
  .quiet-layer { pointer-events: none; }
  .quiet rect { fill: transparent; stroke: none; }
  .hatch-line { fill: none; }
  .quiet text { fill: var(--_muted); font-size: 10px; font-style: italic; }
  .hatch-line { stroke: var(--_quiet); stroke-width: 1; opacity: 0.45; }
  [part~='activity'] { cursor: pointer; }
  [part~='activity'] .span { fill-opacity: 0.28; stroke-width: 1; stroke-dasharray: 3 2; }
  [part~='activity'] .glyph { stroke: var(--_bg); stroke-width: 1; }
  [part~='activity--active'] .glyph { stroke: var(--_fg); stroke-width: 2; }
  [part~='lane']:focus-visible .hit, [part~='activity']:focus-visible .focus { stroke: var(--_focus); stroke-width: 3; fill-opacity: 0; }
  [part~='lane']:focus-visible .hit { fill: var(--_lane-selected); }
  .focus { fill: none; stroke: none; }
  [part~='detail'] {
    border: 1px solid var(--_border); border-radius: 4px; padding: 0.75em 1em; background: var(--_bg);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.15); max-width: 40em;
  }
  [part~='detail'] h3 { margin: 0 0 0.25em; font-size: 1.05em; }
  [part~='detail'] p { margin: 0.25em 0; }
  [part~='detail'] ul { margin: 0.25em 0; padding-left: 1.2em; }
  [part~='detail'] .close { float: right; margin-left: 0.5em; }
  .list { display: flex; flex-direction: column; gap: 0.75em; }
  .list .group-label { margin: 0.25em 0 0; font-size: 0.95em; border-bottom: 1px solid var(--_border); }
  .list [part~='lane'] { display: block; cursor: default; border-left: 3px solid var(--_border); padding-left: 0.6em; }
  .list [part~='lane--selected'] { border-left-color: var(--_accent); background: var(--_lane-selected); }
  .list .lane-button { display: block; width: 100%; text-align: start; background: none; border: none; padding: 0.25em 0; }
  :is(.list, .story) .dates { display: block; color: var(--_muted); font-size: 0.9em; }
  :is(.list, .story) ol { list-style: none; margin: 0.25em 0 0; padding: 0; display: flex; flex-direction: column; gap: 0.15em; }
  :is(.list, .story) li button { display: flex; gap: 0.5em; align-items: baseline; width: 100%; text-align: start; background: none; border: none; padding: 0.3em 0; min-height: 2.5em; }
  :is(.list, .story) li svg { flex: none; align-self: center; }
  :is(.list, .story) .date { flex: none; min-width: 5.5em; color: var(--_muted); font-variant-numeric: tabular-nums; }
  :is(.list, .story) .date.span { font-style: italic; }
  :is(.list, .story) .quiet-item { color: var(--_muted); font-style: italic; font-size: 0.9em; padding: 0.2em 0 0.2em 1.6em;
    background: repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--_quiet) 18%, transparent) 4px 5px); }
  .story { margin-top: 0.5em; }
  .narrow { max-height: var(--twinning-timeline-max-height, 32em); overflow-y: auto; overscroll-behavior: contain; gap: 0.25em; padding: 2px; }
  .narrow ul { list-style: none; margin: 0; padding: 0; }
  .narrow .row { border-left: 3px solid var(--_border); }
  .narrow .row--open { border-left-color: var(--_accent); }
  .narrow .disclosure { display: flex; gap: 0.5em; align-items: baseline; width: 100%; min-height: 2.75em; padding: 0.35em 0.5em;
    text-align: start; background: none; border: none; color: inherit; font: inherit; cursor: pointer; }
  .narrow .disclosure:hover { background: color-mix(in srgb, var(--_accent) 7%, transparent); }
  .narrow .disclosure:focus-visible { outline-offset: -3px; }
  .narrow .chevron { flex: none; align-self: center; fill: none; stroke: currentColor; stroke-width: 1.75; }
  .narrow .row-text { display: flex; flex-direction: column; }
  .narrow .panel { padding: 0 0.5em 0.5em 1.6em; }
  .narrow .panel [part~='lane'] { border-left: none; padding-left: 0; background: none; }
  .narrow .select-button { margin: 0.25em 0; padding: 0.3em 0.75em; min-height: 2.25em; border: 1px solid var(--_border); border-radius: 4px;
    background: var(--_bg); color: inherit; font: inherit; cursor: pointer; }
  .narrow .select-button[aria-pressed='true'] { border-color: var(--_accent); background: var(--_lane-selected); font-weight: 600; }
  .narrow .select-button[aria-pressed='true']::before { content: '✓ ' / ''; }
  .key { display: inline-flex; gap: 0.3em; align-items: center; }
  @media (forced-colors: active) {
    [part~='activity'] .span { fill-opacity: 0; stroke: CanvasText; }
    .lifeline { stroke: CanvasText; }
  }
  /* The legend's span key (a class, not a style attribute, so a strict CSP allows it). */
  .legend-span { fill: var(--_muted); fill-opacity: 0.28; stroke: var(--_muted); stroke-dasharray: 3 2; }
`;
