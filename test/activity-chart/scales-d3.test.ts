import { expect } from '@open-wc/testing';
import { scaleBand, scaleLinear } from 'd3-scale';
import { barBands, shareScale, shareTicks } from '../../packages/activity-chart/src/layout/scales.ts';

// The chart's scales replace d3-scale with a few lines: they must give d3's numbers.
describe('chart scales give the numbers d3-scale gives', () => {
  it('barBands = scaleBand().paddingInner(p).paddingOuter(p / 2)', () => {
    for (const n of [1, 2, 3, 7, 12]) {
      for (const padding of [0.2, 0.25]) {
        const keys = Array.from({ length: n }, (_, i) => `k${i}`);
        const ours = barBands(keys, 22, padding);
        const d3 = scaleBand<string>().domain(keys).range([0, n * 22]).paddingInner(padding).paddingOuter(padding / 2);
        for (const key of keys) expect(ours(key)).to.be.closeTo(d3(key)!, 1e-9);
        expect(ours.bandwidth()).to.be.closeTo(d3.bandwidth(), 1e-9);
        expect(ours.step()).to.be.closeTo(d3.step(), 1e-9);
        expect(ours('nope')).to.equal(undefined);
      }
    }
  });

  it('shareScale and shareTicks = scaleLinear().domain([0, max]).nice(5) and its ticks', () => {
    for (const max of [0.004, 0.03, 0.1, 0.126, 0.33, 0.5, 0.63, 0.99, 1, 1.4, 2.5]) {
      for (const count of [2, 3, 5]) {
        const ours = shareScale(max, 300);
        const d3 = scaleLinear().domain([0, max]).range([0, 300]).nice(5);
        expect(ours.domain()[1], `nice(${max})`).to.equal(d3.domain()[1]);
        expect(ours(max * 0.7)).to.be.closeTo(d3(max * 0.7), 1e-9);
        expect(shareTicks(ours, count), `ticks(${max}, ${count})`).to.deep.equal(d3.ticks(count));
      }
    }
  });
});
