import { expect } from '@open-wc/testing';
import { tallyCategories, shareOf, countedCategories } from '../../packages/activity-chart/src/layout/counting.ts';
import { shareBars, categoryOrder } from '../../packages/activity-chart/src/layout/shares.ts';

// Four activities, two of them multi-tag, one listing a tag twice (a data slip the rules treat differently).
const activities = [
  { categories: ['education', 'culture'] },
  { categories: ['education'] },
  { categories: ['business', 'business'] },
  { categories: ['culture', 'education', 'youth'] },
];

describe('tallyCategories', () => {
  it('tallyCategories(…, "activities") counts each activity once per distinct category', () => {
    const tally = tallyCategories(activities, 'activities');
    expect(Object.fromEntries(tally.counts)).to.deep.equal({ education: 3, culture: 2, business: 1, youth: 1 });
    expect(tally.base).to.equal(4);
    expect(shareOf(tally, 'education')).to.equal(0.75);
    // Shares add up to more than 100% when activities carry several tags.
    const sum = [...tally.counts.keys()].reduce((s, c) => s + shareOf(tally, c), 0);
    expect(sum).to.equal(7 / 4);
  });

  it('tallyCategories(…, "tags") counts every tag occurrence and shares sum to 100%', () => {
    const tally = tallyCategories(activities, 'tags');
    expect(Object.fromEntries(tally.counts)).to.deep.equal({ education: 3, culture: 2, business: 2, youth: 1 });
    expect(tally.base).to.equal(8);
    expect(tally.activities).to.equal(4);
    const sum = [...tally.counts.keys()].reduce((s, c) => s + shareOf(tally, c), 0);
    expect(sum).to.be.closeTo(1, 1e-12);
  });

  it('tallyCategories([]) gives zero counts and zero shares, not NaN', () => {
    const tally = tallyCategories([], 'activities');
    expect(tally.counts.size).to.equal(0);
    expect(shareOf(tally, 'education')).to.equal(0);
  });

  it('countedCategories tolerates an activity without a categories array', () => {
    expect(countedCategories({ categories: undefined as unknown as string[] }, 'tags')).to.deep.equal([]);
  });

  it('tallyCategories does not modify its input', () => {
    const copy = JSON.parse(JSON.stringify(activities));
    tallyCategories(activities, 'tags');
    expect(activities).to.deep.equal(copy);
  });
});

describe('shareBars', () => {
  it('shareBars sorts by count, largest first, breaking ties by category order', () => {
    const tally = tallyCategories(activities, 'tags');
    const bars = shareBars(tally, ['youth', 'business', 'culture', 'education']);
    expect(bars.map((b) => b.category)).to.deep.equal(['education', 'business', 'culture', 'youth']);
    expect(bars.map((b) => b.count)).to.deep.equal([3, 2, 2, 1]);
    expect(bars[0]!.share).to.equal(3 / 8);
  });

  it('shareBars puts categories outside the order after it, and includes zero bars on request', () => {
    const tally = tallyCategories([{ categories: ['zz-local'] }, { categories: ['culture'] }], 'activities');
    const bars = shareBars(tally, ['culture', 'sport'], { includeZero: true });
    expect(bars.map((b) => [b.category, b.count])).to.deep.equal([['culture', 1], ['zz-local', 1], ['sport', 0]]);
  });

  it('categoryOrder keeps known order and appends new ones as first seen', () => {
    expect(categoryOrder(['a', 'b'], ['c', 'a', 'd'])).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
