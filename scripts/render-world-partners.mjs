// Draws the `world` layout of a fixture to SVG files, to look at (not a test):
//   node scripts/render-world-partners.mjs [fixture.json] [home-id] [outdir]
// Bundles the pure layout with esbuild in memory, so no build step is needed first.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [fixture = 'test/fixtures/multi-country-city.json', home = 'ca-bc-port-alder', outdir = '/tmp/world-partners'] = process.argv.slice(2);
const entry = `
import { frameSubset, worldPartners, basemapPaths, topologyFeatures } from './packages/pairing-map/src/layout/index.ts';
import land from 'world-atlas/land-110m.json';
import data from ${JSON.stringify(resolve(fixture))};
export function draw(kind, width, height) {
  const name = (p) => { const n = data.places.find((q) => q.id === p.id).name; return typeof n === 'string' ? n : n.en; };
  const frame = frameSubset(data, { place: ${JSON.stringify(home)} });
  const scene = worldPartners(frame.places, frame.twinnings, ${JSON.stringify(home)}, { width, height, projection: kind, labelText: name });
  const paths = basemapPaths(topologyFeatures(land, 'land'), scene.layout.projection, [[0, 0], [width, height]]);
  return { scene, paths };
}`;
const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
const { draw } = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
mkdirSync(outdir, { recursive: true });
for (const kind of ['equal-earth', 'azimuthal-equidistant']) {
  for (const [width, tallest] of [[960, 540], [390, 520]]) {
    // Two passes, as the element will do: lay out, then shrink to the height the content needs.
    const height = draw(kind, width, tallest).scene.contentHeight;
    const { scene, paths } = draw(kind, width, height);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, sans-serif">
<rect width="${width}" height="${height}" fill="#eef3f7"/>
${paths.map((p) => `<path d="${p.d}" fill="#d9dcd3" stroke="#b9bcb3" stroke-width="0.5"/>`).join('\n')}
${scene.links.map((l) => `<path d="${l.d}" fill="none" stroke="#2b6cb0" stroke-width="1.5"/>`).join('\n')}
${scene.dots.map((d) => `<circle cx="${d.x}" cy="${d.y}" r="${d.r}" fill="${d.home ? '#c53030' : '#2b6cb0'}" stroke="#fff" stroke-width="1.5"/>`).join('\n')}
${scene.labels.map((l) => `<rect x="${l.box[0][0]}" y="${l.box[0][1]}" width="${l.box[1][0] - l.box[0][0]}" height="${l.box[1][1] - l.box[0][1]}" fill="none" stroke="#f6a" stroke-width="0.5"/><text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" dominant-baseline="central" font-size="12" font-weight="${l.id === scene.layout.home ? 700 : 400}">${esc(l.text)}</text>`).join('\n')}
</svg>`;
    const file = `${outdir}/${kind}-${width}x${height}.svg`;
    writeFileSync(file, svg);
    console.log(file, 'links', scene.links.length, 'skipped', JSON.stringify(scene.skipped.links), 'unlabelled', scene.unlabelled.join(','));
  }
}
