/**
 * Tokens and the shared parts' look. Every value is a custom property with a fallback, so a host
 * page themes the elements with `--twinning-*` and `::part()`, and host CSS cannot break them.
 */
import { css } from 'lit';

/** The dark theme's defaults, used by `theme="dark"` and by `theme="auto"` when the reader prefers dark. */
const darkTokens = css`
  --_fg: var(--twinning-color-text, #e8ebf2);
  --_muted: var(--twinning-color-muted, #a9b2c6);
  --_bg: var(--twinning-color-background, #14171f);
  --_surface: var(--twinning-color-surface, #1f2430);
  --_land: var(--twinning-color-land, #343b49);
  --_water: var(--twinning-color-water, #18202c);
  --_border: var(--twinning-color-border, #4a5468);
  --_accent: var(--twinning-color-accent, #7fb0ff);
  --_focus: var(--twinning-color-focus, #ffb066);
  --_error: var(--twinning-color-error, #ff8a8a);
`;

export const baseStyles = css`
  :host {
    --_fg: var(--twinning-color-text, #1d2330);
    --_muted: var(--twinning-color-muted, #55607a);
    --_bg: var(--twinning-color-background, #ffffff);
    --_surface: var(--twinning-color-surface, #f3f5f9);
    --_land: var(--twinning-color-land, #ecebe5);
    --_water: var(--twinning-color-water, #dbe6f1);
    --_border: var(--twinning-color-border, #c5ccd8);
    --_accent: var(--twinning-color-accent, #1f5fbf);
    --_focus: var(--twinning-color-focus, #c2410c);
    --_error: var(--twinning-color-error, #a4161a);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--twinning-font, inherit);
    font-size: var(--twinning-font-size, 14px);
    line-height: 1.4;
    contain: layout;
  }
  :host([hidden]) { display: none; }
  :host([theme='dark']) {
    ${darkTokens}
  }
  /* Light unless asked: an element pasted into a light article stays light for a reader whose
     system is dark. theme="auto" opts in to following the reader (see docs/theming.md). */
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  *, *::before, *::after { box-sizing: border-box; }
  /* The UI languages (en, fr, ja) are left-to-right. An rtl host page would otherwise flip SVG
     text-anchor and move labels off their marks. Data text in RTL scripts still renders right to
     left inside its own runs. */
  [part~='base'] { display: flex; flex-direction: column; gap: 0.5em; direction: ltr; }
  [part~='summary'] { margin: 0; color: var(--_muted); font-size: 0.95em; }
  .chart { position: relative; min-height: var(--_chart-min-height, 200px); }
  svg { display: block; overflow: visible; }
  svg text { fill: currentColor; }
  :focus { outline: none; }
  :focus-visible, .focus-ring {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg :focus-visible { outline: none; }
  svg .mark-focus { fill: none; stroke: var(--_focus); stroke-width: 3; pointer-events: none; }
  [part~='loading'], [part~='empty'] {
    display: grid; place-items: center; min-height: var(--_chart-min-height, 200px);
    margin: 0; color: var(--_muted); text-align: center; padding: 1em;
  }
  .spinner { width: 1.5em; height: 1.5em; border-radius: 50%; border: 3px solid var(--_border); border-top-color: var(--_accent); animation: spin 1s linear infinite; margin: 0 auto 0.5em; }
  @keyframes spin { to { transform: rotate(360deg); } }
  /* The error part's rules come with its chunk (problem-parts.ts). */
  [part~='notice'] { font-size: 0.9em; color: var(--_muted); }
  [part~='notice'] summary { cursor: pointer; }
  [part~='actions'] { display: flex; flex-wrap: wrap; gap: 0.5em; }
  button {
    font: inherit; color: inherit; background: var(--_surface); border: 1px solid var(--_border);
    border-radius: 4px; padding: 0.3em 0.7em; cursor: pointer; min-height: 2em;
  }
  button:hover { border-color: var(--_accent); }
  [part~='legend'] { display: flex; flex-wrap: wrap; gap: 0.25em 1em; font-size: 0.9em; align-items: center; }
  [part~='tooltip'] {
    position: absolute; z-index: 2; pointer-events: none; max-width: min(22em, 80%);
    background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-radius: 4px;
    padding: 0.4em 0.6em; box-shadow: 0 2px 8px rgb(0 0 0 / 0.2); font-size: 0.9em;
  }
  [part~='tooltip'][hidden] { display: none; }
  a { color: var(--_accent); }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
    clip-path: inset(50%); white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { animation: none !important; transition: none !important; }
  }
  /* Print: the chart, its summary, legend and notices on plain paper. Controls can't be used on
     paper. (The data table's print rule is in data-table.styles.ts.) */
  @media print {
    :host { background: none !important; color: #000; --_bg: #fff; --_surface: #fff; }
    [part~='actions'], [part~='zoom'], [part~='tooltip'], .spinner, .sort-mark { display: none !important; }
    button { border: none; background: none; }
    .chart { break-inside: avoid-page; }
  }
  @media (forced-colors: active) {
    :host { --_fg: CanvasText; --_bg: Canvas; --_muted: CanvasText; --_border: CanvasText; --_accent: LinkText; --_focus: Highlight; --_land: Canvas; --_water: Canvas; --_surface: Canvas; }
    svg text { fill: CanvasText; }
  }
`;
