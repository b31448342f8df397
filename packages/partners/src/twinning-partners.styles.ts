/**
 * Look of `<twinning-partners>`: a compact list of cards in a narrow container (under 560 px, a
 * phone), a grid of cards above; printable (no backgrounds, link addresses after the links, a
 * card never split across pages); forced colours keep the focus ring, the selection and the marks.
 */
import { css } from 'lit';

export const partnersStyles = css`
  :host { container-type: inline-size; }
  .chart { min-height: var(--_chart-min-height, 240px); }
  [part~='list'] {
    list-style: none; margin: 0; padding: 0;
    display: grid; gap: 0.75em; grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 560px) {
    [part~='list'] { grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
  }
  .item { display: flex; min-width: 0; }
  [part~='card'] {
    flex: 1; min-width: 0; position: relative;
    display: grid; grid-template-columns: minmax(0, 1fr) auto; grid-template-areas: 'head locator' 'body body';
    gap: 0.25em 0.75em; align-content: start;
    padding: 0.75em 0.875em; border: 1px solid var(--_border); border-radius: 6px;
    background: var(--twinning-partners-card-background, var(--_bg));
  }
  [part~='card'] { cursor: pointer; }
  [part~='card']:hover { border-color: var(--_accent); }
  [part~='card']:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  [part~='card--selected'] {
    border: 2px solid var(--_accent); padding: calc(0.75em - 1px) calc(0.875em - 1px);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .head { grid-area: head; min-width: 0; }
  .card > :not(.head):not(.locator) { grid-column: 1 / -1; }
  h3, h4, p { margin: 0; }
  [part~='name'] { font-size: 1.15em; line-height: 1.25; overflow-wrap: anywhere; }
  [part~='own-name'] { font-weight: 400; color: var(--_muted); white-space: nowrap; }
  .where, [part~='since'] .signed { color: var(--_muted); font-size: 0.9em; }
  [part~='facts'] { margin-top: 0.25em; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.75em; }
  .status { white-space: nowrap; }
  .status-mark { display: inline-block; width: 0.7em; height: 0.7em; margin-inline-end: 0.25em; vertical-align: -0.05em; }
  .status-mark circle, .status-mark path { fill: currentColor; stroke: currentColor; stroke-width: 1.2; }
  .status-mark .hollow { fill: none; }
  .status-mark .cross { fill: none; stroke-width: 1.8; }
  /* Only the mark is coloured: the word keeps the text colour, so it reads in every theme. */
  .status--active .status-mark { color: var(--twinning-partners-active-color, #2f9e55); }
  .status--ended { color: var(--_muted); }
  .selected-mark {
    display: inline-block; margin-inline-start: 0.5em; padding: 0 0.4em; border-radius: 3px;
    background: var(--_accent); color: var(--_bg); font-size: 0.85em; font-weight: 600;
  }
  [part~='since'] { margin-top: 0.25em; font-weight: 600; }
  [part~='since'] .signed { font-weight: 400; }
  [part~='anniversary'] {
    margin-top: 0.25em; padding: 0.15em 0.5em; border-radius: 3px; justify-self: start; width: fit-content;
    background: var(--twinning-partners-anniversary-background, #fff4d6); color: var(--twinning-partners-anniversary-color, #5c3c00);
    font-weight: 600;
  }
  /* The anniversary line in the dark theme: a dark amber, not a bright patch. */
  :host([theme='dark']) [part~='anniversary'] {
    background: var(--twinning-partners-anniversary-background, #4a3a10); color: var(--twinning-partners-anniversary-color, #ffe6a6);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) [part~='anniversary'] {
      background: var(--twinning-partners-anniversary-background, #4a3a10); color: var(--twinning-partners-anniversary-color, #ffe6a6);
    }
  }
  .locator { grid-area: locator; width: var(--twinning-partners-locator-width, 8.5em); height: auto; align-self: start; }
  svg.locator { aspect-ratio: 16 / 10; border-radius: 4px; }
  .locator--missing { color: var(--_muted); font-size: 0.85em; max-width: 8.5em; }
  .locator .water { fill: var(--_water); }
  /* Land a shade darker than the map's (light) or lighter (dark), so a 160-pixel world still reads. */
  .locator .land { fill: var(--twinning-partners-locator-land, color-mix(in srgb, var(--_land), var(--_fg) 14%)); stroke: none; }
  .locator .link { fill: none; stroke: var(--_accent); stroke-width: 1.75; }
  .locator .dot { fill: var(--_accent); stroke: var(--_bg); stroke-width: 1; }
  .locator .dot--home { fill: var(--twinning-partners-home-color, #c53030); }
  .activities-block { margin-top: 0.5em; }
  h4 { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.03em; color: var(--_muted); }
  [part~='activities'] { list-style: none; margin: 0.25em 0 0; padding: 0; display: grid; gap: 0.3em; }
  [part~='activity'] { font-size: 0.95em; }
  [part~='activity'] time { font-variant-numeric: tabular-nums; color: var(--_muted); }
  [part~='activity'] .planned { color: var(--_muted); font-style: italic; }
  .categories { display: inline-flex; flex-wrap: wrap; gap: 0.25em; margin-inline-start: 0.25em; }
  .category { font-size: 0.8em; color: var(--_muted); white-space: nowrap; }
  .category .swatch {
    display: inline-block; width: 0.7em; height: 0.7em; margin-inline-end: 0.2em; vertical-align: -0.05em;
    background: var(--_category); border: 1px solid var(--_border); border-radius: 2px;
  }
  .more, .no-activities { color: var(--_muted); font-size: 0.9em; margin-top: 0.25em; }
  [part~='sources'] { margin-top: 0.5em; font-size: 0.85em; color: var(--_muted); overflow-wrap: anywhere; }
  [part~='contact'] { margin-top: 0.35em; display: flex; flex-wrap: wrap; gap: 0.25em 1em; overflow-wrap: anywhere; }
  [part~='card'] a:focus-visible { outline: 3px solid var(--_focus); outline-offset: 1px; }
  @media (forced-colors: active) {
    [part~='card--selected'] { border-color: Highlight; box-shadow: none; }
    .selected-mark { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    [part~='anniversary'] { border: 1px solid CanvasText; }
    .locator .land { fill: Canvas; stroke: CanvasText; }
    .locator .water { fill: Canvas; }
    .locator .link { stroke: LinkText; }
    .locator .dot { fill: CanvasText; }
    .category .swatch { forced-color-adjust: none; }
  }
  @media print {
    [part~='list'] { display: block; }
    .item { display: block; margin-bottom: 0.75em; break-inside: avoid; }
    [part~='card'] { border-color: #000; background: none; box-shadow: none; }
    [part~='anniversary'] { background: none; border: 1px solid #000; color: #000; }
    .locator .water, .locator .land { fill: none; stroke: #777; }
    [part~='card'] a[href^='http']::after { content: ' <' attr(href) '>'; font-size: 0.85em; overflow-wrap: anywhere; }
  }
`;
