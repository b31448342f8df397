import { expect } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import { overviewModel } from '../../packages/timeline/src/layout/index.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const dataset = data as unknown as TwinningDataset;

describe('overview', () => {
  it('overviewModel counts signings per year, agreements in force, and undated ones', () => {
    const model = overviewModel(dataset.twinnings, 1960, 2026);
    const at = (y: number) => model.years.find((r) => r.year === y)!;
    expect(model.years).to.have.length(67);
    expect([at(1963).signed, at(1965).signed, at(1966).signed]).to.deep.equal([1, 2, 0]);
    // 1963 NW, 1965 ×2, 1968 Dundas, 1980 Alberta; Dundas ended 2001 (in force through 2000).
    expect([at(1962).inForce, at(1963).inForce, at(1968).inForce, at(1980).inForce]).to.deep.equal([0, 1, 4, 5]);
    expect([at(2000).inForce, at(2001).inForce, at(2016).inForce]).to.deep.equal([5, 4, 5]);
    expect(model.undated).to.equal(1);
    expect([model.maxSigned, model.maxInForce]).to.deep.equal([2, 5]);
  });

  it('overviewModel annotates the first signing year and a busier peak', () => {
    const { annotations } = overviewModel(dataset.twinnings, 1960, 2026);
    expect(annotations).to.deep.equal([{ year: 1963, kind: 'first', count: 1 }, { year: 1965, kind: 'peak', count: 2 }]);
    expect(overviewModel([], 2000, 2001).annotations).to.deep.equal([]);
  });
});
