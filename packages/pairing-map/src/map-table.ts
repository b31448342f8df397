/** The map's data table (exactly the agreements drawn, with both sides, type, date, status and sources) and its notice of what was not drawn. */
import { countryName, needsLang, placeName, regionName, type SkippedRecords, type TableModel } from '@twinning/core';
import { formatPartialDate, type Twinning } from '@twinning/schema';
import type { MapRenderContext } from './render/context.ts';

export function mapTable(ctx: MapRenderContext): TableModel {
  const { view, dataset, locale, messages, m } = ctx;
  const drawn = new Set(ctx.model.links.map((l) => l.id));
  const cols = m.columns;
  const placeCell = (id: string | undefined) => {
    const place = id ? view.placeById.get(id) : undefined;
    if (!place) return { text: id ?? '' };
    const name = placeName(place, locale);
    return { text: name.text, ...(needsLang(name, locale) ? { lang: name.lang } : {}) };
  };
  const regionCell = (id: string | undefined) => {
    const place = id ? view.placeById.get(id) : undefined;
    return { text: place ? regionName(dataset, place.region, locale).text || countryName(place.country, locale) : '' };
  };
  const sourceUrl = new Map(dataset.sources.map((s) => [s.id, s.url]));
  const sourceText = (t: Twinning) => t.sources.map((id) => sourceUrl.get(id) ?? id).join(' ');
  return {
    caption: m.tableCaption(drawn.size),
    rowAttribute: 'data-twinning',
    columns: [
      { key: 'a', label: cols.a }, { key: 'aRegion', label: cols.aRegion }, { key: 'b', label: cols.b }, { key: 'bRegion', label: cols.bRegion },
      { key: 'type', label: cols.type }, { key: 'signed', label: cols.signed }, { key: 'status', label: cols.status }, { key: 'sources', label: cols.sources },
    ],
    rows: view.twinnings.filter((t) => drawn.has(t.id)).map((t) => ({
      id: t.id,
      cells: {
        a: placeCell(t.places[0]),
        aRegion: regionCell(t.places[0]),
        b: { text: t.places.slice(1).map((id) => placeCell(id).text).join(', ') },
        bRegion: { text: t.places.slice(1).map((id) => regionCell(id).text).join(', ') },
        type: { text: messages.type[t.type] ?? t.type },
        signed: { text: t.signed ? formatPartialDate(t.signed, locale) : '—', sort: t.signed ?? '' },
        status: { text: messages.status[t.status] ?? t.status },
        sources: { text: sourceText(t) },
      },
    })),
  };
}

/** The places and links the map could not draw, and why, for the shared "not drawn" notice. */
export function mapSkippedRecords(ctx: MapRenderContext): SkippedRecords | null {
  const { model, view, locale, m } = ctx;
  const places = model.skippedPlaces.map((s) => `${placeName(s.place, locale).text} (${s.place.id}): ${m.notDrawnReason[s.reason] ?? s.reason}`);
  const links = model.skippedLinks.map((s) => `${s.id}: ${m.notDrawnReason[s.reason] ?? s.reason}`);
  const count = new Set(model.skippedLinks.map((s) => s.id)).size;
  if (!places.length && !links.length) return null;
  return { count: count || places.length, total: count ? view.twinnings.length : view.places.length, noun: count ? ctx.messages.agreements(2) : m.places, details: [...places, ...links] };
}
