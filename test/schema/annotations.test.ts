import { expect } from '@open-wc/testing';
import { validate, validateAnnotations, type Problem, type TwinningDataset } from '../../packages/schema/src/index.ts';
import { exportSpreadsheets, importSpreadsheets } from '../../packages/schema/src/import-csv.ts';
import small from '../fixtures/timeline-small.json';

const base = small as unknown as TwinningDataset;
const withNotes = (annotations: unknown[]): unknown => ({ ...base, annotations });
const brief = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.pointer}`);

describe('validate: annotations', () => {
  it('validate accepts notes on an agreement, place, activity, category, year and range, with sources', () => {
    const { valid, problems } = validate(withNotes([
      { id: 'a', twinning: 'burnaby-kushiro', text: { en: 'A', fr: 'A', ja: 'A' }, sources: ['burnaby-page27'] },
      { id: 'b', place: base.places[0]!.id, text: 'B' },
      { id: 'c', activity: 'bk-1990-carving', text: { ja: 'C' } },
      { id: 'd', category: 'indigenous', text: 'D' },
      { id: 'e', year: 1963, text: 'E' },
      { id: 'f', year: 1980, until: 1989, text: 'F' },
    ]));
    expect(brief(problems)).to.deep.equal([]);
    expect(valid).to.equal(true);
  });

  it('validate locates unknown targets, a reversed range, empty text, no or two targets, unknown sources', () => {
    const { problems } = validate(withNotes([
      { id: 'a', twinning: 'nowhere', text: 'A' },
      { id: 'b', place: 'xx-00-nowhere', text: 'B' },
      { id: 'c', activity: 'no-such-activity', text: 'C' },
      { id: 'd', category: 'gardening', text: 'D' },
      { id: 'e', year: 1990, until: 1980, text: 'E' },
      { id: 'f', twinning: 'burnaby-kushiro', text: '' },
      { id: 'g', text: 'G' },
      { id: 'h', twinning: 'burnaby-kushiro', place: base.places[0]!.id, text: 'H' },
      { id: 'i', year: 1985, text: 'I', sources: ['nope'] },
      { id: 'i', twinning: 'burnaby-kushiro', until: 1990, text: 'J' },
    ]));
    expect(brief(problems)).to.have.members([
      'unknown-twinning /annotations/0/twinning',
      'unknown-place /annotations/1/place',
      'unknown-activity /annotations/2/activity',
      'unknown-category /annotations/3/category',
      'end-before-start /annotations/4/until',
      'empty-value /annotations/5/text',
      'missing-field /annotations/6',
      'invalid-value /annotations/7/place',
      'unknown-source /annotations/8/sources/0',
      'missing-field /annotations/9',
      'duplicate-id /annotations/9/id',
    ]);
    const reversed = problems.find((p) => p.code === 'end-before-start')!;
    expect(reversed.message).to.equal('year range reversed at /annotations/4/until: until 1980 is before year 1990; swap them');
  });

  it('validateAnnotations checks notes given apart from the dataset, at the pointer given', () => {
    const result = validateAnnotations([{ id: 'x', activity: 'missing', text: 'x' }, { id: 'y', year: 19.5, text: 'y' }], base, '/page');
    expect(result.valid).to.equal(false);
    expect(brief(result.problems)).to.have.members(['unknown-activity /page/0/activity', 'invalid-value /page/1/year']);
    expect(brief(validateAnnotations({}, base).problems)).to.deep.equal(['wrong-type /annotations']);
  });
});

describe('importSpreadsheets: annotations sheet', () => {
  const TWINNINGS = 'id,a_name,a_country,a_region,a_kind,a_lat,a_lon,b_name,b_country,b_region,b_kind,b_lat,b_lon,type,signed,status,sources\n'
    + 'kb,Burnaby,CA,CA-BC,municipality,49.2488,-122.9805,Kushiro,JP,JP-01,municipality,42.9849,144.382,sister-city,1965,active,https://example.org/a\n';

  it('importSpreadsheets reads notes with en/fr/ja text and years, and exportSpreadsheets writes them back', () => {
    const annotations = 'id,twinning,year,until,text,text_fr,text_ja,sources\n'
      + 'n1,kb,,,Partners since 1965.,Jumelées depuis 1965.,1965年から。,https://example.org/a\n'
      + 'n2,,1980,1989,The 1980s wave.,,,\n';
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: TWINNINGS }, annotations: { text: annotations, file: 'notes.csv' } });
    expect(problems).to.deep.equal([]);
    expect(dataset!.annotations).to.deep.equal([
      { id: 'n1', twinning: 'kb', text: { en: 'Partners since 1965.', fr: 'Jumelées depuis 1965.', ja: '1965年から。' }, sources: [dataset!.sources[0]!.id] },
      { id: 'n2', year: 1980, until: 1989, text: { en: 'The 1980s wave.' } },
    ]);
    const sheets = exportSpreadsheets(dataset!);
    const back = importSpreadsheets({ twinnings: { text: sheets.twinnings }, annotations: { text: sheets.annotations }, meta: sheets.meta });
    expect(back.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(back.dataset!.annotations).to.deep.equal(dataset!.annotations);
  });

  it('importSpreadsheets places annotation problems at file:line:column', () => {
    const annotations = 'id,twinning,year,until,text\nn1,nowhere,,,A note.\nn2,,1990,1980,B\nn3,,19x0,,C\n';
    const { dataset, problems } = importSpreadsheets({ twinnings: { text: TWINNINGS }, annotations: { text: annotations, file: 'notes.csv' } });
    expect(dataset).to.equal(null);
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).to.deep.equal([
      'notes.csv:2:4 unknown-twinning',
      'notes.csv:3:10 end-before-start',
      'notes.csv:4:5 wrong-type',
    ]);
  });
});
