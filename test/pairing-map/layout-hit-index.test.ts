import { expect } from '@open-wc/testing';
import { hitIndex } from '../../packages/pairing-map/src/layout/hit-index.ts';

describe('hitIndex', () => {
  const dots = [
    { id: 'a', x: 10, y: 10, r: 3 },
    { id: 'b', x: 30, y: 10, r: 10 },
    { id: 'c', x: 100, y: 100, r: 3 },
  ];

  it('hitIndex.find returns the nearest dot whose disc (plus slop) is under the pointer', () => {
    const index = hitIndex(dots);
    expect(index.find(11, 11)).to.equal('a');
    expect(index.find(38, 10)).to.equal('b');
    expect(index.find(101, 98)).to.equal('c');
  });

  it('hitIndex.find returns undefined away from every dot', () => {
    const index = hitIndex(dots, { slop: 2 });
    expect(index.find(60, 60)).to.equal(undefined);
    expect(index.find(10, 17)).to.equal(undefined);
  });

  it('hitIndex.find with a radius takes the nearest centre within it', () => {
    const index = hitIndex(dots);
    expect(index.find(20, 10, 15)).to.equal('a');
    expect(index.find(60, 60, 5)).to.equal(undefined);
  });

  it('hitIndex.find agrees with a brute-force search over 20,000 dots', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const many = Array.from({ length: 20000 }, (_, i) => ({ id: `d${i}`, x: random() * 1000, y: random() * 600, r: 3 }));
    const index = hitIndex(many);
    for (let k = 0; k < 200; k++) {
      const [x, y] = [random() * 1000, random() * 600];
      let best: string | undefined;
      let bestDistance = Infinity;
      for (const d of many) {
        const distance = Math.hypot(d.x - x, d.y - y);
        if (distance < bestDistance) [best, bestDistance] = [d.id, distance];
      }
      expect(index.find(x, y, 50)).to.equal(bestDistance <= 50 ? best : undefined);
    }
  });
});
