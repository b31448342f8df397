import { expect } from '@open-wc/testing';
import { partialExtent, timeDomain, timeScale, yearStep, yearTicks } from '../../packages/timeline/src/layout/index.ts';

const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));
const today = utc(2026, 10, 28);

describe('time-scale', () => {
  it('timeDomain widens to whole years and reaches today', () => {
    const [from, to] = timeDomain([partialExtent('1963'), partialExtent('1980-09-05'), null], today);
    expect(from.toISOString()).to.equal('1963-01-01T00:00:00.000Z');
    expect(to.toISOString()).to.equal('2027-01-01T00:00:00.000Z');
  });

  it('timeDomain with no extents is the current year', () => {
    const [from, to] = timeDomain([], today);
    expect([from.getUTCFullYear(), to.getUTCFullYear()]).to.deep.equal([2026, 2027]);
  });

  it('timeScale maps the domain ends to the range ends and is linear in time', () => {
    const scale = timeScale([utc(1960), utc(2030)], [0, 700]);
    expect(scale(utc(1960))).to.equal(0);
    expect(scale(utc(2030))).to.equal(700);
    // 1995-01-01 is 12,784 days after 1960-01-01 of 25,568 days in total: exactly half way.
    expect(scale(utc(1995))).to.be.closeTo(350, 0.05);
  });

  it('yearStep picks 5 years when one year is 14 px and labels need 56 px', () => {
    const scale = timeScale([utc(1960), utc(2030)], [0, 70 * 14]);
    expect(yearStep(scale, 56)).to.equal(5);
  });

  it('yearTicks labels years in en and fr as plain numbers and in ja with 年', () => {
    const scale = timeScale([utc(1960), utc(2030)], [0, 700]);
    const en = yearTicks(scale, 'en', 56);
    expect(en.map((t) => t.label)).to.deep.equal(['1960', '1970', '1980', '1990', '2000', '2010', '2020', '2030']);
    expect(yearTicks(scale, 'fr', 56).map((t) => t.label)[1]).to.equal('1970');
    expect(yearTicks(scale, 'ja', 56).map((t) => t.label)[1]).to.equal('1970年');
    expect(en[1]!.x).to.be.closeTo(100, 0.2);
  });
});
