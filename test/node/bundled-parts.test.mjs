// The bundled dataset ships to browsers as two files (scripts/split-bundled-data.mjs): they must
// be exactly data/japan-canada.json, split, or an element would show stale or partial data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundledPaths, splitBundled } from '../../scripts/split-bundled-data.mjs';

const paths = bundledPaths(fileURLToPath(new URL('../../data', import.meta.url)));
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('the agreements and activities files together are the bundled dataset', () => {
  const full = read(paths.full);
  const agreements = read(paths.agreements);
  const activities = read(paths.activities);
  assert.deepEqual({ ...agreements, activities }, full, 'stale parts: run `node scripts/split-bundled-data.mjs`');
});

test('the agreements file holds every agreement and place but no activity', () => {
  const full = read(paths.full);
  const agreements = read(paths.agreements);
  assert.equal(agreements.activities, undefined);
  assert.equal(agreements.twinnings.length, full.twinnings.length);
  assert.equal(agreements.places.length, full.places.length);
  assert.ok(full.activities.length > 0);
});

test('splitBundled keeps every key but the activities', () => {
  const { agreements, activities } = splitBundled({ schemaVersion: '1.0', places: [], twinnings: [], activities: [{ id: 'a' }], sources: [] });
  assert.deepEqual(Object.keys(agreements), ['schemaVersion', 'places', 'twinnings', 'sources']);
  assert.deepEqual(activities, [{ id: 'a' }]);
});
