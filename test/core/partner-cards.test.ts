import { expect } from '@open-wc/testing';
import { isRoundAnniversary, nextRoundAnniversary, yearsSince } from '../../packages/core/src/partners/anniversaries.ts';
import { partnerCards } from '../../packages/core/src/partners/partner-cards.ts';
import { localeLoading } from '../../packages/core/src/message-catalog.ts';
import type { TwinningDataset } from '../../packages/schema/src/index.ts';
import cityJson from '../fixtures/multi-country-city.json';

const city = cityJson as unknown as TwinningDataset;
const NOW = new Date('2026-12-02T12:00:00Z');
const HOME = 'ca-bc-port-alder';

describe('anniversaries', () => {
  it('isRoundAnniversary counts every 5th to the 30th, then every 10th, and the 75th', () => {
    const round = Array.from({ length: 110 }, (_, i) => i).filter(isRoundAnniversary);
    expect(round).to.deep.equal([5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]);
  });

  it('yearsSince turns a year older on the day, the month, or (year only) on 1 January', () => {
    expect(yearsSince('1965-12-03', NOW)).to.equal(60);
    expect(yearsSince('1965-12-02', NOW)).to.equal(61);
    expect(yearsSince('1965-12', NOW)).to.equal(61);
    expect(yearsSince('1966-01', NOW)).to.equal(60);
    expect(yearsSince('1965', NOW)).to.equal(61);
    expect(yearsSince('2027', NOW)).to.equal(null);
    expect(yearsSince(undefined, NOW)).to.equal(null);
    expect(yearsSince('1965-13', NOW)).to.equal(null);
  });

  it('nextRoundAnniversary finds the next round one within two years, at the date’s precision', () => {
    expect(nextRoundAnniversary('1977-06', NOW)).to.deep.equal({ years: 50, date: '2027-06', precision: 'month' });
    expect(nextRoundAnniversary('1987-03-10', NOW)).to.deep.equal({ years: 40, date: '2027-03-10', precision: 'day' });
    // A year-only 50th in the current year may still be ahead: it counts until 31 December.
    expect(nextRoundAnniversary('1976', NOW)).to.deep.equal({ years: 50, date: '2026', precision: 'year' });
    // The day passed yesterday: the next round one (55th is not round, 60th is 2036) is too far.
    expect(nextRoundAnniversary('1976-12-01', NOW)).to.equal(null);
    expect(nextRoundAnniversary('2021-12-02', NOW)).to.deep.equal({ years: 5, date: '2026-12-02', precision: 'day' });
    expect(nextRoundAnniversary('2018-04', NOW)).to.deep.equal({ years: 10, date: '2028-04', precision: 'month' });
    expect(nextRoundAnniversary('2018-12-03', NOW)).to.equal(null);
    expect(nextRoundAnniversary('1965', NOW)).to.equal(null);
    expect(nextRoundAnniversary(undefined, NOW)).to.equal(null);
  });
});

describe('partnerCards', () => {
  // French and Japanese UI text are chunks of their own; an element loads its language before it
  // renders, and so does this test before it asks for fr and ja cards.
  before(() => Promise.all([localeLoading('fr'), localeLoading('ja')]));
  it('partnerCards orders one card per partner by signing date', () => {
    const { cards, skipped } = partnerCards(city, HOME, { now: NOW, locale: 'en' });
    expect(cards.map((c) => c.partner.name.text)).to.deep.equal([
      'Yokohama', 'Odesa', 'Guangzhou', 'Edinburgh', 'Guadalajara', 'Wellington', 'Los Angeles', 'Kamakura',
    ]);
    expect(new Set(cards.map((c) => c.key)).size).to.equal(8);
    expect(skipped).to.deep.equal([]);
  });

  it('partnerCards gives both names with their languages, and names the place, never a code', () => {
    const en = partnerCards(city, HOME, { now: NOW, locale: 'en' }).cards;
    const yokohama = en.find((c) => c.twinning === 'port-alder-yokohama')!;
    expect(yokohama.partner.name).to.deep.equal({ text: 'Yokohama', lang: 'en' });
    expect(yokohama.partner.ownName).to.deep.equal({ text: '横浜市', lang: 'ja' });
    expect(yokohama.partner.region.text).to.equal('Kanagawa');
    expect(yokohama.partner.country.text).to.equal('Japan');
    const odesa = en.find((c) => c.twinning === 'port-alder-odesa')!;
    expect(odesa.partner.ownName).to.deep.equal({ text: 'Одеса', lang: 'uk' });
    expect(odesa.partner.region).to.deep.equal({ text: 'Ukraine', lang: 'en', source: 'country' });
    expect(en.find((c) => c.twinning === 'port-alder-edinburgh')!.partner.ownName).to.equal(null);
    const ja = partnerCards(city, HOME, { now: NOW, locale: 'ja' }).cards;
    const yokohamaJa = ja.find((c) => c.twinning === 'port-alder-yokohama')!;
    expect(yokohamaJa.partner.name).to.deep.equal({ text: '横浜市', lang: 'ja' });
    expect(yokohamaJa.partner.ownName).to.equal(null);
    expect(yokohamaJa.partner.region.text).to.equal('神奈川県');
    const fr = partnerCards(city, HOME, { now: NOW, locale: 'fr' }).cards;
    const canton = fr.find((c) => c.twinning === 'port-alder-guangzhou')!;
    expect([canton.partner.name.text, canton.partner.ownName?.text, canton.partner.ownName?.lang]).to.deep.equal(['Canton', '广州市', 'zh']);
  });

  it('partnerCards takes a Quebec partner\'s own name in French, even for an English reader', () => {
    const quebec = { id: 'ca-qc-quebec', name: { en: 'Quebec City', fr: 'Québec', ja: 'ケベック・シティー' }, country: 'CA', region: 'CA-QC', kind: 'municipality', lat: 46.81, lon: -71.21 };
    const data = { ...city, places: [...city.places, quebec], twinnings: [{ id: 'pa-qc', places: [HOME, 'ca-qc-quebec'], type: 'sister-city', status: 'active', sources: ['example-invented'] }] } as TwinningDataset;
    const [card] = partnerCards(data, HOME, { now: NOW, locale: 'en' }).cards;
    expect([card!.partner.name.text, card!.partner.ownName]).to.deep.equal(['Quebec City', { text: 'Québec', lang: 'fr' }]);
    expect(partnerCards(data, HOME, { now: NOW, locale: 'fr' }).cards[0]!.partner.ownName).to.equal(null);
  });

  it('partnerCards writes "since" lines and anniversaries against a pinned now, in en, fr and ja', () => {
    const line = (locale: 'en' | 'fr' | 'ja', twinning: string) => {
      const card = partnerCards(city, HOME, { now: NOW, locale }).cards.find((c) => c.twinning === twinning)!;
      return [card.since.text, card.anniversary?.text ?? null];
    };
    expect(line('en', 'port-alder-yokohama')).to.deep.equal(['since 1965 · 61 years', null]);
    expect(line('fr', 'port-alder-yokohama')).to.deep.equal(['depuis 1965 · 61 ans', null]);
    expect(line('ja', 'port-alder-yokohama')).to.deep.equal(['1965年から・61年間', null]);
    expect(line('en', 'port-alder-odesa')).to.deep.equal(['since 1977 · 49 years', '50th anniversary in June 2027']);
    expect(line('fr', 'port-alder-odesa')).to.deep.equal(['depuis 1977 · 49 ans', '50e anniversaire en juin 2027']);
    expect(line('ja', 'port-alder-odesa')).to.deep.equal(['1977年から・49年間', '2027年6月に50周年']);
    expect(line('en', 'port-alder-guangzhou')).to.deep.equal(['since 1987 · 39 years', '40th anniversary on March 10, 2027']);
    expect(line('fr', 'port-alder-guangzhou')[1]).to.equal('40e anniversaire le 10 mars 2027');
    expect(line('en', 'port-alder-kamakura')).to.deep.equal(['since 2018 · 8 years', '10th anniversary in April 2028']);
    expect(line('en', 'port-alder-wellington')).to.deep.equal(['since 2001 · 25 years', null]);
    // Ended: the span it lasted, and no anniversary to announce.
    expect(line('en', 'port-alder-guadalajara')).to.deep.equal(['1999–2015 · 16 years', null]);
    expect(line('ja', 'port-alder-guadalajara')).to.deep.equal(['1999年〜2015年・16年間', null]);
  });

  it('partnerCards lists the latest activities with dates and category names, and the total', () => {
    const card = partnerCards(city, HOME, { now: NOW, locale: 'en', activities: 3 }).cards[0]!;
    expect(card.activityTotal).to.equal(4);
    expect(card.activities.map((a) => [a.date, a.dateText])).to.deep.equal([['2026-03', 'March 2026'], ['2024-08-05', 'August 5, 2024'], ['2015-07', 'July 2015']]);
    expect(card.activities[1]!.categories.map((c) => c.id)).to.deep.equal(['youth', 'education']);
    expect(card.activities[1]!.categories.every((c) => c.label.text !== '' && c.label.text !== c.id)).to.equal(true);
    const ja = partnerCards(city, HOME, { now: NOW, locale: 'ja', activities: 1 }).cards[0]!;
    expect(ja.activities.map((a) => [a.title.text, a.dateText])).to.deep.equal([['港湾当局の貿易ミッション', '2026年3月']]);
  });

  it('partnerCards gives type, status, sources and the contact link from the data', () => {
    const cards = partnerCards(city, HOME, { now: NOW, locale: 'fr' }).cards;
    const yokohama = cards.find((c) => c.twinning === 'port-alder-yokohama')!;
    expect([yokohama.typeText, yokohama.statusText]).to.deep.equal(['ville jumelle', 'active']);
    expect(yokohama.sources.map((s) => s.title.text)).to.deep.equal(['Exemple inventé (données de test)']);
    expect(yokohama.contact).to.deep.equal({ url: 'https://example.org/port-alder/yokohama', label: { text: 'Société d’amitié Port Alder–Yokohama', lang: 'fr' } });
    const odesa = cards.find((c) => c.twinning === 'port-alder-odesa')!;
    expect(odesa.contact).to.deep.equal({ email: 'twinning@example.org', label: { text: 'Contact', lang: 'fr' } });
    expect(cards.find((c) => c.twinning === 'port-alder-los-angeles')!.statusText).to.equal('en sommeil');
    expect(cards.find((c) => c.twinning === 'port-alder-edinburgh')!.contact).to.equal(null);
  });

  it('partnerCards reports unknown partners and sources instead of hiding them, and an unknown home', () => {
    const broken = {
      ...city,
      twinnings: [...city.twinnings, { id: 'ghost', places: [HOME, 'xx-nowhere'], type: 'partner', status: 'active', sources: ['nope'] }],
    } as TwinningDataset;
    const result = partnerCards(broken, HOME, { now: NOW, locale: 'en' });
    expect(result.skipped).to.deep.equal([{ twinning: 'ghost', partner: 'xx-nowhere', reason: 'unknown-place' }]);
    const withSource = { ...city, twinnings: city.twinnings.map((t, i) => (i === 0 ? { ...t, sources: ['nope'] } : t)) } as TwinningDataset;
    expect(partnerCards(withSource, HOME, { now: NOW, locale: 'en' }).cards[0]!.sources).to.deep.equal([{ id: 'nope', title: { text: 'nope', lang: 'und' }, missing: true }]);
    const none = partnerCards(city, 'nowhere', { now: NOW, locale: 'en' });
    expect([none.home, none.cards]).to.deep.equal([null, []]);
  });

  it('partnerCards puts an undated agreement last and says so', () => {
    const undated = { ...city, twinnings: city.twinnings.map((t, i) => (i === 0 ? { ...t, signed: undefined } : t)) } as TwinningDataset;
    const cards = partnerCards(undated, HOME, { now: NOW, locale: 'ja' }).cards;
    expect(cards.at(-1)!.twinning).to.equal('port-alder-yokohama');
    expect(cards.at(-1)!.since).to.deep.equal({ text: '締結日の記録なし', years: null });
    expect(cards.at(-1)!.anniversary).to.equal(null);
  });
});
