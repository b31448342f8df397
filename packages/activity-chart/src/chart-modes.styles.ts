/**
 * Styles of the modes other than `share` (reference ticks and groups, the panels of `by-region`):
 * in the modes chunk, added to the element when a mode first needs them, so the default first
 * paint does not download them.
 */
import { css } from 'lit';

export const chartModeStyles = css`
  [part~='group-bar'] { fill: var(--_muted); }
  [part~='reference'] { stroke: var(--_reference); stroke-width: 3; }
  .reference-halo { stroke: var(--_bg); stroke-width: 7; }
  .reference-value { font-weight: 600; }
  .reference-absent { fill: var(--_muted); }
  .unverified { font-weight: 600; color: var(--_error); }
  .facets { display: grid; gap: 12px 16px; }
  .facet h3 { margin: 0 0 2px; font-size: 0.9em; font-weight: 600; }
  .facet h3 .n { font-weight: 400; color: var(--_muted); }
  .swatch line { stroke: var(--_reference); stroke-width: 3; }
  @media (forced-colors: active) {
    [part~='reference'] { stroke: CanvasText; }
    .swatch line { stroke: CanvasText; }
  }
`;
