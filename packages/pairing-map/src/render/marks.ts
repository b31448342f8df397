/**
 * Links and place dots. State that changes on hover or focus (active place, partners, the
 * focused dot) is NOT in these templates: the element's highlight controllers put it on the
 * affected marks directly. Only selection, which is rarer and changes the data in view
 * elsewhere too, is rendered here. Nor is the zoom scale: links keep their width and dots grow
 * more slowly than the map through the `--_zoom-root` custom property (the square root of the
 * scale) that the element sets on its SVG, so a zoom never renders these templates again.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { colorKey, colorOf, linkDash } from '../link-colors.ts';
import type { Dot, Link } from '../layout/index.ts';
import type { MapRenderContext } from './context.ts';

/** Sets the zoom scale's square root on the map's SVG, which the styles of dots and links read (`--_zoom-root`). */
export function setZoomScale(svg: SVGSVGElement | null, k: number): void {
  if (k === 1) svg?.style.removeProperty('--_zoom-root');
  else svg?.style.setProperty('--_zoom-root', String(Math.sqrt(k)));
}

/** The places of the selected agreement. */
export function selectedPlaces(ctx: MapRenderContext): ReadonlySet<string> {
  return new Set(ctx.view.twinningById.get(ctx.selected ?? '')?.places ?? []);
}

/** One link per agreement drawn; `links` defaults to all (SVG mode). */
export function renderLinks(ctx: MapRenderContext, links: readonly Link[] = ctx.model.links, extraPart = ''): TemplateResult[] {
  const selected = ctx.selected;
  const dates = ctx.view.resolved.dateOf;
  return links.map((link) => {
    const twinning = ctx.view.twinningById.get(link.id)!;
    const isSelected = link.id === selected;
    const dimmed = !ctx.canvas && !!selected && !isSelected;
    const part = `link${isSelected ? ' link--selected' : ''}${dimmed ? ' link--dimmed' : ''}${extraPart}`;
    return svg`<path part=${part} class=${part} d=${link.d} data-twinning=${link.id}
      stroke=${colorOf(colorKey(twinning, ctx.colorBy, dates), ctx.colorBy, ctx.decades)} stroke-dasharray=${linkDash(twinning) ?? nothing}
      stroke-width=${isSelected ? 3.5 : 1.6}></path>`;
  });
}

/**
 * The dots of one panel as focusable buttons; `dots` defaults to every dot of the panel. The home
 * place of the world layout is larger and ringed (`place--home`), so it stands out without colour;
 * the ring is an ellipse, out of reach of the highlight's `> circle` selectors.
 */
export function renderPlaces(ctx: MapRenderContext, dots: readonly Dot[]): TemplateResult[] {
  const selected = selectedPlaces(ctx);
  // The places keep their order (a focused dot must not be moved or reused for another place);
  // the selection's dots are drawn again on top, without events, so no neighbour's dot hides them.
  const raised = dots.filter((d) => selected.has(d.id)).map((dot) => svg`<circle class="place--raised" aria-hidden="true" cx=${dot.x} cy=${dot.y} r=${dot.r}></circle>`);
  return [...dots.map((dot) => {
    const isSelected = selected.has(dot.id);
    const home = dot.id === ctx.model.home;
    const part = `place${isSelected ? ' place--selected' : ''}${home ? ' place--home' : ''}`;
    return svg`<g role="button" tabindex=${dot.id === ctx.focusPlace ? 0 : -1} aria-label=${ctx.placeLabel(dot.id)}
        aria-pressed=${isSelected ? 'true' : 'false'} data-place=${dot.id}>
      ${home ? svg`<ellipse class="home-ring" aria-hidden="true" cx=${dot.x} cy=${dot.y} rx=${dot.r + 4} ry=${dot.r + 4}></ellipse>` : nothing}
      <circle part=${part} class=${part} cx=${dot.x} cy=${dot.y} r=${dot.r}></circle>
    </g>`;
  }), ...raised];
}

/**
 * Canvas mode: the highlight overlay for `placeId` (its links and its partners' dots), drawn
 * over the canvas. Re-rendered on its own when the highlight changes.
 */
export function renderOverlay(ctx: MapRenderContext, placeId: string | null): TemplateResult | typeof nothing {
  if (!placeId) return nothing;
  const links = ctx.model.linksByPlace.get(placeId) ?? [];
  const partners = [placeId, ...(ctx.model.partnersByPlace.get(placeId) ?? [])].map((id) => ctx.model.dotById.get(id)).filter((d): d is Dot => !!d);
  return svg`${renderLinks(ctx, links, ' link--active')}
    ${partners.map((dot) => svg`<circle part="place place--partner" class="place place--partner" aria-hidden="true"
      cx=${dot.x} cy=${dot.y} r=${dot.r}></circle>`)}`;
}
