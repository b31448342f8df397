/**
 * The map's data table: exactly the agreements drawn, with both sides, type, date, status and
 * sources. A chunk loaded with the table, with its own column names and caption in each language.
 */
import { countryName, formatNumber, needsLang, placeName, regionName, type Locale, type TableModel } from '@twinning/core';
import { formatPartialDate, type Twinning } from '@twinning/schema';
import type { MapRenderContext } from './render/context.ts';

const TEXT: Record<Locale, { columns: Record<'a' | 'aRegion' | 'b' | 'bRegion' | 'type' | 'signed' | 'status' | 'sources', string>; caption: (n: string, one: boolean) => string }> = {
  en: {
    columns: { a: 'Place', aRegion: 'Region', b: 'Partner', bRegion: 'Region', type: 'Type', signed: 'Signed', status: 'Status', sources: 'Sources' },
    caption: (n, one) => `${n} ${one ? 'agreement' : 'agreements'} drawn on the map`,
  },
  fr: {
    columns: { a: 'Lieu', aRegion: 'Région', b: 'Partenaire', bRegion: 'Région', type: 'Type', signed: 'Signée', status: 'Statut', sources: 'Sources' },
    caption: (n, one) => `${n} ${one ? 'entente dessinée' : 'ententes dessinées'} sur la carte`,
  },
  ja: {
    columns: { a: '自治体', aRegion: '地域', b: '提携先', bRegion: '地域', type: '種類', signed: '締結', status: '状況', sources: '出典' },
    caption: (n) => `地図上の提携${n}件`,
  },
};

/** The table's caption: how many agreements are drawn, with this language's digits and grouping. */
export function mapTableCaption(count: number, locale: Locale): string {
  return TEXT[locale].caption(formatNumber(count, locale), locale === 'fr' ? count <= 1 : count === 1);
}

export function mapTable(ctx: MapRenderContext): TableModel {
  const { view, dataset, locale, messages } = ctx;
  const drawn = new Set(ctx.model.links.map((l) => l.id));
  const cols = TEXT[locale].columns;
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
    caption: mapTableCaption(drawn.size, locale),
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
