import { expect } from '@open-wc/testing';
import { splitCountries, splitPanels } from '../../packages/pairing-map/src/layout/split-panels.ts';
import type { LayoutPlace, SplitLayout } from '../../packages/pairing-map/src/layout/types.ts';
import canadaJapan from '../fixtures/canada-japan-sample.json';
import usJapan from '../fixtures/us-japan.json';

/** Every place projected by its country's panel lies inside that panel's rectangle. */
function expectInsidePanels(layout: SplitLayout, places: readonly LayoutPlace[]) {
  for (const place of places) {
    const panel = layout.panels.find((p) => p.country === place.country)!;
    const [x, y] = panel.projection([place.lon, place.lat])!;
    expect(x, `${place.id} x`).to.be.within(panel.x, panel.x + panel.width);
    expect(y, `${place.id} y`).to.be.within(panel.y, panel.y + panel.height);
  }
}

describe('splitPanels', () => {
  it('splitCountries puts Japan west of Canada across the Pacific', () => {
    expect(splitCountries(canadaJapan.places)).to.deep.equal(['JP', 'CA']);
  });

  it('splitCountries puts Japan west of the United States, whatever the input order', () => {
    expect(splitCountries([...usJapan.places].reverse())).to.deep.equal(['JP', 'US']);
  });

  it('splitCountries puts France west of Italy, and returns null for one or three countries', () => {
    const paris = { id: 'p', country: 'FR', lat: 48.85, lon: 2.35 };
    const rome = { id: 'r', country: 'IT', lat: 41.9, lon: 12.5 };
    const kyoto = { id: 'k', country: 'JP', lat: 35, lon: 135.8 };
    expect(splitCountries([rome, paris])).to.deep.equal(['FR', 'IT']);
    expect(splitCountries([paris])).to.equal(null);
    expect(splitCountries([paris, rome, kyoto])).to.equal(null);
  });

  it('splitPanels puts the Japan panel on the left and Canada on the right at 1200 px', () => {
    const layout = splitPanels(canadaJapan.places, { width: 1200, height: 600 });
    expect(layout.layoutKind).to.equal('split');
    const [left, right] = layout.panels;
    expect(left.country).to.equal('JP');
    expect(right.country).to.equal('CA');
    expect(left.x).to.equal(0);
    expect(right.x + right.width).to.equal(1200);
    expect(right.x).to.be.greaterThan(left.x + left.width);
  });

  it('splitPanels keeps every Canada–Japan place inside its panel', () => {
    const layout = splitPanels(canadaJapan.places, { width: 1200, height: 600 });
    expectInsidePanels(layout, canadaJapan.places);
  });

  it('splitPanels keeps every US–Japan place, Honolulu included, inside its panel', () => {
    const layout = splitPanels(usJapan.places, { width: 900, height: 500 });
    expectInsidePanels(layout, usJapan.places);
  });

  it('splitPanels stacks the panels below 560 px, western on top, full width', () => {
    const layout = splitPanels(canadaJapan.places, { width: 375, height: 700 });
    expect(layout.layoutKind).to.equal('stacked');
    const [top, bottom] = layout.panels;
    expect(top.country).to.equal('JP');
    expect([top.x, top.y, top.width, bottom.width]).to.deep.equal([0, 0, 375, 375]);
    expect(bottom.y).to.be.greaterThan(top.y + top.height);
    expect(bottom.y + bottom.height).to.equal(700);
    expectInsidePanels(layout, canadaJapan.places);
  });

  it('splitPanels keeps BC and Hokkaido places apart: Vancouver and Whitehorse at least 20 px apart', () => {
    const layout = splitPanels(canadaJapan.places, { width: 1200, height: 600 });
    const ca = layout.panels[1].projection;
    const [vx, vy] = ca([-123.1207, 49.2827])!;
    const [wx, wy] = ca([-135.0568, 60.7212])!;
    expect(Math.hypot(vx - wx, vy - wy)).to.be.greaterThan(20);
  });

  it('splitPanels does not zoom a lone place beyond minSpanKm', () => {
    const burnaby = { id: 'b', country: 'CA', lat: 49.2488, lon: -122.9805 };
    const kushiro = { id: 'k', country: 'JP', lat: 42.9849, lon: 144.382 };
    const layout = splitPanels([burnaby, kushiro], { width: 800, height: 400, minSpanKm: 400 });
    const ca = layout.panels[1];
    // 400 km is about 3.6° of latitude; the panel's height must show at least that much.
    const [, yN] = ca.projection([-122.98, 49.25 + 1.8])!;
    const [, yS] = ca.projection([-122.98, 49.25 - 1.8])!;
    expect(yS - yN).to.be.at.most(ca.height);
    expect(yS - yN).to.be.greaterThan(ca.height / 3);
  });

  it('splitPanels ignores places with invalid coordinates', () => {
    const bad = { id: 'x', country: 'CA', lat: Number.NaN, lon: 0 };
    const layout = splitPanels([...canadaJapan.places, bad], { width: 1200, height: 600 });
    expect(layout.panels[1].placeIds).not.to.include('x');
  });

  it('splitPanels throws "invalid places" for three countries', () => {
    const places = [
      { id: 'a', country: 'FR', lat: 48, lon: 2 },
      { id: 'b', country: 'IT', lat: 42, lon: 12 },
      { id: 'c', country: 'JP', lat: 35, lon: 135 },
    ];
    expect(() => splitPanels(places, { width: 800, height: 400 })).to.throw(/^invalid places: .*FR, IT, JP/);
  });
});
