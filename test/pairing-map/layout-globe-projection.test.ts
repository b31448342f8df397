import { expect } from '@open-wc/testing';
import { globeLayout, globeProjection } from '../../packages/pairing-map/src/layout/globe-projection.ts';
import canadaJapan from '../fixtures/canada-japan-sample.json';
import manyCountries from '../fixtures/many-countries.json';
import usJapan from '../fixtures/us-japan.json';

const size = { width: 1000, height: 500 };

function expectAllInside(places: readonly { id: string; lat: number; lon: number }[], width: number, height: number) {
  const projection = globeProjection(places as never, { width, height });
  for (const p of places) {
    const [x, y] = projection([p.lon, p.lat])!;
    expect(x, p.id).to.be.within(0, width);
    expect(y, p.id).to.be.within(0, height);
  }
}

describe('globeProjection', () => {
  it('globeProjection centres trans-Pacific Canada–Japan data near 180°', () => {
    const [lambda] = globeProjection(canadaJapan.places, size).rotate();
    // rotate() holds minus the central meridian; the centre must be within 30° of 180°.
    const centre = -lambda;
    const offFrom180 = 180 - Math.abs(((centre + 540) % 360) - 180);
    expect(offFrom180).to.be.lessThan(30);
  });

  it('globeProjection puts the antimeridian between Japan and Canada, not outside them', () => {
    const projection = globeProjection(usJapan.places, size);
    const [tokyoX] = projection([139.65, 35.68])!;
    const [dateLineX] = projection([180, 40])!;
    const [seattleX] = projection([-122.33, 47.61])!;
    expect(tokyoX).to.be.lessThan(dateLineX);
    expect(dateLineX).to.be.lessThan(seattleX);
  });

  it('globeProjection fits US–Japan, Canada–Japan and many-country places inside the view', () => {
    expectAllInside(usJapan.places, 1000, 500);
    expectAllInside(canadaJapan.places, 375, 500);
    expectAllInside(manyCountries.places, 1200, 600);
  });

  it('globeProjection caps the zoom on a tight cluster', () => {
    const cluster = [
      { id: 'a', country: 'CA', lat: 49.25, lon: -122.98 },
      { id: 'b', country: 'CA', lat: 49.28, lon: -123.12 },
    ];
    const projection = globeProjection(cluster, { width: 800, height: 400, minSpanKm: 2000 });
    // 2,000 km is about 18° of latitude: ±9° around the cluster must still fit in 400 px.
    const [, yN] = projection([-123, 49.26 + 9])!;
    const [, yS] = projection([-123, 49.26 - 9])!;
    expect(yS - yN).to.be.at.most(400);
  });

  it('globeProjection shows the whole world when no place has coordinates', () => {
    const projection = globeProjection([{ id: 'x', country: 'CA', lat: Number.NaN, lon: 0 }], size);
    const [x0] = projection([-179.9, 0])!;
    const [x1] = projection([179.9, 0])!;
    // The whole equator fits, centred on 0°: its ends sit symmetrically around the middle.
    expect(x0).to.be.at.least(0);
    expect(x1).to.be.at.most(1000);
    expect((x0 + x1) / 2).to.be.closeTo(500, 0.5);
    expect(projection([0, 0])![0]).to.be.closeTo(500, 0.5);
  });

  it('globeLayout wraps the projection with its size', () => {
    const layout = globeLayout(usJapan.places, size);
    expect(layout.layoutKind).to.equal('globe');
    expect([layout.width, layout.height]).to.deep.equal([1000, 500]);
  });
});
