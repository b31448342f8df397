import { expect } from '@open-wc/testing';
import { importSpreadsheets, validate, exportSpreadsheets, expectedStatus, type TwinningDataset } from '@twinning/schema';
// JSON is imported (the test server turns .json requests into modules); CSV is fetched as text.
import canonical from '../../data/japan-canada.json';
import meta from '../../data/japan-canada.meta.json';

const text = async (path: string) => (await fetch(path)).text();

describe('data/japan-canada', () => {
  const json = canonical as unknown as TwinningDataset;

  it('validate() reports zero errors and zero warnings for the canonical JSON, today', () => {
    // No injected clock: a "planned" event whose day has passed must fail this test.
    const { problems } = validate(json);
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.pointer}: ${p.message}`)).to.deep.equal([]);
  });

  it('the canonical dataset declares its rules, so the status rule and the citation checks run on it', () => {
    expect(json.rules).to.deep.equal({ activeSince: '2014', citations: true });
    expect(json.version).to.match(/^\d{4}\.\d{2}$/);
    // The checks are live: a broken copy is caught.
    const broken = JSON.parse(JSON.stringify(json));
    const row = broken.twinnings.findIndex((t: { status: string; statusReason?: unknown }) => t.status === 'unknown' && !t.statusReason);
    broken.twinnings[row].status = 'active';
    broken.sources[0].url = broken.sources[0].url.replace('https://', 'http://');
    expect(validate(broken).problems.map((p) => p.code)).to.have.members(['status-disagrees', 'source-insecure-url']);
  });

  it('every status is the one the rule computes, or the row says why', () => {
    const byTwinning = new Map<string, { date: string; endDate?: string }[]>();
    for (const a of json.activities ?? []) byTwinning.set(a.twinning, [...(byTwinning.get(a.twinning) ?? []), a]);
    for (const t of json.twinnings) {
      if (t.statusReason) continue;
      expect(t.status, t.id).to.equal(expectedStatus(t, byTwinning.get(t.id) ?? []).status);
    }
  });

  it('every source has a title of its own, a publisher and a language; every record names its original language', () => {
    for (const s of json.sources) {
      expect(typeof s.title === 'string' ? s.title : Object.values(s.title)[0], s.id).to.be.a('string').and.not.match(/^[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(s.publisher, s.id).to.be.a('string');
      expect(s.language, s.id).to.match(/^(en|fr|ja|de)$/);
      expect(s.url, s.id).to.match(/^https:\/\//);
    }
    for (const record of [...json.twinnings, ...(json.activities ?? [])]) expect(record.original, record.id).to.equal('en');
  });

  it('non-formal partnerships are typed other and listed, so totals can leave them out', () => {
    expect(json.twinnings.filter((t) => t.type === 'other').map((t) => t.id)).to.deep.equal(['hanna-wake']);
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
