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
 * "Business is about 2% of North American twinning content", attributed to Harrison (Asia Pacific
 * Foundation of Canada, 2018). Our research could not find the figure in the readable part of the
 * report, so it is marked unverified. Only business has a figure; other categories are absent.
 */
export const HARRISON_APF_BUSINESS: ActivityReference = {
  label: {
    en: 'North American twinning content (Harrison, APF Canada)',
    fr: 'Contenu des jumelages nord-américains (Harrison, FAP Canada)',
    ja: '北米の姉妹都市交流の内容（ハリソン、APFカナダ）',
  },
  source: {
    title: { en: 'Enhancing trans-Pacific people-to-people ties: Japan–Canada' },
    publisher: 'Asia Pacific Foundation of Canada',
    date: '2018',
    url: 'https://www.asiapacific.ca/fr/canada-asia-agenda/enhancing-trans-pacific-people-people-ties-japan-canada',
  },
  shares: { business: 0.02 },
  verified: false,
  note: {
    en: 'Figure as quoted; not found in the readable part of the report.',
    fr: 'Chiffre tel que cité ; introuvable dans la partie lisible du rapport.',
    ja: '引用された数値。報告書の閲覧可能な部分では確認できませんでした。',
  },
};

/** The example references, by name. */
export const REFERENCES = { clair: CLAIR_SISTER_EXCHANGES, harrison: HARRISON_APF_BUSINESS } as const;
