import { expect } from '@open-wc/testing';
import { decadeBins, decadeOf } from '../../packages/activity-chart/src/layout/decades.ts';

describe('decadeBins', () => {
  const activities = [
    { date: '1968-07', categories: ['education', 'culture'] },
    { date: '1961', categories: ['education'] },
    { date: '1985-03-14', categories: ['culture'] },
    { date: 'sometime', categories: ['business'] },
    { date: '', categories: ['youth'] },
  ];

  it('decadeOf maps a year to the first year of its decade', () => {
    expect([decadeOf(1960), decadeOf(1969), decadeOf(2000), decadeOf(-5)]).to.deep.equal([1960, 1960, 2000, -10]);
  });

  it('decadeBins keeps empty decades between the first and last, with n per decade', () => {
    const { bins } = decadeBins(activities, 'activities', ['education', 'culture']);
    expect(bins.map((b) => [b.decade, b.activities])).to.deep.equal([[1960, 2], [1970, 0], [1980, 1]]);
  });

  it('decadeBins stacks each decade to 100% of its counts, in category order', () => {
    const { bins } = decadeBins(activities, 'activities', ['culture', 'education']);
    const sixties = bins[0]!;
    // 1960s: education 2, culture 1 → 1/3 culture then 2/3 education.
    expect(sixties.segments.map((s) => [s.category, s.count])).to.deep.equal([['culture', 1], ['education', 2]]);
    expect(sixties.segments[0]!.x0).to.equal(0);
    expect(sixties.segments[0]!.x1).to.be.closeTo(1 / 3, 1e-12);
    expect(sixties.segments[1]!.x1).to.be.closeTo(1, 1e-12);
    expect(bins[1]!.segments).to.deep.equal([]);
  });

  it('decadeBins reports undated activities instead of dropping them silently', () => {
    const result = decadeBins(activities, 'tags', []);
    expect(result.undated).to.equal(2);
    const counted = result.bins.reduce((s, b) => s + b.activities, 0);
    expect(counted + result.undated).to.equal(activities.length);
  });

  it('decadeBins lists only categories seen in dated activities', () => {
    const result = decadeBins(activities, 'tags', ['youth', 'culture', 'education']);
    expect(result.categories).to.deep.equal(['culture', 'education']);
  });

  it('decadeBins of nothing has no bins', () => {
    expect(decadeBins([], 'activities', []).bins).to.deep.equal([]);
  });
});
