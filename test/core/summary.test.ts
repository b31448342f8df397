import { expect } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import { agreementSummaryText, applyFilters, localeLoading, summarizeAgreements } from '../../packages/core/src/index.ts';

/** Two formal agreements and one school exchange recorded as type `other` (like Hanna–Wake). */
const dataset = {
  schemaVersion: '1.0',
  sources: [{ id: 's', title: 'S' }],
  places: [
    { id: 'a', name: 'A', country: 'CA', region: 'CA-AB', kind: 'municipality', lat: 51, lon: -114 },
    { id: 'b', name: 'B', country: 'JP', region: 'JP-01', kind: 'municipality', lat: 43, lon: 141 },
    { id: 'c', name: 'C', country: 'JP', region: 'JP-01', kind: 'municipality', lat: 42, lon: 142 },
    { id: 'd', name: 'D', country: 'CA', region: 'CA-AB', kind: 'municipality', lat: 52, lon: -112 },
  ],
  twinnings: [
    { id: 'ab', places: ['a', 'b'], type: 'sister-city', status: 'active', signed: '1980', sources: ['s'] },
    { id: 'ac', places: ['a', 'c'], type: 'sister-city', status: 'active', signed: '1990', sources: ['s'] },
    { id: 'dc', places: ['d', 'c'], type: 'other', status: 'active', signed: '2000', sources: ['s'] },
  ],
} as unknown as TwinningDataset;

describe('summarizeAgreements', () => {
  it('counts twinnings of type other apart from the formal agreements', () => {
    const s = summarizeAgreements(applyFilters(dataset, {}));
    expect([s.agreements, s.otherRelationships]).to.deep.equal([2, 1]);
  });

  it('the sentence says so in en, fr and ja', async () => {
    await Promise.all([localeLoading('fr'), localeLoading('ja')]);
    const view = applyFilters(dataset, {});
    expect(agreementSummaryText(dataset, view, 'en')).to.match(/^2 agreements .*Also 1 exchange without a known formal agreement\.$/);
    expect(agreementSummaryText(dataset, view, 'fr')).to.contain('Plus 1 échange sans entente officielle connue.');
    expect(agreementSummaryText(dataset, view, 'ja')).to.contain('ほかに正式な提携が確認できない交流1件。');
  });

  it('names the busiest region only when the dataset names it, never by its code', () => {
    const view = applyFilters(dataset, {});
    expect(agreementSummaryText(dataset, view, 'en')).not.to.contain('CA-AB');
    const named = { ...dataset, regions: [{ id: 'CA-AB', name: { en: 'Alberta', ja: 'アルバータ州' } }] } as TwinningDataset;
    expect(agreementSummaryText(named, applyFilters(named, {}), 'en')).to.contain('Most in Alberta (3).');
  });

  it('says nothing extra when every twinning is an agreement', () => {
    const view = applyFilters({ ...dataset, twinnings: dataset.twinnings.slice(0, 2) } as TwinningDataset, {});
    expect(agreementSummaryText(dataset, view, 'en')).not.to.contain('Also');
  });

  it('writes counts with the reader\'s digit grouping in en, fr and ja', async () => {
    await Promise.all([localeLoading('fr'), localeLoading('ja')]);
    const many = {
      ...dataset,
      twinnings: Array.from({ length: 5000 }, (_, i) => ({ id: `t${i}`, places: ['a', 'b'], type: 'sister-city', status: 'active', signed: '1980', sources: ['s'] })),
    } as unknown as TwinningDataset;
    const view = applyFilters(many, {});
    expect(agreementSummaryText(many, view, 'en')).to.match(/^5,000 agreements /);
    // French groups thousands with a narrow no-break space.
    expect(agreementSummaryText(many, view, 'fr')).to.match(/^5\u202f000 ententes /);
    expect(agreementSummaryText(many, view, 'ja')).to.contain('5,000件の提携');
  });
});

describe('map counts', () => {
  it('the map\'s table caption groups digits in en, fr and ja', async () => {
    const { mapTableCaption } = await import('../../packages/pairing-map/src/map-table.ts');
    expect(mapTableCaption(5000, 'en')).to.equal('5,000 agreements drawn on the map');
    expect(mapTableCaption(1, 'en')).to.equal('1 agreement drawn on the map');
    expect(mapTableCaption(5000, 'fr')).to.equal('5\u202f000 ententes dessinées sur la carte');
    expect(mapTableCaption(1, 'fr')).to.equal('1 entente dessinée sur la carte');
    expect(mapTableCaption(5000, 'ja')).to.equal('地図上の提携5,000件');
  });
});

describe('country names in the English summary', () => {
  it('puts "the" before the United States and the United Kingdom, and nothing before Japan', () => {
    const world = {
      ...dataset,
      places: [
        { id: 'a', name: 'A', country: 'CA', kind: 'municipality', lat: 51, lon: -114 },
        { id: 'u', name: 'U', country: 'US', kind: 'municipality', lat: 34, lon: -118 },
        { id: 'g', name: 'G', country: 'GB', kind: 'municipality', lat: 56, lon: -3 },
        { id: 'j', name: 'J', country: 'JP', kind: 'municipality', lat: 35, lon: 139 },
      ],
      twinnings: [
        { id: 'au', places: ['a', 'u'], type: 'sister-city', status: 'active', signed: '1980', sources: ['s'] },
        { id: 'ag', places: ['a', 'g'], type: 'sister-city', status: 'active', signed: '1981', sources: ['s'] },
        { id: 'aj', places: ['a', 'j'], type: 'sister-city', status: 'active', signed: '1982', sources: ['s'] },
      ],
    } as unknown as TwinningDataset;
    const text = agreementSummaryText(world, applyFilters(world, {}), 'en');
    expect(text).to.contain('1 place in the United States');
    expect(text).to.contain('1 place in the United Kingdom');
    expect(text).to.contain('1 place in Japan');
  });
});
