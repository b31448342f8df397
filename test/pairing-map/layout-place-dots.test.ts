import { expect } from '@open-wc/testing';
import { globeLayout } from '../../packages/pairing-map/src/layout/globe-projection.ts';
import { agreementCounts, placeDots } from '../../packages/pairing-map/src/layout/place-dots.ts';
import { projector } from '../../packages/pairing-map/src/layout/project.ts';
import { splitPanels } from '../../packages/pairing-map/src/layout/split-panels.ts';
import canadaJapan from '../fixtures/canada-japan-sample.json';
import manyCountries from '../fixtures/many-countries.json';
import usJapan from '../fixtures/us-japan.json';

describe('placeDots', () => {
  for (const [name, data] of [['Canada–Japan', canadaJapan], ['US–Japan', usJapan]] as const) {
    for (const width of [1200, 375]) {
      it(`placeDots puts every ${name} dot inside its panel at ${width} px`, () => {
        const layout = splitPanels(data.places, { width, height: 600 });
        const { dots, skipped } = placeDots(data.places, data.twinnings, projector(layout));
        expect(skipped).to.deep.equal([]);
        expect(dots).to.have.length(data.places.length);
        for (const dot of dots) {
          const panel = layout.panels[dot.panel]!;
          expect(panel.country, dot.id).to.equal(data.places.find((p) => p.id === dot.id)!.country);
          expect(dot.x - dot.r, dot.id).to.be.at.least(panel.x);
          expect(dot.x + dot.r, dot.id).to.be.at.most(panel.x + panel.width);
          expect(dot.y - dot.r, dot.id).to.be.at.least(panel.y);
          expect(dot.y + dot.r, dot.id).to.be.at.most(panel.y + panel.height);
        }
      });
    }
  }

  it('placeDots puts every many-country dot inside the globe view', () => {
    const layout = globeLayout(manyCountries.places, { width: 1000, height: 500 });
    const { dots, skipped } = placeDots(manyCountries.places, manyCountries.twinnings, projector(layout));
    expect(skipped).to.deep.equal([]);
    expect(dots).to.have.length(11);
    for (const dot of dots) {
      expect(dot.x, dot.id).to.be.within(dot.r, 1000 - dot.r);
      expect(dot.y, dot.id).to.be.within(dot.r, 500 - dot.r);
    }
  });

  it('placeDots makes dot area proportional to agreements, from 3 px for one', () => {
    const layout = globeLayout(manyCountries.places, { width: 1000, height: 500 });
    const { dots } = placeDots(manyCountries.places, manyCountries.twinnings, projector(layout));
    const r = Object.fromEntries(dots.map((d) => [d.id, d.r]));
    const count = Object.fromEntries(dots.map((d) => [d.id, d.count]));
    // Kyoto has 5 agreements (the most), Auckland 3, Paris 2, Rome 1.
    expect([count['jp-26-kyoto'], count['nz-auckland'], count['fr-paris'], count['it-rome']]).to.deep.equal([5, 3, 2, 1]);
    expect(r['it-rome']).to.equal(3);
    expect(r['fr-paris']).to.be.closeTo(3 * Math.SQRT2, 0.01);
    expect(r['jp-26-kyoto']).to.be.closeTo(3 * Math.sqrt(5), 0.01);
  });

  it('placeDots caps the largest dot at maxRadius and keeps areas proportional below it', () => {
    const places = [
      { id: 'big', country: 'JP', lat: 35, lon: 139 },
      { id: 'mid', country: 'JP', lat: 34, lon: 135 },
      { id: 'one', country: 'JP', lat: 43, lon: 141 },
    ];
    const twinnings = [
      ...Array.from({ length: 100 }, (_, i) => ({ id: `b${i}`, places: ['big', `x${i}`] })),
      ...Array.from({ length: 25 }, (_, i) => ({ id: `m${i}`, places: ['mid', `y${i}`] })),
      { id: 'o', places: ['one', 'z'] },
    ];
    const layout = globeLayout(places, { width: 800, height: 400 });
    const { dots } = placeDots(places, twinnings, projector(layout), { minRadius: 3, maxRadius: 10 });
    expect(dots.map((d) => d.r)).to.deep.equal([10, 5, 3]);
  });

  it('placeDots reports invalid coordinates and places without a panel', () => {
    const places = [
      ...canadaJapan.places,
      { id: 'nowhere', country: 'CA', lat: Number.NaN, lon: -123 },
      { id: 'paris', country: 'FR', lat: 48.85, lon: 2.35 },
    ];
    const layout = splitPanels(canadaJapan.places, { width: 1200, height: 600 });
    const { dots, skipped } = placeDots(places, canadaJapan.twinnings, projector(layout));
    expect(dots).to.have.length(canadaJapan.places.length);
    expect(skipped.map((s) => [s.place.id, s.reason])).to.deep.equal([
      ['nowhere', 'invalid-coordinates'],
      ['paris', 'no-panel'],
    ]);
  });

  it('agreementCounts counts each twinning once per place', () => {
    const counts = agreementCounts([{ id: 't1', places: ['a', 'b'] }, { id: 't2', places: ['a', 'c', 'a'] }]);
    expect([...counts]).to.deep.equal([['a', 2], ['b', 1], ['c', 1]]);
  });
});
