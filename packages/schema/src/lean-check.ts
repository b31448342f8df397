/**
 * A lean runtime check for data that the full validator has already passed at build time (the
 * bundled Japan–Canada dataset, checked by `npm test`): is it the shape the elements read? It is
 * a few hundred bytes, where the full validator (`@twinning/schema/parse`) is several kilobytes,
 * so a page showing the bundled data never downloads the validator. When this check fails, the
 * caller loads the full validator for the located problems.
 */
import type { TwinningDataset } from './types.ts';
import { SCHEMA_VERSIONS } from './vocabularies.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const everyRecord = (value: unknown, check: (record: Record<string, unknown>) => boolean) =>
  Array.isArray(value) && value.every((record) => isObject(record) && check(record));
const isString = (value: unknown) => typeof value === 'string' && value !== '';

/**
 * Whether `input` has the structure the elements read: a known schemaVersion, places with ids and
 * numeric coordinates, twinnings joining known places, sources with ids, optional lists as arrays.
 * Not a validator: vocabularies, dates, text and the other rules are the full validator's.
 */
export function hasDatasetShape(input: unknown): input is TwinningDataset {
  if (!isObject(input) || !(SCHEMA_VERSIONS as readonly unknown[]).includes(input['schemaVersion'])) return false;
  const placeIds = new Set<unknown>();
  const placesOk = everyRecord(input['places'], (p) => isString(p['id']) && typeof p['lat'] === 'number' && typeof p['lon'] === 'number' && !!placeIds.add(p['id']));
  return placesOk
    && everyRecord(input['twinnings'], (t) => isString(t['id']) && Array.isArray(t['places']) && t['places'].length === 2 && t['places'].every((id) => placeIds.has(id)))
    && everyRecord(input['sources'], (s) => isString(s['id']))
    && ['activities', 'categories', 'regions'].every((key) => input[key] === undefined || everyRecord(input[key], (r) => r !== null));
}

/** Freezes `value` and everything in it, in place; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

