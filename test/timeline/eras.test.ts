import { expect } from '@open-wc/testing';
import { eraAt, eraBands, eraYearLabel } from '../../packages/timeline/src/layout/index.ts';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const intlEra = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

describe('eras', () => {
  it('eraYearLabel gives 昭和50年 for 1975 and 元年 for the first year of an era', () => {
    expect(eraYearLabel(utc(1975), 'ja')).to.equal('昭和50年');
    expect(eraYearLabel(utc(1989, 1, 8), 'ja')).to.equal('平成元年');
    expect(eraYearLabel(utc(2019, 5, 1), 'ja')).to.equal('令和元年');
    expect(eraYearLabel(utc(2026, 11, 28), 'ja')).to.equal('令和8年');
    expect(eraYearLabel(utc(1975), 'en')).to.equal('Shōwa 50');
  });

  it('eraAt switches exactly on 1926-12-25, 1989-01-08 and 2019-05-01', () => {
    const name = (d: Date) => eraAt(d)?.era.name;
    expect([name(utc(1926, 12, 24)), name(utc(1926, 12, 25))]).to.deep.equal(['大正', '昭和']);
    expect([name(utc(1989, 1, 7)), name(utc(1989, 1, 8))]).to.deep.equal(['昭和', '平成']);
    expect([name(utc(2019, 4, 30)), name(utc(2019, 5, 1))]).to.deep.equal(['平成', '令和']);
    expect(eraAt(utc(1989, 1, 7))!.year).to.equal(64);
  });

  it('eraYearLabel agrees with Intl ja-JP-u-ca-japanese in Chromium', () => {
    for (const d of [utc(1963), utc(1975, 6, 1), utc(1989, 1, 7), utc(1989, 1, 8), utc(2000), utc(2019, 4, 30), utc(2019, 5, 1), utc(2026)]) {
      // ICU may write the first year as 元年 or 1年 depending on its version; compare the numbers.
      const intl = intlEra.format(d).replace('元年', '1年');
      expect(eraYearLabel(d, 'ja').replace('元年', '1年'), d.toISOString()).to.equal(intl);
    }
  });

  it('eraBands clips eras to the domain', () => {
    const bands = eraBands([utc(1960), utc(2030)]);
    expect(bands.map((b) => [b.era.name, b.from.toISOString().slice(0, 10), b.to.toISOString().slice(0, 10)])).to.deep.equal([
      ['昭和', '1960-01-01', '1989-01-08'],
      ['平成', '1989-01-08', '2019-05-01'],
      ['令和', '2019-05-01', '2030-01-01'],
    ]);
  });
});
