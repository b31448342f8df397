/** A small valid dataset, built fresh for each test so tests can break it freely. */
export function minimalDataset(): Record<string, any> {
  return {
    schemaVersion: '1.0',
    sources: [{ id: 's1', title: 'Register of agreements', url: 'https://example.org/register' }],
    places: [
      { id: 'ca-bc-burnaby', name: { en: 'Burnaby', ja: 'バーナビー' }, country: 'CA', region: 'CA-BC', kind: 'municipality', lat: 49.25, lon: -122.97 },
      { id: 'jp-01-kushiro', name: { en: 'Kushiro', ja: '釧路市' }, country: 'JP', region: 'JP-01', kind: 'municipality', lat: 42.98, lon: 144.38 },
    ],
    twinnings: [{ id: 't1', places: ['ca-bc-burnaby', 'jp-01-kushiro'], type: 'sister-city', status: 'active', signed: '1965-05-11', sources: ['s1'] }],
    activities: [{ id: 'a1', twinning: 't1', date: '1990-07', categories: ['youth'], title: 'Student exchange', sources: ['s1'] }],
  };
}
