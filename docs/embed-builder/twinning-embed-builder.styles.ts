/** The embed builder's look: two columns on wide screens, one below 720 px; visible focus. */
import { css } from 'lit';

export const builderStyles = css`
  :host { display: block; font-family: system-ui, sans-serif; color: #1d2330; background: #fff; }
  * { box-sizing: border-box; }
  .layout { display: grid; grid-template-columns: minmax(260px, 340px) minmax(0, 1fr); gap: 1.5rem; padding: 1rem; }
  @media (max-width: 720px) { .layout { grid-template-columns: minmax(0, 1fr); padding: 0.5rem; } }
  h2 { font-size: 1rem; margin: 1rem 0 0.25rem; }
  h2:first-child { margin-top: 0; }
  label { display: block; margin: 0.5rem 0 0.15rem; font-weight: 600; font-size: 0.9rem; }
  label.inline { display: inline-flex; align-items: center; gap: 0.3rem; margin: 0.2rem 0.8rem 0.2rem 0; font-weight: 400; }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    width: 100%; font: inherit; padding: 0.4rem; border: 1px solid #6b7385; border-radius: 4px; background: #fff; color: inherit;
  }
  input[type='checkbox'], input[type='radio'] { width: 1.1rem; height: 1.1rem; }
  textarea { font-family: ui-monospace, monospace; font-size: 0.85rem; resize: vertical; }
  fieldset { border: 1px solid #c5ccd8; border-radius: 4px; margin: 0.5rem 0; padding: 0.3rem 0.6rem 0.5rem; }
  legend { font-weight: 600; font-size: 0.9rem; padding: 0 0.25rem; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem; }
  button { font: inherit; margin: 0.4rem 0 0.8rem; padding: 0.5rem 0.9rem; border: 0; border-radius: 4px; background: #1f5fbf; color: #fff; cursor: pointer; min-height: 44px; }
  button:hover { background: #174a96; }
  :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  .hint { color: #55607a; font-size: 0.85rem; font-weight: 400; margin: 0.25rem 0; }
  .preview { border: 1px dashed #c5ccd8; border-radius: 4px; padding: 0.5rem; min-height: 200px; margin-bottom: 1rem; overflow: hidden; }
  .check { border-left: 4px solid; padding: 0.25rem 0.6rem; margin: 0.5rem 0; font-size: 0.9rem; }
  .check.ok { border-color: #2e7d32; }
  .check.bad { border-color: #a4161a; }
  .problems { margin: 0.25rem 0; max-height: 12rem; overflow: auto; }
  .problems ul { margin: 0; padding-left: 1.2rem; }
  .status { min-height: 1.5em; font-weight: 600; }
  button.skip { margin: 0 0 0.5rem; }
  @media (min-width: 721px) { .skip { position: absolute; left: -9999px; } .skip:focus { position: static; } }
  details summary { cursor: pointer; color: #1f5fbf; margin: 0.25rem 0; }
  code { font-family: ui-monospace, monospace; }
`;
