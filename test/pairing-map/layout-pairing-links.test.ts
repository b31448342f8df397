import { expect } from '@open-wc/testing';
import { globeLayout } from '../../packages/pairing-map/src/layout/globe-projection.ts';
import { pairingLinks } from '../../packages/pairing-map/src/layout/pairing-links.ts';
import { splitPanels } from '../../packages/pairing-map/src/layout/split-panels.ts';
import type { LayoutPlace } from '../../packages/pairing-map/src/layout/types.ts';
import canadaJapan from '../fixtures/canada-japan-sample.json';
import manyCountries from '../fixtures/many-countries.json';

const byId = (places: readonly LayoutPlace[]) => new Map(places.map((p) => [p.id, p]));

/** All numbers of an SVG path as [x, y] pairs (the paths use only absolute M/L/C/Q/Z commands). */
function pathPoints(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  return points;
}

describe('pairingLinks', () => {
  it('pairingLinks draws Vancouver–Yokohama across the Pacific on the globe, in one piece', () => {
    const layout = globeLayout(canadaJapan.places, { width: 1000, height: 500 });
    const { links } = pairingLinks(canadaJapan.twinnings, byId(canadaJapan.places), layout);
    const link = links.find((l) => l.id === 'vancouver-yokohama')!;
    expect(link.d.match(/M/g)).to.have.length(1);
    for (const point of pathPoints(link.d)) {
      const [lon] = layout.projection.invert!(point)!;
      // The short way stays in the Pacific half: east of 120°E or west of 110°W.
      expect(Math.abs(lon), `${lon}`).to.be.greaterThan(110);
    }
  });

  it('pairingLinks draws the Auckland–Los Angeles arc the short way in a many-country globe', () => {
    const layout = globeLayout(manyCountries.places, { width: 1200, height: 600 });
    const { links } = pairingLinks(manyCountries.twinnings, byId(manyCountries.places), layout);
    const link = links.find((l) => l.id === 'auckland-losangeles')!;
    const points = pathPoints(link.d);
    expect(points.length).to.be.greaterThan(2);
    for (const point of points) {
      const [lon] = layout.projection.invert!(point)!;
      expect(Math.abs(lon), `${lon}`).to.be.greaterThan(110);
    }
  });

  it('pairingLinks gives one link per two-place twinning, with rounded numbers', () => {
    const layout = globeLayout(canadaJapan.places, { width: 1000, height: 500 });
    const { links, skipped } = pairingLinks(canadaJapan.twinnings, byId(canadaJapan.places), layout);
    expect(links.map((l) => l.id)).to.deep.equal(canadaJapan.twinnings.map((t) => t.id));
    expect(skipped).to.deep.equal([]);
    for (const link of links) expect(link.d).not.to.match(/\.\d{3}/);
  });

  it('pairingLinks runs split links from the left (Japan) panel to the right (Canada) panel', () => {
    const layout = splitPanels(canadaJapan.places, { width: 1200, height: 600 });
    const { links } = pairingLinks(canadaJapan.twinnings, byId(canadaJapan.places), layout);
    const [left, right] = layout.panels;
    expect(links).to.have.length(6);
    for (const link of links) {
      expect(link.placeIds[0]).to.match(/^jp-/);
      expect(link.source[0]).to.be.within(left.x, left.x + left.width);
      expect(link.target[0]).to.be.within(right.x, right.x + right.width);
      expect(link.d.startsWith(`M${link.source[0]},${link.source[1]}C`)).to.equal(true);
      expect(link.d.endsWith(`${link.target[0]},${link.target[1]}`)).to.equal(true);
    }
  });

  it('pairingLinks runs stacked links from the top panel to the bottom panel', () => {
    const layout = splitPanels(canadaJapan.places, { width: 375, height: 700 });
    const { links } = pairingLinks(canadaJapan.twinnings, byId(canadaJapan.places), layout);
    for (const link of links) expect(link.source[1]).to.be.lessThan(link.target[1]);
  });

  it('pairingLinks draws a star from the first place of a three-place twinning', () => {
    const places = [
      { id: 'a', country: 'CA', lat: 49, lon: -123 },
      { id: 'b', country: 'JP', lat: 43, lon: 141 },
      { id: 'c', country: 'JP', lat: 35, lon: 139 },
    ];
    const layout = globeLayout(places, { width: 800, height: 400 });
    const { links } = pairingLinks([{ id: 't', places: ['a', 'b', 'c'] }], byId(places), layout);
    expect(links.map((l) => [l.key, ...l.placeIds])).to.deep.equal([['t/b', 'a', 'b'], ['t/c', 'a', 'c']]);
  });

  it('pairingLinks reports links to unknown or unplaceable places instead of drawing them', () => {
    const places = [
      { id: 'a', country: 'CA', lat: 49, lon: -123 },
      { id: 'b', country: 'JP', lat: 43, lon: 141 },
      { id: 'bad', country: 'JP', lat: 200, lon: 141 },
    ];
    const layout = splitPanels(places, { width: 800, height: 400 });
    const { links, skipped } = pairingLinks(
      [{ id: 'ok', places: ['a', 'b'] }, { id: 'x', places: ['a', 'missing'] }, { id: 'y', places: ['a', 'bad'] }],
      byId(places),
      layout,
    );
    expect(links.map((l) => l.id)).to.deep.equal(['ok']);
    expect(skipped.map((s) => [s.id, s.reason])).to.deep.equal([['x', 'unknown-place'], ['y', 'invalid-coordinates']]);
  });
});
