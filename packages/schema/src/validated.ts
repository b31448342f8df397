/**
 * The record of datasets our validator produced: a module with no runtime imports, so the lazy
 * validator chunk and the elements' first-paint code share it without pulling anything else along
 * (importing it from lean-check.ts made the CDN build split the vocabularies into a chunk of their
 * own, and twinning.js was no longer one file).
 */
import type { Problem, TwinningDataset } from './types.ts';

/**
 * Datasets that `parse` (and so `parseJson`, `parseJsonBytes`) produced with the default options,
 * with their warnings. Each is a deep-frozen copy made by the validator, so it cannot have changed
 * since; an object the caller built (frozen or not) is never in here. Kept in this small module so
 * the elements can ask without loading the validator.
 */
const validated = new WeakMap<object, readonly Problem[]>();

/** Records `data` as produced by the validator (or the tested bundled dataset), with its warnings. */
export function markValidated<T extends object>(data: T, warnings: readonly Problem[]): T {
  validated.set(data, Object.freeze([...warnings]));
  return data;
}

/**
 * Whether `value` is a dataset that `parse`/`parseJson`/`parseJsonBytes` returned (default
 * options) or the bundled loader handed out: given to an element as `.data`, it is not validated
 * again and the validator is not loaded. Anything else, even a deep-frozen look-alike, is validated.
 */
export function isValidated(value: unknown): value is TwinningDataset {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** The warnings `parse` gave for a validated dataset, or undefined when `value` is not one. */
export function validatedWarnings(value: unknown): readonly Problem[] | undefined {
  return typeof value === 'object' && value !== null ? validated.get(value) : undefined;
}
