import { expect } from '@open-wc/testing';
import { hatchPath } from '../../packages/timeline/src/layout/index.ts';

describe('hatchPath', () => {
  it('draws 45° lines that stay inside the rectangle', () => {
    const d = hatchPath(10, 20, 60, 12, 6);
    const segments = [...d.matchAll(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)].map((m) => m.slice(1).map(Number));
    // Along a 45° line x + y is constant. Worked out by hand for this rectangle: a line every 6 px
    // from the one just past the bottom-left corner (x + y = 36) to the last one before the top-right
    // corner (x + y = 96); the lines through the corners themselves have no length.
    expect(segments.map(([sx, sy]) => Math.round(sx! + sy!))).to.deep.equal([36, 42, 48, 54, 60, 66, 72, 78, 84, 90, 96]);
    for (const [sx, sy, ex, ey] of segments) {
      for (const x of [sx!, ex!]) expect(x).to.be.within(10, 70);
      for (const y of [sy!, ey!]) expect(y).to.be.within(20, 32);
      expect(Math.abs(ex! - sx! - (sy! - ey!))).to.be.below(0.11);
    }
  });

  it('returns nothing for an empty rectangle', () => {
    expect(hatchPath(0, 0, 0, 10)).to.equal('');
    expect(hatchPath(0, 0, 10, -1)).to.equal('');
  });
});
