// The regional basemap assets are generated from world-atlas by scripts/build-basemap.mjs: a fresh
// build must give the committed bytes, the map's loader must know the same boxes, and what the
// default split view fetches of them must stay within issue 13's 20 kB gzip.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildRegion, OUT_DIR, REGIONS } from '../../scripts/build-basemap.mjs';

const loaderSource = readFileSync(join(OUT_DIR, '../basemap-loader.ts'), 'utf8');

for (const region of REGIONS) {
  const file = join(OUT_DIR, `${region.region}.json`);
  test(`basemap/${region.region}.json is what scripts/build-basemap.mjs generates`, () => {
    assert.equal(readFileSync(file, 'utf8'), buildRegion(region), `stale: run node scripts/build-basemap.mjs`);
  });
  test(`the loader's box for ${region.region} is the asset's`, () => {
    const asset = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(asset.box, region.box);
    assert.ok(loaderSource.includes(`{ region: '${region.region}', box: ${JSON.stringify(region.box).replace(/,/g, ', ')} }`),
      `basemap-loader.ts BASEMAP_REGIONS must list ${region.region} with box ${JSON.stringify(region.box)}`);
    assert.ok(asset.countries.some((c) => c.rings.length > 0), 'an asset without outlines');
  });
}

test('the default split view\'s outlines (east-asia + north-america) are at most 20 kB gzip', () => {
  const gzip = ['east-asia', 'north-america'].reduce((sum, name) => sum + gzipSync(readFileSync(join(OUT_DIR, `${name}.json`)), { level: 9 }).length, 0);
  assert.ok(gzip <= 20_000, `${gzip} B gzip`);
});
