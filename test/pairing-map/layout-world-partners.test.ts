import { expect } from '@open-wc/testing';
import {
  boxesOverlap, chooseLayout, globeLayout, pairingLinks, uncutCentralMeridian, worldPartners, WORLD_PROJECTIONS,
  type LayoutPlace, type Link,
} from '../../packages/pairing-map/src/layout/index.ts';
import city from '../fixtures/multi-country-city.json';
import manyCountries from '../fixtures/many-countries.json';
import mapSmall from '../fixtures/map-small.json';

const HOME = 'ca-bc-port-alder';
const english = (p: LayoutPlace) => city.places.find((q) => q.id === p.id)!.name.en;

/** The points of an SVG path made of M and L commands, one list per subpath. */
function subpaths(d: string): [number, number][][] {
  return d.split('M').filter(Boolean).map((part) => part.split('L').map((xy) => xy.split(',').map(Number) as [number, number]));
}

/** The longest step between consecutive points of a link: a cut-and-re-entered link jumps across the map. */
function longestStep(link: Link): number {
  let longest = 0;
  for (const points of subpaths(link.d)) {
    for (let i = 1; i < points.length; i++) longest = Math.max(longest, Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]));
  }
  return longest;
}

describe('worldPartners', () => {
  for (const projection of WORLD_PROJECTIONS) {
    for (const [width, height] of [[960, 540], [390, 520]] as const) {
      describe(`${projection} at ${width}×${height}`, () => {
        const scene = worldPartners(city.places, city.twinnings, HOME, { width, height, projection, labelText: english });

        it('worldPartners draws every place of the fixture inside the box', () => {
          expect(scene.dots.map((d) => d.id).sort()).to.deep.equal(city.places.map((p) => p.id).sort());
          expect(scene.skipped.places).to.deep.equal([]);
          for (const dot of scene.dots) {
            expect(dot.x - dot.r, dot.id).to.be.at.least(0);
            expect(dot.x + dot.r, dot.id).to.be.at.most(width);
            expect(dot.y - dot.r, dot.id).to.be.at.least(0);
            expect(dot.y + dot.r, dot.id).to.be.at.most(height);
          }
        });

        it('worldPartners draws each link whole: one subpath, no jump, from home to the partner', () => {
          expect(scene.links).to.have.length(city.twinnings.length);
          for (const link of scene.links) {
            expect(subpaths(link.d), link.key).to.have.length(1);
            expect(longestStep(link), link.key).to.be.below(width / 5);
            expect(link.placeIds[0]).to.equal(HOME);
            const [first] = subpaths(link.d)[0]!;
            expect(Math.hypot(first![0] - link.source[0], first![1] - link.source[1]), link.key).to.be.below(1);
          }
        });

        it('worldPartners places labels that never overlap and stay inside the box', () => {
          for (const [i, a] of scene.labels.entries()) {
            expect(a.box[0][0]).to.be.at.least(0);
            expect(a.box[1][0]).to.be.at.most(width);
            for (const b of scene.labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).to.equal(false);
          }
          expect(scene.unlabelled).to.deep.equal(city.places.map((p) => p.id).filter((id) => !scene.labels.some((l) => l.id === id)));
        });

        it('worldPartners flags and enlarges the home place and labels it first', () => {
          const homes = scene.dots.filter((d) => d.home);
          expect(homes.map((d) => d.id)).to.deep.equal([HOME]);
          expect(homes[0]!.r).to.be.above(scene.dots.find((d) => !d.home)!.r);
          expect(scene.labels.find((l) => l.id === HOME)?.text).to.equal('Port Alder');
          expect(scene.layout.home).to.equal(HOME);
        });
      });
    }
  }

  it('worldPartners labels every partner of the fixture on a desktop-sized map', () => {
    const scene = worldPartners(city.places, city.twinnings, HOME, { width: 960, height: 540, labelText: english });
    expect(scene.unlabelled).to.deep.equal([]);
    expect(scene.labels.map((l) => l.text)).to.include.members(['Yokohama', 'Kamakura', 'Wellington', 'Odesa']);
  });

  it('worldPartners reports the height its content needs, so a phone-sized map has no empty band', () => {
    const phone = worldPartners(city.places, city.twinnings, HOME, { width: 390, height: 520 });
    expect(phone.contentHeight).to.be.within(150, 400);
    const ys = phone.dots.map((d) => d.y);
    expect(Math.max(...ys) - Math.min(...ys)).to.be.below(phone.contentHeight);
    // Laid out again at that height, everything still fits.
    const again = worldPartners(city.places, city.twinnings, HOME, { width: 390, height: phone.contentHeight });
    expect(again.dots.every((d) => d.y >= 0 && d.y <= phone.contentHeight)).to.equal(true);
    expect(again.links).to.have.length(city.twinnings.length);
    const tall = worldPartners(city.places, city.twinnings, HOME, { width: 400, height: 100 });
    expect(tall.contentHeight).to.be.at.most(100);
  });

  it('worldPartners draws a card-sized locator for one partnership (160×100)', () => {
    const pair = city.twinnings.filter((t) => t.id === 'port-alder-odesa');
    const places = city.places.filter((p) => p.id === HOME || p.id === 'ua-51-odesa');
    const locator = worldPartners(places, pair, HOME, { width: 160, height: 100, padding: 10, radius: 3, homeRadius: 4 });
    expect(locator.dots.every((d) => d.x >= 0 && d.x <= 160 && d.y >= 0 && d.y <= 100)).to.equal(true);
    expect(locator.links).to.have.length(1);
    expect(subpaths(locator.links[0]!.d)).to.have.length(1);
  });

  it('worldPartners centres the Equal Earth map on the home longitude', () => {
    const scene = worldPartners(city.places, city.twinnings, HOME, { width: 960, height: 540 });
    expect(scene.layout.projectionKind).to.equal('equal-earth');
    expect(-scene.layout.projection.rotate()[0]).to.be.closeTo(-124.9, 1e-9);
  });

  it('worldPartners keeps the Auckland links that cross 180° whole', () => {
    const scene = worldPartners(manyCountries.places, manyCountries.twinnings.filter((t) => t.places.includes('nz-auckland')), 'nz-auckland', { width: 800, height: 450 });
    expect(scene.links.length).to.be.at.least(2);
    for (const link of scene.links) {
      expect(subpaths(link.d), link.key).to.have.length(1);
      expect(longestStep(link), link.key).to.be.below(160);
    }
  });

  it('the old globe view cuts a fixture link that worldPartners keeps whole (why the layout exists)', () => {
    const byId = new Map(city.places.map((p) => [p.id, p]));
    const { links } = pairingLinks(city.twinnings, byId, globeLayout(city.places, { width: 960, height: 540 }));
    expect(links.some((l) => subpaths(l.d).length > 1)).to.equal(true);
  });

  it('worldPartners reports what it cannot draw instead of dropping it', () => {
    const places = [...city.places, { id: 'xx-nowhere', country: 'FR', lat: Number.NaN, lon: 2 }];
    const twinnings = [
      ...city.twinnings,
      { id: 'lost', places: [HOME, 'xx-nowhere'] },
      { id: 'ghost', places: [HOME, 'xx-missing'] },
      { id: 'elsewhere', places: ['jp-14-yokohama', 'cn-gd-guangzhou'] },
    ];
    const scene = worldPartners(places, twinnings, HOME, { width: 960, height: 540 });
    expect(scene.skipped.places.map((s) => [s.place.id, s.reason])).to.deep.equal([['xx-nowhere', 'invalid-coordinates']]);
    expect(scene.skipped.links.map((s) => [s.id, s.reason])).to.deep.equal([
      ['lost', 'invalid-coordinates'], ['ghost', 'unknown-place'], ['elsewhere', 'not-home'],
    ]);
    expect(scene.links).to.have.length(city.twinnings.length);
  });

  it('worldPartners throws on a home place that is not in the data', () => {
    expect(() => worldPartners(city.places, city.twinnings, 'nowhere', { width: 960, height: 540 })).to.throw('invalid home: "nowhere"');
  });
});

describe('uncutCentralMeridian', () => {
  it('uncutCentralMeridian centres trans-Pacific arcs so the cut falls in the Atlantic', () => {
    const centre = uncutCentralMeridian([[[-123, 49], [139, 35]], [[-79, 43], [135, 34]]])!;
    // The arcs cover 139°E → 79°W across 180°; the widest free stretch is the Atlantic/Europe/Asia side.
    const cut = ((centre + 360) % 360) - 180;
    expect(cut).to.be.within(-79, 135);
    expect(Math.abs(centre)).to.be.above(120);
  });

  it('uncutCentralMeridian accounts for an arc that wraps past 360°', () => {
    // 170°E → 160°W wraps; the free stretch is everything from 160°W east to 170°E.
    const centre = uncutCentralMeridian([[[170, 0], [-160, 0]], [[10, 0], [20, 0]]])!;
    expect(centre).to.not.be.within(-10, 10);
    const cut = centre > 0 ? centre - 180 : centre + 180;
    expect(cut < -160 || cut > 170).to.equal(false);
  });

  it('uncutCentralMeridian is null when the arcs cover every longitude or there are none', () => {
    expect(uncutCentralMeridian([])).to.equal(null);
    expect(uncutCentralMeridian([[[0, 0], [170, 0]], [[170, 0], [-20, 0]], [[-20, 0], [0, 0]]])).to.equal(null);
  });
});

describe('chooseLayout', () => {
  it('chooseLayout picks split for two countries, world for more with a home place, globe otherwise', () => {
    expect(chooseLayout('auto', mapSmall.places, mapSmall.twinnings)).to.equal('split');
    expect(chooseLayout('auto', city.places, city.twinnings, HOME)).to.equal('world');
    expect(chooseLayout('auto', city.places, city.twinnings)).to.equal('globe');
    expect(chooseLayout('globe', city.places, city.twinnings, HOME)).to.equal('globe');
  });

  it('chooseLayout counts only countries joined by the given agreements', () => {
    const two = city.twinnings.filter((t) => t.id === 'port-alder-yokohama');
    expect(chooseLayout('auto', city.places, two, HOME)).to.equal('split');
  });

  it('chooseLayout falls back to the auto choice when an explicit layout cannot be drawn', () => {
    expect(chooseLayout('split', city.places, city.twinnings, HOME)).to.equal('world');
    expect(chooseLayout('world', city.places, city.twinnings)).to.equal('globe');
    expect(chooseLayout('world', mapSmall.places, mapSmall.twinnings, 'ca-bc-burnaby')).to.equal('world');
  });
});
