import { expect } from '@open-wc/testing';
import { distanceToPath, flattenPath, nearestLink, type Link } from '../../packages/pairing-map/src/layout/index.ts';

const link = (id: string, d: string, source: [number, number], target: [number, number]): Link => ({ key: id, id, d, source, target, placeIds: [`${id}-a`, `${id}-b`] });

describe('link hits', () => {
  it('flattens lines, curves and subpaths', () => {
    const points = flattenPath('M0,0L10,0M0,5Q5,10,10,5C10,5,20,5,20,0Z');
    expect([...points.slice(0, 4)]).to.deep.equal([0, 0, 10, 0]);
    expect(Number.isNaN(points[4]!)).to.equal(true);
    expect(distanceToPath(points, 5, -3)).to.be.closeTo(3, 1e-9);
    // The quadratic's apex is at (5, 7.5): 2.5 below its control point.
    expect(distanceToPath(points, 5, 7.5)).to.be.closeTo(0, 0.05);
  });

  it('picks the nearest link within the tolerance, and nothing beyond it', () => {
    const links = [link('a', 'M0,0L100,0', [0, 0], [100, 0]), link('b', 'M0,8L100,8', [0, 8], [100, 8])];
    expect(nearestLink(links, 50, 3, 6)?.id).to.equal('a');
    expect(nearestLink(links, 50, 5, 6)?.id).to.equal('b');
    expect(nearestLink(links, 50, -5, 6)?.id).to.equal('a');
    expect(nearestLink(links, 50, -7, 6)).to.equal(undefined);
  });
});
