import { expect } from '@open-wc/testing';
import { geoAzimuthalEqualArea, geoClipRectangle, geoPath, geoTransform } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { basemapPaths, chooseResolution, viewSpanDegrees } from '../../packages/pairing-map/src/layout/basemap.ts';
import { borderPath, topologyFeatures } from '../../packages/pairing-map/src/layout/topology.ts';
import { globeProjection } from '../../packages/pairing-map/src/layout/globe-projection.ts';
import { splitPanels } from '../../packages/pairing-map/src/layout/split-panels.ts';
import canadaJapan from '../fixtures/canada-japan-sample.json';

const topology = countries110m as unknown as Topology;
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('basemap', () => {
  const layout = splitPanels(canadaJapan.places, { width: 1200, height: 600 });
  const countries = topologyFeatures(topology, 'countries');

  it('topologyFeatures reads the world-atlas countries, named', () => {
    expect(countries.length).to.be.greaterThan(170);
    expect(countries.some((f) => f.properties?.['name'] === 'Japan')).to.equal(true);
  });

  it('basemapPaths clips every country to the panel and keeps the panel\'s own country', () => {
    for (const panel of layout.panels) {
      const extent = [[panel.x, panel.y], [panel.x + panel.width, panel.y + panel.height]] as const;
      const paths = basemapPaths(countries, panel.projection, extent);
      expect(paths.map((p) => p.name)).to.include(panel.country === 'JP' ? 'Japan' : 'Canada');
      expect(paths.length).to.be.lessThan(countries.length);
      for (const p of paths) {
        const values = numbers(p.d);
        for (let i = 0; i + 1 < values.length; i += 2) {
          expect(values[i]!).to.be.within(panel.x - 0.01, panel.x + panel.width + 0.01);
          expect(values[i + 1]!).to.be.within(panel.y - 0.01, panel.y + panel.height + 0.01);
        }
      }
    }
  });

  it('planar paths of a regional asset match the spherical ones within a pixel', async () => {
    const { default: eastAsia } = await import('../../packages/pairing-map/src/basemap/east-asia.json');
    const { regionalCountries } = await import('../../packages/pairing-map/src/basemap-loader.ts');
    const regional = regionalCountries(eastAsia as Parameters<typeof regionalCountries>[0]);
    const panel = layout.panels.find((p) => p.country === 'JP')!;
    const extent = [[panel.x, panel.y], [panel.x + panel.width, panel.y + panel.height]] as const;
    const box = (d: string) => {
      const v = numbers(d);
      const xs = v.filter((_, i) => i % 2 === 0);
      const ys = v.filter((_, i) => i % 2 === 1);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    };
    const spherical = basemapPaths(regional, panel.projection, extent);
    const planar = basemapPaths(regional, panel.projection, extent, { planar: true });
    expect(planar.map((p) => p.id)).to.deep.equal(spherical.map((p) => p.id));
    expect(planar.length).to.be.greaterThan(0);
    planar.forEach((p, i) => {
      const [a, b] = [box(p.d), box(spherical[i]!.d)];
      a.forEach((value, j) => expect(value, `${p.id} box ${j}`).to.be.closeTo(b[j]!, 1));
    });
  });

  it('planar paths leave out polygons outside the panel without changing a single drawn point', async () => {
    const { default: northAmerica } = await import('../../packages/pairing-map/src/basemap/north-america.json');
    const { default: eastAsia } = await import('../../packages/pairing-map/src/basemap/east-asia.json');
    const { regionalCountries } = await import('../../packages/pairing-map/src/basemap-loader.ts');
    let dropped = 0;
    for (const size of [{ width: 1200, height: 600 }, { width: 960, height: 528 }, { width: 420, height: 700 }]) {
      for (const panel of splitPanels(canadaJapan.places, size).panels) {
        const asset = panel.country === 'JP' ? eastAsia : northAmerica;
        const regional = regionalCountries(asset as Parameters<typeof regionalCountries>[0]);
        const extent = [[panel.x, panel.y], [panel.x + panel.width, panel.y + panel.height]] as const;
        // The reference: every polygon of every feature drawn as planarPath draws it.
        const clip = geoClipRectangle(extent[0][0], extent[0][1], extent[1][0], extent[1][1]);
        const project = geoTransform({
          point(lon, lat) {
            const p = panel.projection([lon, lat]);
            if (p) this.stream.point(p[0], p[1]);
          },
        });
        const reference = geoPath({ stream: (sink) => project.stream(clip(sink)) }).digits(2);
        const expected = regional.features.map((f) => reference(f) ?? '').join('');
        const actual = basemapPaths(regional, panel.projection, extent, { planar: true }).map((p) => p.d).join('');
        expect(actual, `${panel.country} at ${size.width}×${size.height}`).to.equal(expected);
        expect(actual.length).to.be.greaterThan(1000);
        const polygons = regional.features.reduce((n, f) => n + (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.length : 1), 0);
        const drawn = regional.features.reduce((n, f) => n + (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.filter((poly) => reference({ type: 'Polygon', coordinates: poly })).length : 0), 0);
        dropped += polygons - drawn;
      }
    }
    // There were polygons outside the panels to leave out (Hawaii, the Caribbean, …).
    expect(dropped).to.be.greaterThan(50);
  });

  it('basemapPaths keeps a country that crosses the antimeridian and skips one far outside the view', () => {
    // A view of the Bering Strait, on both sides of 180°: Russia's vertices run from 19°E to 169°W.
    const projection = geoAzimuthalEqualArea().rotate([-180, -64]).scale(900).translate([200, 150]);
    const names = basemapPaths(countries, projection, [[0, 0], [400, 300]]).map((p) => p.name);
    expect(names).to.include.members(['Russia', 'United States of America']);
    expect(names).not.to.include('Australia');
  });

  it('basemapPaths leaves the projection unchanged', () => {
    const projection = globeProjection(canadaJapan.places, { width: 800, height: 400 });
    basemapPaths(countries, projection, [[0, 0], [100, 100]]);
    expect(projection.clipExtent()).to.equal(null);
  });

  it('borderPath draws shared borders once as one path', () => {
    const projection = globeProjection(canadaJapan.places, { width: 800, height: 400 });
    const d = borderPath(topology, 'countries', projection, [[0, 0], [800, 400]]);
    expect(d.startsWith('M')).to.equal(true);
  });

  it('chooseResolution picks 50m for a region and 110m for a wide view', () => {
    const japan = layout.panels[0];
    const extent = [[japan.x, japan.y], [japan.x + japan.width, japan.y + japan.height]] as const;
    expect(viewSpanDegrees(japan.projection, extent)).to.be.lessThan(25);
    expect(chooseResolution(japan.projection, extent)).to.equal('50m');
    const globe = globeProjection(canadaJapan.places, { width: 800, height: 400 });
    expect(chooseResolution(globe, [[0, 0], [800, 400]])).to.equal('110m');
    expect(chooseResolution(globe, [[0, 0], [800, 400]], { k: 8 })).to.equal('50m');
  });
});
