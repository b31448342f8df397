import { expect } from '@open-wc/testing';
import { importSpreadsheets, validate, exportSpreadsheets, type TwinningDataset } from '@twinning/schema';
// JSON is imported (the test server turns .json requests into modules); CSV is fetched as text.
import canonical from '../../data/japan-canada.json';
import meta from '../../data/japan-canada.meta.json';

const text = async (path: string) => (await fetch(path)).text();

describe('data/japan-canada', () => {
  const json = canonical as unknown as TwinningDataset;

  it('validate() reports zero errors for the canonical JSON', () => {
    const { problems } = validate(json);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('importSpreadsheets() of the two CSV sheets and meta gives exactly the JSON', async () => {
    const result = importSpreadsheets({
      twinnings: { text: await text('/data/japan-canada.twinnings.csv'), file: 'japan-canada.twinnings.csv' },
      activities: { text: await text('/data/japan-canada.activities.csv'), file: 'japan-canada.activities.csv' },
      meta,
    });
    expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(JSON.parse(JSON.stringify(result.dataset))).to.deep.equal(json);
  });

  it('exportSpreadsheets() then importSpreadsheets() round-trips the dataset', () => {
    const sheets = exportSpreadsheets(json);
    const back = importSpreadsheets({ twinnings: { text: sheets.twinnings }, activities: { text: sheets.activities }, meta: sheets.meta });
    expect(JSON.parse(JSON.stringify(back.dataset))).to.deep.equal(json);
  });

  it('every twinning and activity cites at least one source that exists', () => {
    const ids = new Set(json.sources.map((s) => s.id));
    for (const record of [...json.twinnings, ...(json.activities ?? [])]) {
      expect(record.sources.length, record.id).to.be.greaterThan(0);
      for (const id of record.sources) expect(ids.has(id), `${record.id} → ${id}`).to.equal(true);
    }
  });

  it('every place has an English and a Japanese name', () => {
    for (const place of json.places) {
      expect(typeof place.name === 'object' && place.name['en'], place.id).to.be.a('string');
      expect(typeof place.name === 'object' && place.name['ja'], place.id).to.be.a('string');
    }
  });

  it('every region code used by a place is named in en, fr and ja', () => {
    const named = new Map((json.regions ?? []).map((r) => [r.id, r.name]));
    for (const place of json.places) {
      const name = named.get(place.region!);
      expect(name, place.region).to.be.an('object');
      for (const lang of ['en', 'fr', 'ja']) expect((name as Record<string, string>)[lang], `${place.region} ${lang}`).to.be.a('string');
    }
  });
});
