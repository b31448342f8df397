import { expect } from '@open-wc/testing';
import { visibleLanes } from '../../packages/timeline/src/layout/index.ts';

const rows = Array.from({ length: 2000 }, (_, i) => ({ id: i, y: i * 20, height: 20 }));

describe('windowing', () => {
  it('visibleLanes returns only the lanes meeting the viewport plus overscan', () => {
    // Viewport 1000–1400 px meets lanes 50..69.
    const slice = visibleLanes(rows, 1000, 400, 0);
    expect([slice.start, slice.end]).to.deep.equal([50, 70]);
    const over = visibleLanes(rows, 1000, 400, 3);
    expect(over.rows.map((r) => r.id)[0]).to.equal(47);
    expect(over.rows.length).to.equal(26);
  });

  it('visibleLanes clamps at both ends and handles a partly visible lane', () => {
    expect(visibleLanes(rows, 0, 100, 4).start).to.equal(0);
    expect(visibleLanes(rows, 39_990, 500, 4).end).to.equal(2000);
    expect(visibleLanes(rows, 1010, 20, 0).rows.map((r) => r.id)).to.deep.equal([50, 51]);
    expect(visibleLanes([], 0, 100).rows).to.deep.equal([]);
  });
});
