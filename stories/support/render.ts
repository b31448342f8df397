/**
 * How every story draws its element: one element created from the story's args. Args named after
 * an attribute in the manifest become attributes (empty or false values are left out, so the
 * element's defaults apply); `data` is set as the property. Decorators add the surroundings.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attributeNames } from './manifest.ts';

/** A story's args: attribute values by attribute name, and optionally a dataset object. */
export type ElementArgs = Record<string, string | number | boolean | undefined | unknown>;

/** Creates `<tag>` with the args that name one of its attributes. */
export function renderElement(tag: string, args: ElementArgs): HTMLElement {
  const element = document.createElement(tag);
  const known = new Set(attributeNames(tag));
  for (const [name, value] of Object.entries(args)) {
    if (name === 'data') {
      if (value !== undefined) (element as HTMLElement & { data?: unknown }).data = value;
    } else if (known.has(name) && value !== undefined && value !== '' && value !== false && value !== null) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return element;
}

/** A render function for `<tag>`, for a story meta. */
export const renderFor = (tag: string) => (args: ElementArgs) => renderElement(tag, args);

/**
 * Forced colours can't be switched on from a page: a story emulates them by mapping the tokens to
 * the CSS system colours that forced-colours mode uses. The real mode: Chrome DevTools →
 * Rendering → "Emulate CSS media feature forced-colors: active", or Windows' contrast themes.
 */
export const forcedColours: Decorator = (story) => html`<style>
  .twinning-forced-colours {
    background: Canvas; color: CanvasText; padding: 0.5rem;
    --twinning-color-text: CanvasText; --twinning-color-muted: CanvasText; --twinning-color-background: Canvas;
    --twinning-color-surface: Canvas; --twinning-color-land: Canvas; --twinning-color-water: Canvas;
    --twinning-color-border: CanvasText; --twinning-color-accent: LinkText; --twinning-color-focus: Highlight;
    --twinning-color-error: CanvasText;
  }</style><div class="twinning-forced-colours">
  <p>Emulated with system colours (Canvas, CanvasText, LinkText, Highlight). For the real mode use
  DevTools → Rendering → Emulate <code>forced-colors: active</code>.</p>
  ${story()}
</div>`;

/** A dark page around a dark-themed element, as on a host site in dark mode. */
export const darkPage: Decorator = (story) => html`<style>
  .twinning-dark-page { background: #14171f; color: #e8ebf2; padding: 0.5rem; }</style>
  <div class="twinning-dark-page">${story()}</div>`;
