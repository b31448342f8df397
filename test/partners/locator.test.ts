import { expect } from '@open-wc/testing';
import { LOCATOR_HEIGHT, LOCATOR_WIDTH, locatorScene } from '../../packages/partners/src/locator.ts';

const burnaby = { id: 'ca-bc-burnaby', country: 'CA', lat: 49.2488, lon: -122.9805 };
const kushiro = { id: 'jp-01-kushiro', country: 'JP', lat: 42.9849, lon: 144.382 };
const odesa = { id: 'ua-51-odesa', country: 'UA', lat: 46.4825, lon: 30.7233 };
const wellington = { id: 'nz-wgn-wellington', country: 'NZ', lat: -41.2865, lon: 174.7762 };

describe('locatorScene()', () => {
  it('places home and partner inside the 160 × 100 drawing, with a whole great-circle link between them', () => {
    for (const partner of [kushiro, odesa, wellington]) {
      const scene = locatorScene(burnaby, partner, `t-${partner.id}`, null)!;
      expect([scene.width, scene.height]).to.deep.equal([LOCATOR_WIDTH, LOCATOR_HEIGHT]);
      for (const dot of [scene.home!, scene.partner!]) {
        expect(dot.x >= 0 && dot.x <= LOCATOR_WIDTH && dot.y >= 0 && dot.y <= LOCATOR_HEIGHT, `${partner.id} ${dot.x},${dot.y}`).to.equal(true);
      }
      expect(scene.home!.r).to.be.greaterThan(scene.partner!.r);
      // One subpath: the link is never cut at the edge of the map.
      expect(scene.link.match(/M/g)?.length, partner.id).to.equal(1);
      expect(scene.sphere).to.match(/^M/);
      expect(scene.land).to.deep.equal([]);
    }
  });

  it('returns null when a place has no usable coordinates', () => {
    expect(locatorScene(burnaby, { ...kushiro, lat: Number.NaN }, 't', null)).to.equal(null);
  });
});
