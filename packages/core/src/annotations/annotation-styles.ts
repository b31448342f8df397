/** The look of note callouts, their leaders and the notes table; hooks follow the house pattern. */
import { css } from 'lit';

export const annotationStyles = css`
  [part~='annotations'] { position: absolute; inset: 0; pointer-events: none; z-index: 2; }
  .annotation-leaders { position: absolute; left: 0; top: 0; overflow: visible; }
  .annotation-leaders line { stroke: var(--twinning-annotation-leader-color, var(--_fg)); stroke-width: 1; }
  .annotation-leaders circle { fill: none; stroke: var(--twinning-annotation-leader-color, var(--_fg)); stroke-width: 1.5; }
  [part~='annotation'] {
    position: absolute; left: var(--_x, 0); top: var(--_y, 0); width: var(--_w, 180px);
    display: flex; gap: 0.4em; align-items: flex-start; padding: 0.25em 0.45em;
    pointer-events: auto; font-size: 0.85em; line-height: 1.3;
    color: var(--_fg); background: var(--twinning-annotation-background, var(--_bg));
    border: 1px solid var(--twinning-annotation-border-color, var(--_fg)); border-radius: 3px;
  }
  [part~='annotation'][data-placed='false'] { visibility: hidden; }
  [part~='annotation']:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .annotation-number {
    flex: none; min-width: 1.5em; height: 1.5em; border-radius: 0.75em; display: inline-grid; place-items: center;
    font-weight: 600; font-size: 0.85em; color: var(--_bg); background: var(--twinning-annotation-number-background, var(--_fg));
  }
  .annotation-text { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
  [part~='annotations'].annotation-list { position: static; display: flex; flex-direction: column; gap: 0.4em; margin-top: 0.5em; }
  .annotation-list [part~='annotation'] { position: static; width: auto; }
  .annotation-list .annotation-text { -webkit-line-clamp: unset; }
  .annotation-list .annotation-notice { position: static; }
  .annotation-notice { position: absolute; left: 0; bottom: 0; pointer-events: auto; background: var(--_bg); }
  .annotations-table { margin-top: 0.75em; }
  @media (forced-colors: active) {
    [part~='annotation'] { border-color: CanvasText; }
    .annotation-number { color: Canvas; background: CanvasText; forced-color-adjust: none; }
    .annotation-leaders line, .annotation-leaders circle { stroke: CanvasText; }
  }
  @media print { [part~='annotation'] { break-inside: avoid; } }
`;
