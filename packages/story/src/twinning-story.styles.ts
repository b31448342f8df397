/**
 * Layout of `<twinning-story>`: on a wide story the graphic sticks beside the text; on a narrow
 * one it sticks above it, at most half the (small) viewport high. Heights use `svh`, which does
 * not move when iOS Safari's toolbar shows or hides. In a frame sized to its content, the viewport
 * is the host page's: the story sets `--twinning-story-frame-vh` to a hundredth of its height. Print: every step, nothing sticky, no controls.
 */
import { css } from 'lit';

export const storyStyles = css`
  :host { display: block; container-type: inline-size; }
  :host([hidden]) { display: none; }
  .layout { display: flex; flex-direction: column; }
  /* The sticky box: the graphic scrolls inside it if it is taller; the controls always show. */
  .aside {
    position: sticky; top: 0; z-index: 1; display: flex; flex-direction: column;
    max-height: 55vh; max-height: calc(55 * var(--twinning-story-frame-vh, 1svh));
    background: var(--twinning-story-graphic-background, Canvas);
    border-block-end: 1px solid var(--twinning-story-rule-color, #767676);
  }
  .graphic { flex: 1 1 auto; min-height: 0; overflow: auto; }
  .steps { padding-block-end: 45vh; padding-block-end: calc(45 * var(--twinning-story-frame-vh, 1svh)); }
  ::slotted([data-twinning-step]), ::slotted(twinning-step) {
    display: block; margin-block: 0 40vh; margin-block: 0 calc(40 * var(--twinning-story-frame-vh, 1svh));
    padding-inline-start: 0.75rem; border-inline-start: 4px solid transparent;
    /* Under the sticky graphic: scrolling a step to the middle centres it in the space below. */
    scroll-margin-top: 55vh; scroll-margin-top: calc(55 * var(--twinning-story-frame-vh, 1svh));
  }
  ::slotted([data-twinning-active]) { border-inline-start-color: var(--twinning-color-accent, #005a9c); }
  .controls {
    flex: none; display: flex; align-items: center; justify-content: space-between; gap: 0.25rem;
    flex-wrap: wrap; padding: 0.375rem 0; font: inherit; font-size: 0.9375em;
  }
  .controls button {
    font: inherit; min-height: 2.75rem; min-width: 2.75rem; padding: 0.25rem 0.5rem; cursor: pointer;
    color: ButtonText; background: ButtonFace; border: 1px solid currentColor; border-radius: 4px;
  }
  .controls button[aria-disabled='true'] { cursor: default; opacity: 0.6; }
  .controls button:focus-visible { outline: 3px solid var(--twinning-color-focus, #005a9c); outline-offset: 2px; }
  .counter { font-variant-numeric: tabular-nums; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  @container (min-width: 48rem) {
    .layout { flex-direction: row-reverse; align-items: flex-start; gap: 2rem; }
    .aside { flex: 3 1 0; min-width: 0; max-height: 100vh; max-height: calc(100 * var(--twinning-story-frame-vh, 1svh)); border-block-end: 0; }
    .controls { justify-content: flex-start; gap: 0.5rem; }
    ::slotted([data-twinning-step]), ::slotted(twinning-step) { scroll-margin-top: 0; }
    .steps { flex: 2 1 0; min-width: 0; padding-block: 30vh 50vh; padding-block: calc(30 * var(--twinning-story-frame-vh, 1svh)) calc(50 * var(--twinning-story-frame-vh, 1svh)); }
  }
  @media (forced-colors: active) {
    ::slotted([data-twinning-active]) { border-inline-start-color: Highlight; }
  }
  @media print {
    .layout { display: block; }
    /* In a frame the graphic is moved with a transform (see followHost); paper has no viewport. */
    .aside { position: static; max-height: none; transform: none !important; }
    .graphic { overflow: visible; }
    .steps { padding: 0; }
    ::slotted([data-twinning-step]), ::slotted(twinning-step) { margin-block: 0 1.5rem; break-inside: avoid; }
    .controls { display: none; }
  }
`;
