/**
 * Where an element's data comes from, in order: the `.data` property, the `src` URL, a
 * `<twinning-data>` provider, and otherwise the bundled Japan–Canada dataset (a dynamic import,
 * so pages that bring their own data never download it). Every failure becomes problems with a
 * location (URL and HTTP status, JSON line:column, JSON pointer), never an exception.
 */
import { deepFreeze, hasDatasetShape, validatedWarnings, type Problem, type TwinningDataset } from '@twinning/schema';
import type { Messages } from './messages.ts';

type Validator = typeof import('@twinning/schema/parse');
let validator: Validator | undefined;
let validatorLoad: Promise<Validator> | undefined;

/**
 * The full validator (`parse`, `parseJson`), a chunk of its own: loaded for data given as `.data`
 * or `src`, never for the bundled dataset (checked by `npm test`, and at run time only for shape).
 */
export function loadValidator(): Promise<Validator> {
  validatorLoad ??= import('@twinning/schema/parse').then((module) => (validator = module));
  validatorLoad.catch(() => (validatorLoad = undefined));
  return validatorLoad;
}

/**
 * Null when the validator is loaded (so `loadObject` answers at once); otherwise a promise that
 * settles when it has loaded or failed to. An element awaits it before an update that needs it.
 */
export function validatorLoading(): Promise<unknown> | null {
  return validator ? null : loadValidator().catch(() => undefined);
}

/** The outcome of a load: a dataset (maybe with warnings) or the problems that stopped it. */
export type LoadResult =
  | {
      readonly ok: true; readonly data: TwinningDataset; readonly problems: readonly Problem[];
      /** A clerk's partners sheet is about one place: its id, which the element frames when `place` is not set. */
      readonly home?: string | null;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** How long a `src` request may take before it is aborted with a message. */
export const LOAD_TIMEOUT_SECONDS = 30;

/** An error problem. */
export const problem = (code: string, message: string, pointer = ''): Problem => ({ severity: 'error', code, pointer, message });

/**
 * The bundled datasets this page handed out (`loadBundled`): checked by the full validator in
 * `npm test`, so given back as `.data` they are not checked again.
 */
const bundledData = new WeakSet<object>();

/** A dataset that needs no check: what `parse`/`parseJson` returned, or the bundled loader's. */
function alreadyValidated(input: unknown): LoadResult | null {
  if (typeof input !== 'object' || input === null) return null;
  if (bundledData.has(input)) return { ok: true, data: input as TwinningDataset, problems: [] };
  const warnings = validatedWarnings(input);
  return warnings ? { ok: true, data: input as TwinningDataset, problems: [...warnings] } : null;
}

/**
 * What `.data` waits for before an update: nothing for no data or a dataset already validated
 * (see `alreadyValidated`), else the validator's chunk (`validatorLoading()`).
 */
export function dataValidating(data: unknown): Promise<unknown> | null {
  return data === undefined || data === null || alreadyValidated(data) ? null : validatorLoading();
}

/**
 * Validates an object given as `.data` (after `dataValidating()` has settled). A dataset that
 * `parse`/`parseJson` produced, or the bundled loader's, is taken as it is, with the warnings
 * `parse` gave; anything else is validated, so bad data always gets located problems.
 */
export function loadObject(input: unknown): LoadResult {
  const known = alreadyValidated(input);
  if (known) return known;
  if (!validator) return { ok: false, problems: [problem('validator-unavailable', 'The data checker could not be loaded, so the data given as .data cannot be shown.')] };
  return validator.parse(input);
}

/**
 * Fetches and validates `src`; a newer call's `signal` aborts this one, which then resolves to null.
 * `timeoutSeconds` bounds the whole request. What reads and checks the response
 * (read-response.ts) is a chunk of its own, loaded while the request is under way, so pages
 * showing the bundled data never download it.
 */
export async function loadUrl(src: string, signal: AbortSignal, m: Messages, timeoutSeconds = LOAD_TIMEOUT_SECONDS): Promise<LoadResult | null> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutSeconds * 1000);
  const both = AbortSignal.any([signal, timeout.signal]);
  try {
    const reading = import('./read-response.ts');
    // Settled either way, so a failed chunk load is not an unhandled rejection if the fetch fails first.
    reading.catch(() => undefined);
    const response = await fetch(src, { signal: both });
    return await (await reading).readResponse(response, src, signal, m);
  } catch (error) {
    if (signal.aborted) return null;
    if (timeout.signal.aborted) return { ok: false, problems: [problem('timeout', m.timeout(src, timeoutSeconds))] };
    return { ok: false, problems: [problem('network-error', m.networkError(src))] };
  } finally {
    clearTimeout(timer);
  }
}

/** Which part of the bundled dataset an element needs before it can draw. */
export type BundledPart = 'all' | 'agreements';

let bundledAll: Promise<LoadResult> | undefined;
let bundledAgreements: Promise<LoadResult> | undefined;
let agreementsFile: Promise<unknown> | undefined;

const bundledMissing = (): LoadResult =>
  ({ ok: false, problems: [problem('bundled-data-missing', 'The bundled Japan–Canada dataset could not be loaded.')] }) as LoadResult;

/** Checks the bundled data's shape (the validator loads only if that fails, to say what is wrong). */
function checked(data: unknown): LoadResult | Promise<LoadResult> {
  if (!hasDatasetShape(data)) return loadValidator().then((v) => v.parse(data));
  bundledData.add(deepFreeze(data));
  return { ok: true, data, problems: [] };
}

/**
 * The bundled Japan–Canada dataset, imported once per page on first use. It passed the full
 * validator in `npm test`, so here it is only checked for shape (and frozen).
 *
 * It ships as two files: the agreements (places, twinnings, sources, regions: what a map draws)
 * and their activities. `part: 'agreements'` loads only the first, so a map alone fetches about
 * 40 % of the data; `'all'` loads both and joins them. Once the whole dataset is loading, every
 * request gets it, so a page never holds two copies.
 */
export function loadBundled(part: BundledPart = 'all'): Promise<LoadResult> {
  agreementsFile ??= import('@twinning/data/japan-canada.agreements.json').then((m: { default: unknown }) => m.default);
  if (part === 'agreements' && !bundledAll) {
    bundledAgreements ??= agreementsFile.then(checked, bundledMissing);
    return bundledAgreements;
  }
  bundledAll ??= Promise.all([agreementsFile, import('@twinning/data/japan-canada.activities.json')]).then(
    ([agreements, activities]: [unknown, { default: unknown }]) =>
      checked(agreements !== null && typeof agreements === 'object' ? { ...agreements, activities: activities.default } : agreements),
    bundledMissing,
  );
  return bundledAll;
}
