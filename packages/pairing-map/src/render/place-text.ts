/** Words about a place: its name (tagged with its language), its partners, its accessible name and its tooltip. */
import { countryName, formatList, needsLang, placeName, regionName } from '@twinning/core';
import type { Place, Twinning } from '@twinning/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { MapRenderContext } from './context.ts';

/** A place's name, with `lang` when it differs from the UI language. */
export function nameOf(place: Place, ctx: Pick<MapRenderContext, 'locale'>): TemplateResult {
  const name = placeName(place, ctx.locale);
  return needsLang(name, ctx.locale) ? html`<span lang=${name.lang}>${name.text}</span>` : html`${name.text}`;
}

/** "Kushiro (1965)": the partners of `placeId` in one agreement, with the signing year. */
export function partnerText(ctx: MapRenderContext, placeId: string, twinning: Twinning): string {
  const partners = twinning.places.filter((id) => id !== placeId).map((id) => ctx.view.placeById.get(id)).filter((p): p is Place => !!p);
  const year = ctx.view.resolved.twinningDates.get(twinning.id)?.signed?.year;
  return `${partners.map((p) => placeName(p, ctx.locale).text).join(', ')}${year != null ? ` (${year})` : ''}`;
}

/** "British Columbia, Canada"; just "Ukraine" when the data does not name the region (never "UA-51, Ukraine"). */
function where(ctx: MapRenderContext, place: Place): string {
  const region = regionName(ctx.dataset, place.region, ctx.locale);
  return [region.source === 'dataset' ? region.text : '', countryName(place.country, ctx.locale)].filter(Boolean).join(', ');
}

/** `cache`'s value for `key`, made once by `make` (e.g. accessible names per language and place). */
export function cached(cache: Map<string, string>, key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** A place's accessible name: name, where, how many agreements and with whom. */
export function placeAccessibleName(ctx: MapRenderContext, placeId: string): string {
  const place = ctx.view.placeById.get(placeId);
  if (!place) return placeId;
  const agreements = ctx.model.agreementsByPlace.get(placeId) ?? [];
  const count = ctx.model.dotById.get(placeId)?.count ?? agreements.length;
  const partners = agreements.map((t) => partnerText(ctx, placeId, t));
  return ctx.m.placeLabel(placeName(place, ctx.locale).text, where(ctx, place), `${ctx.m.agreementCount(count)}. ${ctx.m.partnerList(formatList(partners, ctx.locale))}`);
}

/** The tooltip card of a place. */
export function placeTooltip(ctx: MapRenderContext, placeId: string): TemplateResult | typeof nothing {
  const place = ctx.view.placeById.get(placeId);
  if (!place) return nothing;
  const name = placeName(place, ctx.locale);
  const others = Object.entries(typeof place.name === 'string' ? {} : place.name).filter(([lang, text]) => lang !== name.lang && text !== name.text);
  return html`<strong>${nameOf(place, ctx)}</strong>${others.slice(0, 1).map(([lang, text]) => html` <span lang=${lang}>${text}</span>`)}
    <div class="tip-region">${where(ctx, place)}</div>
    <div>${ctx.m.partners}:</div><ul>${(ctx.model.agreementsByPlace.get(placeId) ?? []).map((t) => html`<li>${partnerText(ctx, placeId, t)}</li>`)}</ul>`;
}

/** The widget caption: "Burnaby ↔ Kushiro · Sister city since 1965". */
export function renderCaption(ctx: MapRenderContext): TemplateResult | typeof nothing {
  const c = ctx.model.caption;
  if (!c) return nothing;
  const year = ctx.view.resolved.dateOf(c.signed ?? undefined)?.year;
  const facts = c.twinnings.length === 1 && c.type
    ? html`${ctx.messages.type[c.type] ?? c.type}${year != null ? html` ${ctx.m.since} ${year}` : nothing}`
    : ctx.m.agreementCount(c.twinnings.length);
  return html`<p part="caption" class="caption">${nameOf(c.a, ctx)} ↔ ${c.b.map((p, i) => html`${i ? ', ' : ''}${nameOf(p, ctx)}`)} · ${facts}</p>`;
}
