#!/usr/bin/env node
/**
 * Generates the regional basemap assets of <twinning-map> from `world-atlas` (Natural Earth,
 * public domain): packages/pairing-map/src/basemap/<region>.json.
 *
 * Each asset holds the country outlines inside one longitude/latitude box, cut to the box,
 * simplified (Douglas–Peucker) for the panel sizes the split layout draws there, and rounded to a
 * grid, so the default split view fetches a few kilobytes instead of the whole world. Inside its
 * box an asset is complete (every country that reaches into the box is there, cut at the box edge),
 * which is what lets the map use it for any panel whose view lies inside the box.
 *
 *   node scripts/build-basemap.mjs          writes the assets
 *   node scripts/build-basemap.mjs --check  exits 1 when a committed asset differs from a fresh build
 *
 * Format (`twinning-basemap` 1): { format, version, source, region, box: [[w, s], [e, n]],
 * scale, countries: [{ id, name, rings: [[x0, y0, dx1, dy1, …], …] }] }. Coordinates are integers:
 * longitude × scale and latitude × scale; the first pair of a ring is absolute, the others are
 * differences from the previous point. Every ring is an outer ring, wound as d3-geo expects
 * (holes are left out: what a hole leaves uncovered is another country, drawn in the same fill).
 */
import { geoArea, geoClipRectangle, geoStream } from 'd3-geo';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'packages/pairing-map/src/basemap');

/**
 * The regions. Boxes hold the views the split layout makes of the bundled data's two countries at
 * every width from 280 to 2,400 px (measured with splitPanels/viewBounds: Japan 126.9–148.9°E,
 * 32.1–46.3°N; Canada 177.2°W–20.9°W, 18.7–81.4°N) with a margin. `tolerance` is a quarter of the
 * degrees per pixel of the finest panel drawn there (Japan ≈ 0.03°/px, Canada ≈ 0.15°/px at 1,280 px);
 * `scale` rounds to a grid finer than the tolerance.
 */
export const REGIONS = [
  { region: 'east-asia', source: 'countries-50m', box: [[122, 26], [154, 51]], tolerance: 0.01, scale: 200 },
  { region: 'north-america', source: 'countries-50m', box: [[-180, 15], [-20, 84]], tolerance: 0.05, scale: 40 },
];

const require = createRequire(join(ROOT, 'package.json'));
const atlas = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8'));
const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;

/** The rings of a feature cut to `box`, in (lon, lat); the clip runs in (lon, -lat), which winds as on screen. */
function clippedRings(f, box) {
  const [[w, s], [e, n]] = box;
  const rings = [];
  let ring = null;
  const sink = {
    point: (x, y) => ring?.push([x, -y]),
    lineStart: () => (ring = []),
    lineEnd: () => {
      if (ring && ring.length > 3) rings.push(ring);
      ring = null;
    },
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
  const clip = geoClipRectangle(w, -n, e, -s)(sink);
  // A planar stream: (lon, lat) go through as (lon, -lat), no spherical resampling.
  const planar = {
    point: (x, y) => clip.point(x, -y),
    lineStart: () => clip.lineStart(),
    lineEnd: () => clip.lineEnd(),
    polygonStart: () => clip.polygonStart(),
    polygonEnd: () => clip.polygonEnd(),
    sphere: () => undefined,
  };
  geoStream(f, planar);
  return rings;
}

/** Twice the signed planar area of a ring in (lon, lat), latitude up: positive for clockwise. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return -sum;
}

/** Douglas–Peucker on a closed ring, distances in degrees with longitude shrunk by cos(latitude). */
function simplify(ring, tolerance) {
  const n = ring.length;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  // Split the closed ring at its farthest point from the start so both halves are open lines.
  let far = 0, farD = -1;
  for (let i = 1; i < n - 1; i++) {
    const d = dist2(ring[i], ring[0], ring[0]);
    if (d > farD) (farD = d), (far = i);
  }
  keep[far] = 1;
  const t2 = tolerance * tolerance;
  const stack = [[0, far], [far, n - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let index = -1, max = t2;
    for (let i = a + 1; i < b; i++) {
      const d = dist2(ring[i], ring[a], ring[b]);
      if (d > max) (max = d), (index = i);
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

function dist2(p, a, b) {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const px = p[0] * k, ax = a[0] * k, bx = b[0] * k;
  const dx = bx - ax, dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((px - ax) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = px - (ax + t * dx), ey = p[1] - (a[1] + t * dy);
  return ex * ex + ey * ey;
}

/** Rounds to the grid, drops repeated points, and delta-encodes; null when the ring collapses. */
function encode(ring, scale) {
  const out = [];
  let px = null, py = null, count = 0;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * scale), y = Math.round(lat * scale);
    if (x === px && y === py) continue;
    if (px === null) out.push(x, y);
    else out.push(x - px, y - py);
    (px = x), (py = y), count++;
  }
  return count >= 4 ? out : null;
}

/** One region's asset, as the JSON text that is written (deterministic: same input, same bytes). */
export function buildRegion({ region, source, box, tolerance, scale }) {
  const topology = atlas(source);
  const countries = feature(topology, topology.objects.countries).features;
  const out = [];
  for (const f of countries) {
    const rings = [];
    for (const ring of clippedRings(f, box)) {
      // Outer rings are clockwise (d3-geo's winding), holes counter-clockwise: keep the outer rings.
      const lonLat = ring;
      if (signedArea(lonLat) <= 0) continue;
      if (geoArea({ type: 'Polygon', coordinates: [lonLat] }) > 2 * Math.PI) throw new Error(`${f.properties?.name}: a ring turned inside out`);
      const [minX, maxX] = extent(lonLat.map((p) => p[0]));
      const [minY, maxY] = extent(lonLat.map((p) => p[1]));
      if (maxX - minX < tolerance * 2 && maxY - minY < tolerance * 2) continue;
      const encoded = encode(simplify(lonLat, tolerance), scale);
      if (encoded) rings.push(encoded);
    }
    if (rings.length) out.push({ id: String(f.id ?? ''), name: f.properties?.name ?? '', rings });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const asset = {
    format: 'twinning-basemap', version: 1,
    source: `world-atlas ${atlasVersion} ${source} (Natural Earth), generated by scripts/build-basemap.mjs`,
    region, box, scale, countries: out,
  };
  return `${JSON.stringify(asset)}\n`;
}

function extent(values) {
  let min = Infinity, max = -Infinity;
  for (const v of values) (min = Math.min(min, v)), (max = Math.max(max, v));
  return [min, max];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(OUT_DIR, { recursive: true });
  for (const region of REGIONS) {
    const file = join(OUT_DIR, `${region.region}.json`);
    const text = buildRegion(region);
    if (check) {
      let current = '';
      try { current = readFileSync(file, 'utf8'); } catch { /* missing */ }
      if (current !== text) (stale++, console.error(`stale: ${file}; run node scripts/build-basemap.mjs`));
    } else {
      writeFileSync(file, text);
      console.log(`${file}: ${text.length.toLocaleString('en')} B`);
    }
  }
  process.exit(stale ? 1 : 0);
}
