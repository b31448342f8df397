import { expect } from '@open-wc/testing';
import { geographicOrder, nextInDirection } from '../../packages/pairing-map/src/layout/keyboard-order.ts';
import { placeDots } from '../../packages/pairing-map/src/layout/place-dots.ts';
import { projector } from '../../packages/pairing-map/src/layout/project.ts';
import { splitPanels } from '../../packages/pairing-map/src/layout/split-panels.ts';
import usJapan from '../fixtures/us-japan.json';

//  a . b        a (10,10)  b (100,12)
//  . c .        c (55,60)
//  d . e        d (10,110) e (100,108)
const grid = [
  { id: 'e', x: 100, y: 108 },
  { id: 'c', x: 55, y: 60 },
  { id: 'a', x: 10, y: 10 },
  { id: 'd', x: 10, y: 110 },
  { id: 'b', x: 100, y: 12 },
];

describe('keyboard order', () => {
  it('geographicOrder reads north to south in bands, west to east within a band', () => {
    expect(geographicOrder(grid)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('geographicOrder visits the western panel first and every US–Japan dot exactly once', () => {
    const layout = splitPanels(usJapan.places, { width: 1000, height: 500 });
    const { dots } = placeDots(usJapan.places, usJapan.twinnings, projector(layout));
    const order = geographicOrder(dots);
    expect([...order].sort()).to.deep.equal(usJapan.places.map((p) => p.id).sort());
    const firstUs = order.findIndex((id) => id.startsWith('us-'));
    expect(order.slice(0, firstUs).every((id) => id.startsWith('jp-'))).to.equal(true);
    expect(order.slice(firstUs).every((id) => id.startsWith('us-'))).to.equal(true);
  });

  it('nextInDirection moves to the nearest dot in the pressed direction', () => {
    expect(nextInDirection(grid, 'a', 'right')).to.equal('b');
    expect(nextInDirection(grid, 'a', 'down')).to.equal('d');
    expect(nextInDirection(grid, 'c', 'up')).to.be.oneOf(['a', 'b']);
    expect(nextInDirection(grid, 'e', 'left')).to.equal('d');
    expect(nextInDirection(grid, 'b', 'down')).to.equal('e');
  });

  it('nextInDirection stays put when nothing lies that way', () => {
    expect(nextInDirection(grid, 'a', 'left')).to.equal('a');
    expect(nextInDirection(grid, 'a', 'up')).to.equal('a');
  });

  it('nextInDirection starts at the first dot of the reading order without a current dot', () => {
    expect(nextInDirection(grid, undefined, 'down')).to.equal('a');
    expect(nextInDirection([], undefined, 'down')).to.equal(undefined);
  });

  it('nextInDirection goes from Seattle eastward to a US city, westward into Japan', () => {
    const layout = splitPanels(usJapan.places, { width: 1000, height: 500 });
    const { dots } = placeDots(usJapan.places, usJapan.twinnings, projector(layout));
    const east = nextInDirection(dots, 'us-wa-seattle', 'right')!;
    const west = nextInDirection(dots, 'us-wa-seattle', 'left')!;
    const x = (id: string) => dots.find((d) => d.id === id)!.x;
    expect(east).to.match(/^us-/);
    expect(x(east)).to.be.greaterThan(x('us-wa-seattle'));
    expect(west).to.match(/^jp-/);
  });
});
