import { expect } from '@open-wc/testing';
import { exportSpreadsheets, importSpreadsheets } from '../../packages/schema/src/import-csv.ts';
import type { Problem, TwinningDataset } from '../../packages/schema/src/types.ts';

const HEADER =
  'id,a_name,a_name_fr,a_name_ja,a_country,a_region,a_kind,a_lat,a_lon,b_name,b_name_fr,b_name_ja,b_country,b_region,b_kind,b_lat,b_lon,type,signed,ended,status,sources';
const BURNABY_URL = 'https://www.burnaby.ca/our-city/sister-cities';
const EXAMPLE_URL = 'https://example.org/a';
// FNV-1a 32-bit of the URLs' UTF-8 bytes, computed separately (Python): 9fd60954, 1393c244.
const BURNABY_SOURCE = 'burnaby-ca-9fd609';
const EXAMPLE_SOURCE = 'example-org-1393c2';

const sheet = (...rows: string[]): string => [HEADER, ...rows].join('\n') + '\n';
const KUSHIRO_BURNABY = `kb,Burnaby,,バーナビー,CA,CA-BC,municipality,49.2488,-122.9805,Kushiro,,釧路市,JP,JP-01,municipality,42.9849,144.382,sister-city,1965,,active,${BURNABY_URL}`;
const KUSHIRO_QUEBEC = `kq,Québec,Québec,ケベック,CA,CA-QC,municipality,46.81,-71.21,Kushiro,,釧路市,JP,JP-01,municipality,42.9849,144.382,friendship-city,1970-02,,dormant,${BURNABY_URL} ${EXAMPLE_URL}`;

/** 1-based character column of the n-th (0-based) comma-separated cell of a line without quotes. */
function columnOf(line: string, cell: number): number {
  return line.split(',').slice(0, cell).join(',').length + (cell > 0 ? 2 : 1);
}

const where = (p: Problem): string => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`;
const errors = (problems: readonly Problem[]): Problem[] => problems.filter((p) => p.severity === 'error');

describe('importSpreadsheets', () => {
  it('importSpreadsheets builds places and twinnings, merging shared places', () => {
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: sheet(KUSHIRO_BURNABY, KUSHIRO_QUEBEC), file: 't.csv' } });
    expect(problems).to.deep.equal([]);
    expect(dataset!.places.map((p) => p.id)).to.deep.equal(['ca-bc-burnaby', 'jp-01-kushiro', 'ca-qc-quebec']);
    expect(dataset!.places[1]).to.deep.equal({
      id: 'jp-01-kushiro',
      name: { en: 'Kushiro', ja: '釧路市' },
      country: 'JP',
      region: 'JP-01',
      kind: 'municipality',
      lat: 42.9849,
      lon: 144.382,
    });
    expect(dataset!.places[2]!.name).to.deep.equal({ en: 'Québec', fr: 'Québec', ja: 'ケベック' });
    expect(dataset!.twinnings[1]).to.deep.equal({
      id: 'kq',
      places: ['ca-qc-quebec', 'jp-01-kushiro'],
      type: 'friendship-city',
      signed: '1970-02',
      status: 'dormant',
      sources: [BURNABY_SOURCE, EXAMPLE_SOURCE],
    });
    expect(dataset!.schemaVersion).to.equal('1.0');
    expect(dataset).not.to.have.property('activities');
  });

  it('importSpreadsheets reads columns in any order and case, and honours a_id and a_url', () => {
    const text = [
      'SOURCES,status,type,b_lon,b_lat,b_kind,b_country,b_name,a_lon,a_lat,a_kind,a_country,a_name,a_id,a_url,id',
      `${EXAMPLE_URL},active,partner,1,2,province,CA,Alberta,3,4,prefecture,JP,Hokkaido,hokkaido,https://www.pref.hokkaido.lg.jp/,ab-hk`,
    ].join('\n');
    const { dataset, problems } = importSpreadsheets({ twinnings: { text } });
    expect(problems).to.deep.equal([]);
    expect(dataset!.places.map((p) => p.id)).to.deep.equal(['hokkaido', 'ca-alberta']);
    expect(dataset!.places[0]!.url).to.equal('https://www.pref.hokkaido.lg.jp/');
    expect(dataset!.twinnings[0]!.places).to.deep.equal(['hokkaido', 'ca-alberta']);
  });

  it('importSpreadsheets derives source ids and titles, and prefers meta sources', () => {
    const meta = {
      title: { en: 'Test set' },
      license: 'CC-BY-4.0',
      sources: [
        { id: 'embassy-2020', title: 'Embassy list', publisher: 'Embassy of Japan', date: '2020' },
        { id: 'example', title: 'Example page', url: EXAMPLE_URL },
      ],
    };
    const row = `kb,Burnaby,,,CA,CA-BC,municipality,49.2,-122.9,Kushiro,,,JP,JP-01,municipality,42.9,144.3,sister-city,1965,,active,${EXAMPLE_URL} embassy-2020 ${BURNABY_URL}`;
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: sheet(row) }, meta });
    expect(problems).to.deep.equal([]);
    expect(dataset!.title).to.deep.equal({ en: 'Test set' });
    expect(dataset!.license).to.equal('CC-BY-4.0');
    expect(dataset!.twinnings[0]!.sources).to.deep.equal(['example', 'embassy-2020', BURNABY_SOURCE]);
    expect(dataset!.sources.map((s) => s.id)).to.deep.equal(['embassy-2020', 'example', BURNABY_SOURCE]);
    expect(dataset!.sources[2]).to.deep.equal({ id: BURNABY_SOURCE, title: 'burnaby.ca/our-city/sister-cities', url: BURNABY_URL });
  });

  it('importSpreadsheets numbers activities per twinning and reads their columns', () => {
    const activities = [
      'twinning,date,end_date,categories,title,title_fr,title_ja,description,sources,participants',
      `kb,1990,,culture; youth,Visit,,訪問,,${EXAMPLE_URL},24`,
      `kq,1991-05,1991-06,sport,Game,Match,,"Two
lines",${EXAMPLE_URL},`,
      `kb,1992,,education,School trip,,,,${EXAMPLE_URL},`,
    ].join('\n');
    const { dataset, problems } = importSpreadsheets({
      twinnings: { text: sheet(KUSHIRO_BURNABY, KUSHIRO_QUEBEC) },
      activities: { text: activities },
    });
    expect(problems).to.deep.equal([]);
    expect(dataset!.activities!.map((a) => a.id)).to.deep.equal(['kb-01', 'kq-01', 'kb-02']);
    expect(dataset!.activities![0]).to.deep.equal({
      id: 'kb-01',
      twinning: 'kb',
      date: '1990',
      categories: ['culture', 'youth'],
      title: { en: 'Visit', ja: '訪問' },
      participants: 24,
      sources: [EXAMPLE_SOURCE],
    });
    expect(dataset!.activities![1]!.endDate).to.equal('1991-06');
    expect(dataset!.activities![1]!.description).to.deep.equal({ en: 'Two\nlines' });
  });

  it('importSpreadsheets reads prelude, original and status_reason columns, and reports a prelude that is not true or false', () => {
    const twinnings = [
      `${HEADER},status_reason,status_reason_fr,original`,
      `${KUSHIRO_BURNABY.replace(',active,', ',dormant,')},"The city calls it dormant.","La ville le dit inactif.",en`,
    ].join('\n');
    const activities = [
      'twinning,date,categories,title,sources,prelude,original',
      `kb,1964,youth,First visit,${EXAMPLE_URL},true,en`,
      `kb,1990,youth,Visit,${EXAMPLE_URL},,`,
    ].join('\n');
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: twinnings }, activities: { text: activities } });
    expect(problems).to.deep.equal([]);
    expect(dataset!.twinnings[0]).to.deep.include({ statusReason: { en: 'The city calls it dormant.', fr: 'La ville le dit inactif.' }, original: 'en' });
    expect(dataset!.activities![0]).to.deep.include({ prelude: true, original: 'en' });
    expect(dataset!.activities![1]).to.not.have.property('prelude');
    const bad = importSpreadsheets({ twinnings: { text: sheet(KUSHIRO_BURNABY) }, activities: { text: activities.replace(',true,', ',maybe,'), file: 'a.csv' } });
    expect(bad.dataset).to.equal(null);
    // The unreadable flag is not taken as true, so the early activity is also reported as unmarked.
    expect(bad.problems.map(where)).to.deep.equal(['a.csv:2:4 warning activity-before-signing', `a.csv:2:${columnOf(`kb,1964,youth,First visit,${EXAMPLE_URL},maybe,en`, 5)} error wrong-type`]);
  });

  it('importSpreadsheets reads agreements of three places from the c_ columns', () => {
    const text = [
      'id,a_name,a_country,a_kind,a_lat,a_lon,b_name,b_country,b_kind,b_lat,b_lon,c_name,c_country,c_region,c_kind,c_lat,c_lon,type,status,sources',
      `x,A,CA,municipality,1,1,B,JP,municipality,2,2,,,,,,,partner,active,${EXAMPLE_URL}`,
      `y,A,CA,municipality,1,1,B,JP,municipality,2,2,C,US,US-WA,municipality,3,3,partner,active,${EXAMPLE_URL}`,
    ].join('\n');
    const { dataset, problems } = importSpreadsheets({ twinnings: { text } });
    expect(problems).to.deep.equal([]);
    expect(dataset!.twinnings.map((t) => t.places)).to.deep.equal([['ca-a', 'jp-b'], ['ca-a', 'jp-b', 'us-wa-c']]);
  });

  it('importSpreadsheets warns when two rows describe one place differently, naming both lines', () => {
    const second = KUSHIRO_QUEBEC.replace('42.9849', '43.0');
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: sheet(KUSHIRO_BURNABY, second), file: 't.csv' } });
    expect(problems.map(where)).to.deep.equal([`t.csv:3:${columnOf(second, 15)} warning place-conflict`]);
    expect(problems[0]!.message).to.contain('line 2').and.contain('43');
    expect(problems[0]!.pointer).to.equal('/places/1');
    expect(dataset!.places[1]!.lat).to.equal(42.9849);
  });

  it('importSpreadsheets reports each bad cell of a row at file:line:column and returns no dataset', () => {
    const bad = `kb,Burnaby,,,CA,CA-BC,municipality,north,-122.9,Kushiro,,,JP,JP-01,city,42.9,144.3,,1965,,active,${BURNABY_URL}`;
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: sheet(KUSHIRO_QUEBEC, bad), file: 'twin.csv' } });
    expect(dataset).to.equal(null);
    expect(problems.map(where)).to.deep.equal([
      `twin.csv:3:${columnOf(bad, 7)} error wrong-type`,
      `twin.csv:3:${columnOf(bad, 14)} error invalid-value`,
      `twin.csv:3:${columnOf(bad, 17)} error empty-value`,
    ]);
    expect(problems[0]!.message).to.contain('a_lat').and.contain('"north"');
    expect(problems[1]!.message).to.contain('municipality');
    expect(problems[2]!.message).to.contain('type');
    expect(problems[2]!.pointer).to.equal('/twinnings/1/type');
  });

  it('importSpreadsheets counts lines across quoted line breaks', () => {
    const text = [
      'twinning,date,categories,title,description,sources',
      `kb,1990,culture,Visit,"one\ntwo\nthree",${EXAMPLE_URL}`,
      `kb,1990-13,culture,Visit,,${EXAMPLE_URL}`,
    ].join('\n');
    const { problems } = importSpreadsheets({ twinnings: { text: sheet(KUSHIRO_BURNABY) }, activities: { text, file: 'act.csv' } });
    expect(problems.map(where)).to.deep.equal(['act.csv:5:4 error invalid-date']);
    expect(problems[0]!.pointer).to.equal('/activities/1/date');
  });

  it('importSpreadsheets places validator problems at the cell they came from', () => {
    const activities = ['twinning,date,categories,title,sources', `nope,1990,culture;cooking,Visit,${EXAMPLE_URL}`].join('\n');
    const { dataset, problems } = importSpreadsheets({
      twinnings: { text: sheet(KUSHIRO_BURNABY.replace('CA,CA-BC', 'CA,JP-01')), file: 't.csv' },
      activities: { text: activities, file: 'a.csv' },
    });
    expect(dataset).to.equal(null);
    expect(problems.map(where)).to.deep.equal([
      `t.csv:2:${columnOf(KUSHIRO_BURNABY, 5)} error region-country-mismatch`,
      'a.csv:2:1 error unknown-twinning',
      'a.csv:2:11 error unknown-category',
    ]);
  });

  it('importSpreadsheets reports sheet-level problems: columns, blank rows, stray cells, quotes', () => {
    const text = [
      HEADER.replace('a_lon,', '') + ',colour',
      '',
      `kb,Burnaby,,,CA,CA-BC,municipality,49.2,Kushiro,,,JP,JP-01,municipality,42.9,144.3,sister-city,1965,,active,${BURNABY_URL},red,extra`,
      'kq,"Québec,',
    ].join('\n');
    const { dataset, problems } = importSpreadsheets({ twinnings: { text, file: 's.csv' } });
    expect(dataset).to.equal(null);
    const header = text.split('\n')[0]!;
    const row = text.split('\n')[2]!;
    expect(problems.map(where)).to.include.members([
      's.csv:1:1 error missing-field',
      `s.csv:1:${header.indexOf('colour') + 1} warning unknown-field`,
      's.csv:2:1 warning blank-row',
      `s.csv:3:${row.indexOf('extra') + 1} error extra-cells`,
      's.csv:4:4 error csv-syntax',
    ]);
    expect(problems.find((p) => p.code === 'missing-field')!.message).to.contain('a_lon');
  });

  it('importSpreadsheets reports source tokens that are neither URLs nor meta ids', () => {
    const row = KUSHIRO_BURNABY.replace(BURNABY_URL, 'mailto:x@example.org somewhere');
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: sheet(row), file: 't.csv' } });
    expect(dataset).to.equal(null);
    const col = columnOf(row, 21);
    expect(problems.map(where)).to.deep.equal([`t.csv:2:${col} error invalid-url`, `t.csv:2:${col} error unknown-source`]);
  });

  it('importSpreadsheets reports an empty sheet and a meta that is not an object', () => {
    const empty = importSpreadsheets({ twinnings: { text: '  \n', file: 'e.csv' } });
    expect(empty.dataset).to.equal(null);
    expect(empty.problems.map(where)).to.include('e.csv:1:1 error empty-input');
    const badMeta = importSpreadsheets({ twinnings: { text: sheet(KUSHIRO_BURNABY) }, meta: [1, 2] });
    expect(badMeta.dataset).to.equal(null);
    expect(badMeta.problems.map((p) => p.code)).to.deep.equal(['wrong-type']);
  });
});

describe('exportSpreadsheets', () => {
  const activities = [
    'id,twinning,date,end_date,categories,title,title_fr,description,participants,sources',
    `,kb,1990,,culture;youth,"Visit, with a comma",Visite,"Said ""hello""",24,${EXAMPLE_URL}`,
    `kq-x,kq,1991-05,1991-06,sport,Game,,,,${BURNABY_URL}`,
  ].join('\n');

  it('exportSpreadsheets output imports back to the same dataset', () => {
    const first = importSpreadsheets({ twinnings: { text: sheet(KUSHIRO_BURNABY, KUSHIRO_QUEBEC) }, activities: { text: activities }, meta: { title: 'T' } });
    expect(first.problems).to.deep.equal([]);
    const exported = exportSpreadsheets(first.dataset!);
    expect(exported.problems).to.deep.equal([]);
    const again = importSpreadsheets({ twinnings: { text: exported.twinnings }, activities: { text: exported.activities }, meta: exported.meta });
    expect(again.problems).to.deep.equal([]);
    expect(again.dataset).to.deep.equal(first.dataset);
    // Without meta, URLs alone still give the same derived sources.
    const bare = importSpreadsheets({ twinnings: { text: exported.twinnings }, activities: { text: exported.activities } });
    expect(bare.dataset!.sources).to.deep.equal(first.dataset!.sources);
  });

  it('exportSpreadsheets writes three-place agreements and reports what the sheets cannot hold', () => {
    const place = (id: string, lat: number) => ({ id, name: { en: id.toUpperCase(), de: 'x' }, country: 'CA', kind: 'municipality' as const, lat, lon: 0 });
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const dataset: TwinningDataset = {
      schemaVersion: '1.0',
      sources: [{ id: 's', title: 'S' }],
      places: [...ids.map((id, i) => place(id, i)), place('lonely', 9)],
      twinnings: [
        { id: 'three', places: ['p1', 'p2', 'p3'], type: 'partner', status: 'active', sources: ['s'] },
        { id: 'seven', places: ids, type: 'partner', status: 'active', sources: ['s'] },
      ],
    };
    const { twinnings, problems } = exportSpreadsheets(dataset);
    const header = twinnings.split('\n')[0]!.split(',');
    expect(header).to.include('c_name');
    expect(header).to.include('f_name');
    expect(twinnings.split('\n').filter((l) => l !== '').length).to.equal(2);
    const codes = problems.map((p) => `${p.severity} ${p.code} ${p.pointer}`);
    expect(codes).to.include('error too-many-parties /twinnings/1/places');
    expect(codes).to.include('warning not-exportable /places/7');
    expect(codes).to.include('warning not-exportable /places/0/name');
  });
});
