import { expect } from '@open-wc/testing';
import { tallyCategories } from '../../packages/activity-chart/src/layout/counting.ts';
import { alignReference, alignGroups, type ActivityReference } from '../../packages/activity-chart/src/layout/reference.ts';
import { shareScale, barBands } from '../../packages/activity-chart/src/layout/scales.ts';
import { formatShare, formatCount, labelPlacement, estimateTextWidth } from '../../packages/activity-chart/src/layout/labels.ts';

const reference: ActivityReference = {
  label: 'test reference',
  source: { title: 'A report' },
  shares: { business: 0.02, tourism: 0.1, broken: Number.NaN },
};

describe('alignReference', () => {
  const tally = tallyCategories([{ categories: ['education'] }, { categories: ['business', 'education'] }], 'activities');

  it('alignReference gives every category of either side, 0 for missing data and null for a missing reference', () => {
    const rows = alignReference(tally, reference, ['education', 'business', 'tourism']);
    expect(rows).to.deep.equal([
      { category: 'education', count: 2, share: 1, reference: null },
      { category: 'business', count: 1, share: 0.5, reference: 0.02 },
      { category: 'tourism', count: 0, share: 0, reference: 0.1 },
    ]);
  });

  it('alignReference without a reference is the data alone', () => {
    expect(alignReference(tally, null, []).map((r) => r.reference)).to.deep.equal([null, null]);
  });
});

describe('scales', () => {
  it('shareScale maps 0 to 0 and a nice maximum to the width', () => {
    const x = shareScale(0.63, 300);
    expect(x(0)).to.equal(0);
    expect(x.domain()[1]).to.equal(0.7);
    expect(x(0.7)).to.equal(300);
  });

  it('barBands gives each key a band inside its step', () => {
    const y = barBands(['a', 'b'], 20);
    expect(y('b')! - y('a')!).to.equal(y.step());
    expect(y.bandwidth()).to.be.lessThan(20);
  });
});

describe('labels', () => {
  // CLDR puts a no-break space before % in French: U+00A0 in the ICU Chromium ships today,
  // U+202F (narrow) in some other versions. Either is right; an ordinary space or none is not.
  it('formatShare uses the locale: "12.5%" in en and ja, "12,5 %" with a no-break space in fr', () => {
    expect(formatShare(0.125, 'en')).to.equal('12.5%');
    expect(formatShare(0.125, 'ja')).to.equal('12.5%');
    expect(formatShare(0.125, 'fr')).to.match(/^12,5[\u00a0\u202f]%$/);
  });

  it('formatCount groups thousands per locale', () => {
    expect(formatCount(1234, 'en')).to.equal('1,234');
    expect(formatCount(1234, 'fr')).to.equal('1\u202f234');
  });

  it('labelPlacement puts a label inside only when it fits with padding', () => {
    expect(labelPlacement(100, 40)).to.equal('inside');
    expect(labelPlacement(45, 40)).to.equal('outside');
  });

  it('estimateTextWidth counts CJK characters wider than Latin ones', () => {
    expect(estimateTextWidth('教育', 10)).to.equal(20);
    expect(estimateTextWidth('ab', 10)).to.equal(12);
  });
});

describe('alignGroups', () => {
  const activities = [{ categories: ['education', 'administration'] }, { categories: ['culture'] }, { categories: ['administration'] }, { categories: ['business'] }];
  const grouped: ActivityReference = { ...reference, groups: [{ categories: ['education', 'administration'], share: 0.6 }] };

  it('alignGroups("activities") counts an activity once if it carries any category of the group', () => {
    // Activities 1 and 3 carry education or administration: 2 of 4.
    expect(alignGroups(activities, grouped, 'activities')).to.deep.equal([
      { categories: ['education', 'administration'], count: 2, share: 0.5, reference: 0.6 },
    ]);
  });

  it('alignGroups("tags") counts the group’s tags over all tags', () => {
    // Tags: education, administration, culture, administration, business = 5; group tags = 3.
    expect(alignGroups(activities, grouped, 'tags')[0]!.share).to.equal(3 / 5);
  });

  it('alignGroups of a reference without groups is empty', () => {
    expect(alignGroups(activities, reference, 'tags')).to.deep.equal([]);
  });
});
