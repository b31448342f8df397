/** The map's data table: exactly the agreements drawn, with both sides, type, date, status and sources (a chunk loaded with the table). */
import { countryName, needsLang, placeName, regionName, type TableModel } from '@twinning/core';
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
    if (!place) return { text: '' };
    // The region when the data names it, else the country: never a code such as "UA-51".
    const region = regionName(dataset, place.region, locale);
    return { text: region.source === 'dataset' ? region.text : countryName(place.country, locale) };
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
