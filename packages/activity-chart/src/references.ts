/**
 * Example references for `mode="compare"`. Each names its source; a figure we could not check in
 * the source says so (`verified: false`), and the chart shows "unverified" beside it.
 */
import type { ActivityReference } from './layout/reference.ts';

/**
 * CLAIR (Council of Local Authorities for International Relations), sister-city Q&A, question 7:
 * by CLAIR's statistics, about 60% of sister-exchange activities across Japan are education and
 * administrative exchanges (taken together). It covers all of Japan's partnerships, not only those
 * with Canada, and gives one figure for the two categories, so it is a group, not two shares.
 * CLAIR's "administrative exchange" includes ceremonies and official delegations, which this
 * dataset may tag `commemoration`. Checked against the page's text on 2026-11-28.
 */
export const CLAIR_SISTER_EXCHANGES: ActivityReference = {
  label: {
    en: 'Sister-exchange activities across Japan (CLAIR)',
    fr: 'Activités d’échange des jumelages au Japon (CLAIR)',
    ja: '全国の姉妹交流活動（クレア）',
  },
  source: {
    title: { en: 'CLAIR, Sister-city Q&A, Q7', fr: 'CLAIR, questions sur les jumelages, Q7', ja: 'クレア「姉妹自治体提携Q&A」Q7' },
    publisher: 'Council of Local Authorities for International Relations (CLAIR)',
    url: 'https://clair.or.jp/j/exchange/shimai/ans07.html',
  },
  shares: {},
  groups: [{ categories: ['education', 'administration'], share: 0.6 }],
  verified: true,
  note: {
    en: 'About 60% of activities are education or administrative exchanges (one figure for both). All of Japan’s partnerships, not only Canada’s.',
    fr: 'Environ 60 % des activités sont des échanges éducatifs ou administratifs (un seul chiffre pour les deux). Tous les jumelages du Japon, pas seulement avec le Canada.',
    ja: '活動の約6割が教育交流と行政交流（両者合計の数値）。カナダに限らない全国の提携。',
  },
};

/**
 * Harrison, *Connecting Histories, Shaping Futures: Japan–Canada twinning relationships* (Asia
 * Pacific Foundation of Canada, 2018), summary: business exchanges are only 2% of North American
 * twinning content. It is the report's figure for North America as a whole, not a count of any one
 * dataset. Only business has a figure; other categories are absent.
 */
export const HARRISON_APF_BUSINESS: ActivityReference = {
  label: {
    en: 'North American twinning content (Harrison, APF Canada)',
    fr: 'Contenu des jumelages nord-américains (Harrison, FAP Canada)',
    ja: '北米の姉妹都市交流の内容（ハリソン、APFカナダ）',
  },
  source: {
    title: {
      en: 'Harrison, Connecting Histories, Shaping Futures: Japan–Canada twinning relationships, summary',
      fr: 'Harrison, Connecting Histories, Shaping Futures: Japan–Canada twinning relationships, sommaire',
      ja: 'ハリソン『Connecting Histories, Shaping Futures: Japan–Canada twinning relationships』要旨',
    },
    publisher: 'Asia Pacific Foundation of Canada',
    date: '2018',
    url: 'https://www.asiapacific.ca/fr/canada-asia-agenda/enhancing-trans-pacific-people-people-ties-japan-canada',
  },
  shares: { business: 0.02 },
  verified: true,
  note: {
    en: 'The report’s summary: business exchanges are only 2% of North American twinning content. North America as a whole, not this dataset.',
    fr: 'Sommaire du rapport : les échanges économiques ne représentent que 2 % du contenu des jumelages nord-américains. Toute l’Amérique du Nord, pas ces données.',
    ja: '報告書の要旨：北米の姉妹都市交流の内容のうちビジネス交流は2%にすぎない。北米全体の数値で、このデータの集計ではない。',
  },
};

/** The example references, by name. */
export const REFERENCES = { clair: CLAIR_SISTER_EXCHANGES, harrison: HARRISON_APF_BUSINESS } as const;
