import { expect } from '@open-wc/testing';
import { approximateTextWidth, labelPriority, placeLabels, type Label } from '../../packages/pairing-map/src/layout/place-labels.ts';
import { placeDots } from '../../packages/pairing-map/src/layout/place-dots.ts';
import { projector } from '../../packages/pairing-map/src/layout/project.ts';
import { splitPanels } from '../../packages/pairing-map/src/layout/split-panels.ts';
import canadaJapan from '../fixtures/canada-japan-sample.json';

const overlap = (a: Label, b: Label) =>
  a.box[0][0] < b.box[1][0] && b.box[0][0] < a.box[1][0] && a.box[0][1] < b.box[1][1] && b.box[0][1] < a.box[1][1];

/** A dense grid of 100 dots 14 px apart, all wanting long labels. */
const crowd = Array.from({ length: 100 }, (_, i) => ({
  id: `p${String(i).padStart(3, '0')}`,
  x: 20 + (i % 10) * 14,
  y: 20 + Math.floor(i / 10) * 14,
  r: 3,
  text: `Place number ${i}`,
  priority: i,
}));

describe('placeLabels', () => {
  it('placeLabels never overlaps two labels and keeps them inside the bounds, in a crowd', () => {
    const labels = placeLabels(crowd, { width: 300, height: 200, fontSize: 12 });
    expect(labels.length).to.be.greaterThan(3);
    for (const l of labels) {
      expect(l.box[0][0]).to.be.at.least(0);
      expect(l.box[0][1]).to.be.at.least(0);
      expect(l.box[1][0]).to.be.at.most(300);
      expect(l.box[1][1]).to.be.at.most(200);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.id}/${labels[j]!.id}`).to.equal(false);
    }
  });

  it('placeLabels labels the highest priority first: the top candidate always gets its label', () => {
    const labels = placeLabels(crowd, { width: 300, height: 200 });
    expect(labels[0]!.id).to.equal('p099');
  });

  it('placeLabels puts the label right of the dot when there is room, left at the right edge', () => {
    const measure = (text: string) => text.length * 6;
    const [right] = placeLabels([{ id: 'a', x: 50, y: 50, r: 4, text: 'Burnaby', priority: 1 }], { width: 400, height: 100, measure });
    expect(right).to.deep.include({ position: 'right', anchor: 'start', x: 57, y: 50 });
    expect(right!.box).to.deep.equal([[57, 42.8], [99, 57.2]]);
    const [left] = placeLabels([{ id: 'a', x: 390, y: 50, r: 4, text: 'Burnaby', priority: 1 }], { width: 400, height: 100, measure });
    expect(left).to.deep.include({ position: 'left', anchor: 'end', x: 383 });
  });

  it('placeLabels keeps labels off other dots and inside a candidate\'s panel bounds', () => {
    const obstacles = [{ x: 120, y: 50, r: 5 }];
    const [label] = placeLabels([{ id: 'a', x: 100, y: 50, r: 4, text: 'Kushiro', priority: 1, bounds: [[0, 0], [200, 100]] }], { width: 400, height: 100, obstacles });
    expect(label!.position).to.equal('left');
    const none = placeLabels([{ id: 'b', x: 5, y: 5, r: 4, text: 'A very long place name', priority: 1, bounds: [[0, 0], [20, 20]] }], { width: 400, height: 100 });
    expect(none).to.deep.equal([]);
  });

  it('placeLabels never overlaps labels for the Canada–Japan sample in a split layout', () => {
    const layout = splitPanels(canadaJapan.places, { width: 600, height: 300 });
    const { dots } = placeDots(canadaJapan.places, canadaJapan.twinnings, projector(layout));
    const names = new Map(canadaJapan.places.map((p) => [p.id, typeof p.name === 'string' ? p.name : p.name.en]));
    const labels = placeLabels(
      dots.map((d) => ({ ...d, text: names.get(d.id)!, priority: labelPriority({ count: d.count }) })),
      { width: 600, height: 300 },
    );
    expect(labels.length).to.be.greaterThan(6);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!)).to.equal(false);
    }
  });

  it('approximateTextWidth counts 1 em per Japanese character and 0.6 em per Latin one', () => {
    expect(approximateTextWidth('釧路市', 10)).to.equal(30);
    expect(approximateTextWidth('Kushiro', 10)).to.be.closeTo(42, 1e-9);
  });

  it('labelPriority ranks selected over hovered over the largest count', () => {
    const selected = labelPriority({ selected: true, count: 1 });
    const hovered = labelPriority({ active: true, count: 1 });
    const big = labelPriority({ count: 500 });
    expect(selected).to.be.greaterThan(hovered);
    expect(hovered).to.be.greaterThan(big);
    expect(big).to.be.greaterThan(labelPriority({ count: 2 }));
  });
});
