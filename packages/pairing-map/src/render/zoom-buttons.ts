/** The zoom buttons over the map (under it on narrow maps). */
import { html, type TemplateResult } from 'lit';
import type { MapMessages } from '../twinning-map.messages.ts';
import type { ZoomController } from '../zoom-controller.ts';

/** How much one button press or key press zooms. */
export const ZOOM_STEP = 1.6;

export function renderZoomButtons(m: MapMessages, zoom: ZoomController): TemplateResult {
  return html`<div part="zoom" class="zoom">
    <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => zoom.step(ZOOM_STEP)}>+</button>
    <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${() => zoom.step(1 / ZOOM_STEP)}>−</button>
    <button type="button" aria-label=${m.zoomReset} title=${m.zoomReset} @click=${() => zoom.step(0)}>⟲</button>
  </div>`;
}
