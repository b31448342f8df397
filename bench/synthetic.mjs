/**
 * Seeded synthetic twinning datasets for the scale runs. Places are sampled around large cities
 * (picked in proportion to population, then jittered) and kept only when they fall on land in
 * world-atlas land-110m, so the map sees a realistic clustering. Agreements join two places,
 * mostly in different countries; activities are spread over the agreements' lifetimes.
 *
 *   node bench/synthetic.mjs 26000 > out.json      (seed 1)
 */
import { geoBounds, geoContains } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { CITIES } from './lib/cities.mjs';
import { DEFAULT_CATEGORIES, TYPES } from './lib/vocab.mjs';

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const require = createRequire(import.meta.url);
let landPolygons;
/** The land polygons of land-110m, each with its bounding box for a quick reject. */
function land() {
  if (landPolygons) return landPolygons;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'));
  const collection = feature(topology, topology.objects.land);
  landPolygons = collection.features.flatMap((f) => f.geometry.type === 'MultiPolygon'
    ? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
    : [f.geometry]).map((polygon) => ({ polygon, bounds: geoBounds(polygon) }));
  return landPolygons;
}

/** True when [lon, lat] is inside a land polygon. */
export function onLand(lon, lat) {
  return land().some(({ polygon, bounds: [[x0, y0], [x1, y1]] }) =>
    lat >= y0 && lat <= y1 && (x0 <= x1 ? lon >= x0 && lon <= x1 : lon >= x0 || lon <= x1) && geoContains(polygon, [lon, lat]));
}

const landCache = new Map();
function onLandCached(lon, lat) {
  const key = `${lon},${lat}`;
  let inside = landCache.get(key);
  if (inside === undefined) landCache.set(key, (inside = onLand(lon, lat)));
  return inside;
}

function gaussian(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const pad = (n, width) => String(n).padStart(width, '0');

/**
 * A valid TwinningDataset with `agreements` twinnings over about 0.7 × as many places,
 * and `activities` activities (default none). Same arguments, same bytes.
 */
export function synthesize({ agreements, activities = 0, seed = 1 }) {
  const random = mulberry32(seed);
  const total = CITIES.reduce((s, c) => s + c.pop, 0);
  const pickCity = () => {
    let r = random() * total;
    for (const city of CITIES) if ((r -= city.pop) <= 0) return city;
    return CITIES[CITIES.length - 1];
  };
  const placeCount = Math.max(4, Math.round(agreements * 0.7));
  const places = [];
  while (places.length < placeCount) {
    const city = pickCity();
    const spread = 0.4 + 1.6 * random();
    // Snapped to a 0.02° grid (about 2 km) so the land test can be remembered per grid point.
    const lat = Math.round((city.lat + gaussian(random) * spread) * 50) / 50;
    const lon = Math.round((((city.lon + gaussian(random) * spread / Math.cos((city.lat * Math.PI) / 180) + 540) % 360) - 180) * 50) / 50;
    if (Math.abs(lat) > 80 || !onLandCached(lon, lat)) continue;
    const i = places.length;
    places.push({ id: `p${pad(i, 6)}`, name: { en: `${city.name} ${i}` }, country: city.country, kind: 'municipality', lat, lon });
  }
  const twinnings = [];
  const seen = new Set();
  while (twinnings.length < agreements) {
    const a = places[Math.floor(random() * places.length)];
    let b = places[Math.floor(random() * places.length)];
    for (let tries = 0; tries < 8 && b.country === a.country && random() < 0.9; tries++) b = places[Math.floor(random() * places.length)];
    const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const year = 1950 + Math.floor(random() ** 0.7 * 75);
    twinnings.push({
      id: `t${pad(twinnings.length, 6)}`, places: [a.id, b.id], type: TYPES[Math.floor(random() ** 2 * TYPES.length)],
      signed: `${year}-${pad(1 + Math.floor(random() * 12), 2)}`, status: random() < 0.85 ? 'active' : 'dormant', sources: ['synthetic'],
    });
  }
  const acts = [];
  for (let i = 0; i < activities; i++) {
    const t = twinnings[Math.floor(random() * twinnings.length)];
    const from = Number(t.signed.slice(0, 4));
    const year = from + Math.floor(random() * (2026 - from));
    const category = DEFAULT_CATEGORIES[Math.floor(random() * DEFAULT_CATEGORIES.length)];
    acts.push({ id: `a${pad(i, 6)}`, twinning: t.id, date: `${year}`, categories: [category], title: { en: `Exchange ${i}` }, sources: ['synthetic'] });
  }
  return {
    schemaVersion: '1.0', title: { en: `Synthetic twinnings (${agreements}, seed ${seed})` }, license: 'CC0-1.0',
    sources: [{ id: 'synthetic', title: { en: 'Generated by bench/synthetic.mjs' } }],
    places, twinnings, ...(acts.length ? { activities: acts } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const agreements = Number(process.argv[2] ?? 80);
  const activities = Number(process.argv[3] ?? 0);
  process.stdout.write(JSON.stringify(synthesize({ agreements, activities })));
}
