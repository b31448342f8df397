import { expect } from '@open-wc/testing';
import { applyFilters } from '../../packages/core/src/index.ts';
import { annotationsInView } from '../../packages/core/src/annotations/annotations-in-view.ts';
import { overlapArea, placeCallouts, type Box } from '../../packages/core/src/annotations/callout-placement.ts';
import { annotated, NOTES } from '../annotations/fixture.ts';

const noOverlap = (boxes: readonly Box[], others: readonly Box[]) => {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(overlapArea(a, b)).to.equal(0);
    for (const o of others) expect(overlapArea(a, o)).to.equal(0);
  }
};

describe('placeCallouts', () => {
  const bounds = { width: 400, height: 300 };

  it('placeCallouts puts each box beside its anchor, clear of the marks and of each other, with a leader', () => {
    const marks: Box[] = [{ x: 95, y: 95, width: 10, height: 10 }, { x: 195, y: 145, width: 10, height: 10 }, { x: 120, y: 60, width: 60, height: 20 }];
    const { callouts, bandHeight } = placeCallouts([
      { id: 'a', width: 120, height: 40, anchor: { x: 100, y: 100 } },
      { id: 'b', width: 120, height: 40, anchor: { x: 200, y: 150 } },
      { id: 'c', width: 120, height: 40, anchor: { x: 100, y: 100 } },
    ], marks, bounds);
    expect(bandHeight).to.equal(0);
    noOverlap(callouts.map((c) => c.box), marks);
    for (const c of callouts) {
      expect(c.overlaps).to.equal(false);
      expect(c.leader).to.not.equal(null);
      expect(c.box.x).to.be.within(0, bounds.width - c.box.width);
      expect(c.box.y).to.be.within(0, bounds.height - c.box.height);
      expect(Math.hypot(c.box.x + c.box.width / 2 - c.anchor!.x, c.box.y + c.box.height / 2 - c.anchor!.y)).to.be.lessThan(160);
    }
  });

  it('placeCallouts is deterministic', () => {
    const input = [{ id: 'a', width: 100, height: 30, anchor: { x: 50, y: 50 } }, { id: 'b', width: 100, height: 30, anchor: null }];
    expect(placeCallouts(input, [], bounds)).to.deep.equal(placeCallouts(input, [], bounds));
  });

  it('placeCallouts puts a note without an anchor in the upper right, without a leader', () => {
    const [c] = placeCallouts([{ id: 'a', width: 100, height: 30, anchor: null }], [], bounds).callouts;
    expect(c!.leader).to.equal(null);
    expect(c!.box.x + c!.box.width).to.be.greaterThan(bounds.width - 20);
    expect(c!.box.y).to.be.lessThan(20);
  });

  it('placeCallouts moves callouts that find no clear spot to a band under the bounds', () => {
    const full: Box[] = [{ x: 0, y: 0, width: 400, height: 300 }];
    const { callouts, bandHeight } = placeCallouts([
      { id: 'a', width: 150, height: 40, anchor: { x: 10, y: 10 } },
      { id: 'b', width: 150, height: 40, anchor: { x: 390, y: 290 } },
      { id: 'c', width: 150, height: 40, anchor: null },
    ], full, bounds);
    expect(bandHeight).to.be.greaterThan(80);
    for (const c of callouts) expect(c.box.y).to.be.at.least(bounds.height);
    noOverlap(callouts.map((c) => c.box), []);
    expect(callouts[0]!.leader!.to).to.deep.equal({ x: 10, y: 10 });
    const legacy = placeCallouts([{ id: 'a', width: 150, height: 40, anchor: { x: 10, y: 10 } }], full, bounds, { band: false });
    expect(legacy.bandHeight).to.equal(0);
    expect(legacy.callouts[0]!.overlaps).to.equal(true);
  });
});

describe('annotationsInView', () => {
  const data = annotated();

  it('annotationsInView numbers the notes in data order, resolves text and what each is about', () => {
    const notes = annotationsInView(data.annotations!, applyFilters(data, {}), {}, 'fr');
    expect(notes.map((n) => [n.number, n.id, n.kind])).to.deep.equal([[1, 'n-carving', 'activity'], [2, 'n-wave', 'years'], [3, 'n-indigenous', 'category'], [4, 'n-burnaby', 'twinning']]);
    expect(notes[0]!.twinning).to.equal('burnaby-kushiro');
    expect(notes[1]!.years).to.deep.equal([1980, 1989]);
    expect(notes[1]!.about.text).to.equal('1980–1989');
    expect(notes[0]!.text).to.include({ text: 'La sculpture Kamui Mintara est commencée en février 1990.', lang: 'fr', fallback: false });
    expect(notes[3]!.text).to.include({ text: 'Partners since 1965.', lang: 'en', fallback: true });
  });

  it('annotationsInView keeps only notes whose target the filters keep', () => {
    const filters = { categories: ['culture'] };
    const notes = annotationsInView(data.annotations!, applyFilters(data, filters), filters, 'en');
    expect(notes.map((n) => n.id)).to.not.include('n-indigenous');
    const late = { since: 2000 };
    expect(annotationsInView(NOTES, applyFilters(data, late), late, 'en').map((n) => n.id)).to.deep.equal(['n-burnaby']);
    const one = { twinning: 'vancouver-yokohama' };
    expect(annotationsInView(NOTES, applyFilters(data, one), one, 'en').map((n) => n.id)).to.deep.equal(['n-wave']);
  });
});
