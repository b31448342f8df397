/** The data table of `<twinning-partners>`: one row per card, exactly what the cards show. Pure. */
import type { Locale, TableModel, TableRow } from '@twinning/core';
import type { PartnersModel } from './partners-model.ts';
import type { PartnersMessages } from './twinning-partners.messages.ts';

const tag = (lang: string, locale: Locale) => (lang !== 'und' && lang.split('-')[0] !== locale ? { lang } : {});

/** One row per partner card, in card order (by signing date). */
export function partnersTable(model: PartnersModel, m: PartnersMessages, home: string, locale: Locale): TableModel {
  const c = m.columns;
  const rows = model.cards.map((card): TableRow => ({
    id: card.twinning,
    cells: {
      partner: { text: card.partner.name.text, ...tag(card.partner.name.lang, locale) },
      ownName: card.partner.ownName ? { text: card.partner.ownName.text, lang: card.partner.ownName.lang } : { text: '' },
      country: { text: card.partner.country.text, ...tag(card.partner.country.lang, locale) },
      region: card.partner.region.source === 'country' ? { text: '' } : { text: card.partner.region.text, ...tag(card.partner.region.lang, locale) },
      type: { text: card.typeText },
      status: { text: card.statusText },
      signed: { text: card.signedText ?? '', sort: card.signed ?? '' },
      years: { text: card.since.years == null ? '' : new Intl.NumberFormat(locale).format(card.since.years), sort: card.since.years ?? -1 },
      anniversary: { text: card.anniversary?.text ?? '', sort: card.anniversary?.date ?? '' },
      activities: { text: new Intl.NumberFormat(locale).format(card.activityTotal), sort: card.activityTotal },
    },
  }));
  return {
    caption: m.tableCaption(home),
    rowAttribute: 'data-twinning',
    columns: [
      { key: 'partner', label: c.partner }, { key: 'ownName', label: c.ownName }, { key: 'country', label: c.country },
      { key: 'region', label: c.region }, { key: 'type', label: c.type }, { key: 'status', label: c.status },
      { key: 'signed', label: c.signed }, { key: 'years', label: c.years, numeric: true },
      { key: 'anniversary', label: c.anniversary }, { key: 'activities', label: c.activities, numeric: true },
    ],
    rows,
  };
}
