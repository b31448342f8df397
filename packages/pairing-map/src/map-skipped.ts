/** The map's notice of what it could not draw: places without coordinates, links it could not join. */
import { placeName, type SkippedRecords } from '@twinning/core';
import type { MapRenderContext } from './render/context.ts';

/** The places and links the map could not draw, and why, for the shared "not drawn" notice. */
export function mapSkippedRecords(ctx: MapRenderContext): SkippedRecords | null {
  const { model, view, locale, m } = ctx;
  const places = model.skippedPlaces.map((s) => `${placeName(s.place, locale).text} (${s.place.id}): ${m.notDrawnReason[s.reason] ?? s.reason}`);
  const links = model.skippedLinks.map((s) => `${s.id}: ${m.notDrawnReason[s.reason] ?? s.reason}`);
  const count = new Set(model.skippedLinks.map((s) => s.id)).size;
  if (!places.length && !links.length) return null;
  return { count: count || places.length, total: count ? view.twinnings.length : view.places.length, noun: count ? ctx.messages.agreements(2) : m.places, details: [...places, ...links] };
}
