/** Styles of the export-and-cite menu; they load with its chunk (see added-styles.ts). */
import { css } from 'lit';

export const exportStyles = css`
  .export-status { align-self: center; margin: 0; font-size: 0.9em; }
  .export-menu {
    flex-basis: 100%; border: 1px solid var(--_border); border-radius: 4px; padding: 0.5em;
    background: var(--_bg); display: flex; flex-direction: column; gap: 0.5em;
  }
  .export-menu ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5em; }
  .export-menu button[aria-pressed='true'] { border-color: var(--_accent); }
  .export-panel { border-top: 1px solid var(--_border); padding-top: 0.5em; }
  .export-panel p { margin: 0.25em 0; }
  .export-panel dl { display: grid; grid-template-columns: auto 1fr; gap: 0.15em 0.75em; margin: 0.25em 0; }
  .export-panel dt { font-weight: 600; }
  .export-panel dd { margin: 0; }
  .export-panel ul { display: block; list-style: disc; padding-left: 1.2em; }
  .export-panel textarea { width: 100%; min-height: 6em; font: 0.85em ui-monospace, monospace; color: inherit; background: var(--_surface); border: 1px solid var(--_border); }
  .export-title { font-weight: 600; }
`;
