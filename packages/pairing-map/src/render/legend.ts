/** The colour key: one line sample per key of `color-by`, and the dashed line for ended agreements. */
import { html, nothing, type TemplateResult } from 'lit';
import { colorKeys, colorOf, linkDash } from '../link-colors.ts';
import type { MapRenderContext } from './context.ts';

export function renderLegend(ctx: MapRenderContext): TemplateResult {
  const { colorBy, m, messages } = ctx;
  const twinnings = ctx.view.twinnings;
  const keys = colorKeys(twinnings, colorBy, ctx.view.resolved.dateOf);
  const label = (key: string) => colorBy === 'type' ? messages.type[key] ?? key : colorBy === 'status' ? messages.status[key] ?? key : key === 'undated' ? m.undated : `${key}s`;
  const dashFor = (key: string) => (colorBy === 'status' && key === 'ended' ? '7 4' : colorBy === 'status' && key === 'dormant' ? '2 3' : undefined);
  return html`<div part="legend" role="list" aria-label=${m.colorBy[colorBy] ?? colorBy}>
    <span class="legend-title" aria-hidden="true">${m.colorBy[colorBy]}</span>
    ${keys.map((key) => html`<span role="listitem" class="legend-item"><svg width="28" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke=${colorOf(key, colorBy, ctx.decades)} stroke-width="3" stroke-dasharray=${dashFor(key) ?? nothing}></line></svg>${label(key)}</span>`)}
    ${colorBy !== 'status' && twinnings.some((t) => linkDash(t)) ? html`<span role="listitem" class="legend-item"><svg width="28" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke="currentColor" stroke-width="2" stroke-dasharray="7 4"></line></svg>${m.dashed}</span>` : nothing}
  </div>`;
}
