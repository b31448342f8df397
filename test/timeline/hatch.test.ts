import { expect } from '@open-wc/testing';
import { hatchPath } from '../../packages/timeline/src/layout/index.ts';

describe('hatchPath', () => {
  it('draws 45° lines that stay inside the rectangle', () => {
    const d = hatchPath(10, 20, 60, 12, 6);
    const segments = [...d.matchAll(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)].map((m) => m.slice(1).map(Number));
    // Lines start every 6 px along the bottom edge and its extension; the one through the corner alone has no length.
    expect(segments.length).to.equal(Math.floor((60 + 12 - 1) / 6));
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
