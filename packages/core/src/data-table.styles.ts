/** Styles of the data table; they load with its chunk (see added-styles.ts). */
import { css } from 'lit';

export const tableStyles = css`
  [part~='table'] { overflow-x: auto; max-height: 28em; overflow-y: auto; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
  caption { text-align: start; font-weight: 600; padding: 0.25em 0; }
  th, td { text-align: start; padding: 0.25em 0.5em; border-bottom: 1px solid var(--_border); vertical-align: top; }
  th button { background: none; border: none; padding: 0; font-weight: 600; min-height: 0; }
  .numeric { text-align: end; font-variant-numeric: tabular-nums; }
  /* Print: an open data table prints in full instead of inside its scroll box. */
  @media print {
    [part~='table'] { max-height: none; overflow: visible; }
  }
`;
