import { expect } from '@open-wc/testing';
import { importPartnersSheet, validate, type Problem, type TwinningDataset } from '../../packages/schema/src/index.ts';
import { partnerCards } from '../../packages/core/src/partners/partner-cards.ts';

const HEADER = 'role,name,name_ja,local_name,local_lang,country,region,lat,lon,type,signed,ended,status,contact_url,date,categories,title,sources';

/** The template, fetched as a user's page would (the dev server serves the repository). */
async function template(): Promise<string> {
  const response = await fetch('/docs/templates/partners-multi-country.csv');
  expect(response.ok).to.equal(true);
  return response.text();
}

/** The 1-based character column where cell `index` of an unquoted CSV line starts. */
function columnOf(line: string, index: number): number {
  let column = 1;
  for (const cell of line.split(',').slice(0, index)) column += cell.length + 1;
  return column;
}

const at = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.code}`;

describe('importPartnersSheet', () => {
  it('importPartnersSheet turns the multi-country template into a dataset that validates', async () => {
    const result = importPartnersSheet(await template(), 'partners-multi-country.csv');
    expect(result.problems.map(at)).to.deep.equal([]);
    const data = result.dataset!;
    expect(validate(data).problems).to.deep.equal([]);
    expect(result.home).to.equal('ca-bc-port-alder');
    expect(data.places).to.have.length(9);
    expect(new Set(data.places.map((p) => p.country)).size).to.equal(8);
    expect(data.twinnings).to.have.length(8);
    expect(data.activities).to.have.length(7);
    const yokohama = data.twinnings.find((t) => t.id === 'ca-bc-port-alder--jp-14-yokohama')!;
    expect(yokohama.places).to.deep.equal(['ca-bc-port-alder', 'jp-14-yokohama']);
    expect(yokohama.contact).to.deep.equal({ url: 'https://example.org/port-alder/yokohama', label: { en: 'Port Alder–Yokohama Friendship Society' } });
    expect(data.places.find((p) => p.id === 'cn-gd-guangzhou')!.name).to.deep.equal({ en: 'Guangzhou', fr: 'Canton', zh: '广州市' });
    expect(data.activities!.filter((a) => a.twinning === yokohama.id).map((a) => a.id)).to.deep.equal([1, 2, 3, 4].map((n) => `${yokohama.id}-0${n}`));
    // Rows without sources cite the sheet itself, named after the file.
    expect(data.sources).to.deep.equal([{ id: 'partners-sheet', title: 'Port Alder: partners list (partners-multi-country.csv)' }]);
  });

  it('importPartnersSheet output feeds the partner cards (same order and anniversaries as the fixture)', async () => {
    const data = importPartnersSheet(await template()).dataset as TwinningDataset;
    const cards = partnerCards(data, 'ca-bc-port-alder', { now: new Date('2026-12-02T12:00:00Z'), locale: 'en' }).cards;
    expect(cards.map((c) => c.partner.name.text)).to.deep.equal(['Yokohama', 'Odesa', 'Guangzhou', 'Edinburgh', 'Guadalajara', 'Wellington', 'Los Angeles', 'Kamakura']);
    expect(cards[1]!.anniversary?.text).to.equal('50th anniversary in June 2027');
    expect(cards[1]!.partner.ownName).to.deep.equal({ text: 'Одеса', lang: 'uk' });
  });

  it('importPartnersSheet reports every bad row at file:line:column and returns no dataset', () => {
    const lines = [
      HEADER,
      'home,Port Alder,,,,CA,CA-BC,49.27,-124.9,sister-city,,,,,,,,',
      'partner,Yokohama,横浜市,,,JP,JP-14,35.44,139.64,sister-city,1965,,active,,,,,',
      'partner,Odesa,,Одеса,,UA,UA-51,"46,48",30.72,sister-city,1977-06,,active,,,,,',
      'partnr,Edinburgh,,,,GB,GB-EDH,55.95,-3.19,sister-city,1990,,active,,,,,',
      'partner,Wellington,,,,NZ,NZ-WGN,-41.29,174.78,friendship-city,2001-11-20,,actve,,,,,',
      'activity,,,,,,,,,,,,,,2024-13,youth,Student exchange,',
    ];
    const { dataset, problems } = importPartnersSheet(lines.join('\n'), 'ours.csv');
    expect(dataset).to.equal(null);
    expect(problems.map(at)).to.deep.equal([
      `ours.csv:2:${columnOf(lines[1]!, 9)} extra-cells`, // type on the home row
      `ours.csv:4:${columnOf(lines[3]!, 3)} invalid-value`, // local_name without local_lang
      `ours.csv:4:${columnOf(lines[3]!, 7)} wrong-type`, // "46,48" (quoted cell: the column of its opening quote)
      'ours.csv:5:1 invalid-value', // unknown role
      `ours.csv:6:${columnOf(lines[5]!, 12)} invalid-value`, // status "actve", from the validator
      `ours.csv:7:${columnOf(lines[6]!, 14)} invalid-date`, // month 13, from the validator
    ]);
    expect(problems.every((p) => p.severity === 'error')).to.equal(true);
    expect(problems[3]!.message).to.contain('expected one of home, partner, activity');
  });

  it('importPartnersSheet says when there is no home row, or an activity has no partner above it', () => {
    const noHome = importPartnersSheet([HEADER, 'partner,Yokohama,,,,JP,JP-14,35.44,139.64,sister-city,1965,,active,,,,,'].join('\n'));
    expect(noHome.problems.map(at)).to.deep.equal(['partners.csv:1:1 missing-field']);
    const orphan = importPartnersSheet([HEADER, 'home,Port Alder,,,,CA,CA-BC,49.27,-124.9,,,,,,,,,', 'activity,,,,,,,,,,,,,,2024,youth,Exchange,'].join('\n'));
    expect(orphan.problems.map(at)).to.deep.equal(['partners.csv:3:1 invalid-value']);
    expect(orphan.dataset).to.equal(null);
  });

  it('importPartnersSheet keeps a renewed agreement as a second twinning with the same partner place', () => {
    const { dataset, problems } = importPartnersSheet([
      HEADER,
      'home,Port Alder,,,,CA,CA-BC,49.27,-124.9,,,,,,,,,',
      'partner,Yokohama,,,,JP,JP-14,35.44,139.64,friendship-city,1960,1965,ended,,,,,',
      'partner,Yokohama,,,,JP,JP-14,35.44,139.64,sister-city,1965,,active,,,,,',
      '',
    ].join('\n'));
    expect(problems.map(at)).to.deep.equal([]);
    expect(dataset!.places.map((p) => p.id)).to.deep.equal(['ca-bc-port-alder', 'jp-14-yokohama']);
    expect(dataset!.twinnings.map((t) => t.id)).to.deep.equal(['ca-bc-port-alder--jp-14-yokohama', 'ca-bc-port-alder--jp-14-yokohama-2']);
  });

  it('importPartnersSheet warns about a blank row and a partner described twice differently, and keeps going', () => {
    const { dataset, problems } = importPartnersSheet([
      HEADER,
      'home,Port Alder,,,,CA,CA-BC,49.27,-124.9,,,,,,,,,',
      ',,,,,,,,,,,,,,,,,',
      'partner,Yokohama,,,,JP,JP-14,35.44,139.64,sister-city,1965,,active,,,,,',
      'partner,Yokohama,,,,JP,JP-14,35.50,139.64,sister-city,1990,,active,,,,,',
    ].join('\n'));
    expect(problems.map((p) => `${p.line} ${p.code} ${p.severity}`)).to.deep.equal(['3 blank-row warning', '5 place-conflict warning']);
    expect(dataset!.places.find((p) => p.id === 'jp-14-yokohama')!.lat).to.equal(35.44);
  });
});
