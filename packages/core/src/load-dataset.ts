/**
 * Where an element's data comes from, in order: the `.data` property, the `src` URL, a
 * `<twinning-data>` provider, and otherwise the bundled Japan–Canada dataset (a dynamic import,
 * so pages that bring their own data never download it). Every failure becomes problems with a
 * location (URL and HTTP status, JSON line:column, JSON pointer), never an exception.
 */
import { deepFreeze, hasDatasetShape, isPartnersSheet, MAX_DATASET_BYTES, type Problem, type TwinningDataset } from '@twinning/schema';
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

const problem = (code: string, message: string, pointer = ''): Problem => ({ severity: 'error', code, pointer, message });

/** Validates an object given as `.data` (after `validatorLoading()` has settled). */
export function loadObject(input: unknown): LoadResult {
  if (!validator) return { ok: false, problems: [problem('validator-unavailable', 'The data checker could not be loaded, so the data given as .data cannot be shown.')] };
  return validator.parse(input);
}

/**
 * Fetches and validates `src`; a newer call's `signal` aborts this one, which then resolves to null.
 * A response over MAX_DATASET_BYTES stops early with a "too large" problem: from Content-Length
 * when the server sends it, otherwise by counting the bytes as they stream in, so a huge file
 * never freezes the tab. `timeoutSeconds` bounds the whole request.
 */
export async function loadUrl(src: string, signal: AbortSignal, m: Messages, timeoutSeconds = LOAD_TIMEOUT_SECONDS): Promise<LoadResult | null> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutSeconds * 1000);
  const both = AbortSignal.any([signal, timeout.signal]);
  const tooLarge = (): LoadResult => ({ ok: false, problems: [{ ...problem('too-large', m.tooLarge(src, `${MAX_DATASET_BYTES / (1024 * 1024)} MB`)), file: src }] });
  try {
    const response = await fetch(src, { signal: both });
    if (!response.ok) return { ok: false, problems: [problem('http-error', m.httpError(src, response.status, response.statusText))] };
    if (Number(response.headers.get('content-length') ?? 0) > MAX_DATASET_BYTES) {
      void response.body?.cancel().catch(() => undefined);
      return tooLarge();
    }
    const text = await readText(response, MAX_DATASET_BYTES);
    if (signal.aborted) return null;
    if (text === null) return tooLarge();
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') && text.trimStart().startsWith('<')) {
      return { ok: false, problems: [problem('wrong-content-type', m.wrongContentType(src, type.split(';')[0]!.trim()))] };
    }
    // A clerk's partners sheet is told by its `role` column, whatever the server calls it.
    const partners = isPartnersSheet(text);
    if (partners || /\.csv($|[?#])/i.test(src) || type.includes('text/csv')) return importCsv(text, src, partners, m);
    return (await loadValidator()).parseJson(text, src);
  } catch (error) {
    if (signal.aborted) return null;
    if (timeout.signal.aborted) return { ok: false, problems: [problem('timeout', m.timeout(src, timeoutSeconds))] };
    return { ok: false, problems: [problem('network-error', m.networkError(src))] };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A CSV `src`: the clerk's partners sheet (`role` column) or a twinnings sheet. The importer (and
 * d3-dsv) loads only when a CSV arrives. A sheet with errors is not drawn at all, never drawn in
 * part: its problems are listed with file:line:column, led by one that says so, so no row goes
 * missing from a city's page without a word.
 */
async function importCsv(text: string, src: string, partners: boolean, m: Messages): Promise<LoadResult> {
  const { importPartnersSheet, importSpreadsheets } = await import('@twinning/schema/import');
  const imported = partners ? importPartnersSheet(text, src) : { home: null, ...importSpreadsheets({ twinnings: { text, file: src } }) };
  if (imported.dataset) return { ok: true, data: imported.dataset, problems: imported.problems, home: imported.home };
  const rows = new Set(imported.problems.filter((p) => p.severity === 'error' && p.line).map((p) => p.line)).size;
  return { ok: false, problems: [{ ...problem('sheet-not-shown', m.sheetNotShown(src, rows)), file: src }, ...imported.problems] };
}

/** The body as text, or null as soon as it passes `limit` bytes (the rest is never downloaded). */
async function readText(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

let bundled: Promise<LoadResult> | undefined;

/**
 * The bundled Japan–Canada dataset, imported once per page on first use. It passed the full
 * validator in `npm test`, so here it is only checked for shape (and frozen); the validator loads
 * only if that check fails, to say what is wrong.
 */
export function loadBundled(): Promise<LoadResult> {
  bundled ??= import('@twinning/data/japan-canada.json').then(
    ({ default: data }: { default: unknown }) => hasDatasetShape(data)
      ? { ok: true, data: deepFreeze(data), problems: [] }
      : loadValidator().then((v) => v.parse(data)),
    () => ({ ok: false, problems: [problem('bundled-data-missing', 'The bundled Japan–Canada dataset could not be loaded.')] }) as LoadResult,
  );
  return bundled;
}
