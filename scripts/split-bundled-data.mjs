// Splits the bundled dataset into the two files the elements load: the agreements (everything but
// the activities) and the activities. A map needs only the first before it can draw; the timeline,
// the chart and the partner cards load both, and both together are exactly data/japan-canada.json
// (test/node/bundled-parts.test.mjs keeps them in step). Run after data/japan-canada.json changes:
//   node scripts/split-bundled-data.mjs [data-dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two parts of `dataset`: `{ agreements, activities }`. */
export function splitBundled(dataset) {
  const { activities = [], ...agreements } = dataset;
  return { agreements, activities };
}

/** Paths of the full dataset and its parts in `dir`. */
export function bundledPaths(dir) {
  return {
    full: join(dir, 'japan-canada.json'),
    agreements: join(dir, 'japan-canada.agreements.json'),
    activities: join(dir, 'japan-canada.activities.json'),
  };
}

/** Writes the parts of `dir`'s dataset beside it (compact JSON: they are read by code, not people). */
export function writeBundledParts(dir) {
  const paths = bundledPaths(dir);
  const { agreements, activities } = splitBundled(JSON.parse(readFileSync(paths.full, 'utf8')));
  writeFileSync(paths.agreements, `${JSON.stringify(agreements)}\n`);
  writeFileSync(paths.activities, `${JSON.stringify(activities)}\n`);
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'data'));
  const paths = writeBundledParts(dir);
  process.stdout.write(`wrote ${paths.agreements} and ${paths.activities}\n`);
}
