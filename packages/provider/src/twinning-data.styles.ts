/** Styles of `<twinning-data>`: a plain block around its children, a hidden live region, the error part. */
import { css } from 'lit';

export const providerStyles = css`
  :host { display: block; }
  :host([hidden]) { display: none; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  [part='error'] {
    font: inherit; color: var(--twinning-color-text, inherit);
    border: 1px solid var(--twinning-color-error, #b42318); border-inline-start-width: 4px;
    border-radius: 4px; padding: 0.75rem 1rem; margin: 0.5rem 0;
  }
  [part='error'] ul { margin: 0.5rem 0 0; padding-inline-start: 1.25rem; }
  [part='error'] code { font-size: 0.9em; }
`;
