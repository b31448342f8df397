import { expect } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import { activityExtent, mergeIntervals, partialExtent, quietPeriods, type Interval } from '../../packages/timeline/src/layout/index.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const dataset = data as unknown as TwinningDataset;
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const iso = (gaps: Interval[]) => gaps.map(([a, b]) => [a.toISOString().slice(0, 10), b.toISOString().slice(0, 10)]);
const today = utc(2026, 11, 28);

function recordsOf(id: string): Interval[] {
  const tw = dataset.twinnings.find((t) => t.id === id)!;
  const signed = partialExtent(tw.signed);
  const acts = dataset.activities!.filter((a) => a.twinning === id).map((a) => activityExtent(a)!);
  return [...(signed ? [signed] : []), ...acts].map((e) => [e.start, e.end] as const);
}

describe('quiet-periods', () => {
  it('quietPeriods finds the gaps of five years or more in Burnaby–Kushiro, and only those', () => {
    const gaps = quietPeriods(utc(1965), today, recordsOf('burnaby-kushiro'), 5);
    // Records: 1965, 1982, 1986-05, 1990 (+1990-02), 1995, 2005-06-30, 2015-07-09/10, 2025-07-13.
    // Gaps 1983–86 (3.3 y), 1986-06–1990 (3.6 y), 1991–95 (4 y) and the last 16 months are short.
    expect(iso(gaps)).to.deep.equal([
      ['1966-01-01', '1982-01-01'],
      ['1996-01-01', '2005-06-30'],
      ['2005-07-01', '2015-07-09'],
      ['2015-07-11', '2025-07-13'],
    ]);
  });

  it('quietPeriods runs to the end of an ended agreement', () => {
    // Dundas–Kaga: signed 1968-07, activities 1970 and 2000, ended 2001 (life ends 2002-01-01).
    const gaps = quietPeriods(utc(1968, 7), utc(2002), recordsOf('dundas-kaga'), 5);
    expect(iso(gaps)).to.deep.equal([['1971-01-01', '2000-01-01']]);
  });

  it('quietPeriods with quiet-years 10 keeps only the longer gaps', () => {
    const gaps = quietPeriods(utc(1965), today, recordsOf('burnaby-kushiro'), 10);
    expect(iso(gaps).map((g) => g[0])).to.deep.equal(['1966-01-01', '2005-07-01', '2015-07-11']);
  });

  it('quietPeriods claims nothing before the first record when the signing date is unknown', () => {
    const gaps = quietPeriods(null, utc(2026), [[utc(2000), utc(2001)]], 5);
    expect(iso(gaps)).to.deep.equal([['2001-01-01', '2026-01-01']]);
    expect(quietPeriods(null, utc(2026), [], 5)).to.deep.equal([]);
  });

  it('quietPeriods rejects a non-positive quiet-years', () => {
    expect(() => quietPeriods(utc(2000), utc(2020), [], 0)).to.throw('invalid quiet-years: 0');
  });

  it('mergeIntervals joins overlapping and touching intervals', () => {
    const merged = mergeIntervals([[utc(1990, 2), utc(1990, 3)], [utc(1990), utc(1991)], [utc(1991), utc(1992)], [utc(1995), utc(1996)]]);
    expect(iso(merged)).to.deep.equal([['1990-01-01', '1992-01-01'], ['1995-01-01', '1996-01-01']]);
  });
});
