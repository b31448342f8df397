/**
 * Where an element's data comes from, in order: the `.data` property, the `src` URL, a
 * `<twinning-data>` provider, and otherwise the bundled Japan–Canada dataset (a dynamic import,
 * so pages that bring their own data never download it). Every failure becomes problems with a
 * location (URL and HTTP status, JSON line:column, JSON pointer), never an exception.
 */
import { importSpreadsheets, parse, parseJson, type Problem, type TwinningDataset } from '@twinning/schema';
import type { Messages } from './messages.ts';

/** The outcome of a load: a dataset (maybe with warnings) or the problems that stopped it. */
export type LoadResult =
  | { readonly ok: true; readonly data: TwinningDataset; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** How long a `src` request may take before it is aborted with a message. */
export const LOAD_TIMEOUT_SECONDS = 30;

const problem = (code: string, message: string, pointer = ''): Problem => ({ severity: 'error', code, pointer, message });

/** Validates an object given as `.data`. */
export function loadObject(input: unknown): LoadResult {
  return parse(input);
}

/** Fetches and validates `src`; a newer call's `signal` aborts this one, which then resolves to null. */
export async function loadUrl(src: string, signal: AbortSignal, m: Messages): Promise<LoadResult | null> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), LOAD_TIMEOUT_SECONDS * 1000);
  const both = AbortSignal.any([signal, timeout.signal]);
  try {
    const response = await fetch(src, { signal: both });
    if (!response.ok) return { ok: false, problems: [problem('http-error', m.httpError(src, response.status, response.statusText))] };
    const text = await response.text();
    if (signal.aborted) return null;
    const isCsv = /\.csv($|[?#])/i.test(src) || (response.headers.get('content-type') ?? '').includes('text/csv');
    if (isCsv) {
      const imported = importSpreadsheets({ twinnings: { text, file: src } });
      return imported.dataset ? { ok: true, data: imported.dataset, problems: imported.problems } : { ok: false, problems: imported.problems };
    }
    return parseJson(text, src);
  } catch (error) {
    if (signal.aborted) return null;
    if (timeout.signal.aborted) return { ok: false, problems: [problem('timeout', m.timeout(src, LOAD_TIMEOUT_SECONDS))] };
    return { ok: false, problems: [problem('network-error', m.networkError(src))] };
  } finally {
    clearTimeout(timer);
  }
}

let bundled: Promise<LoadResult> | undefined;

/** The bundled Japan–Canada dataset, imported once per page on first use. */
export function loadBundled(): Promise<LoadResult> {
  bundled ??= import('@twinning/data/japan-canada.json').then(
    (module) => parse((module as { default: unknown }).default),
    () => ({ ok: false, problems: [problem('bundled-data-missing', 'The bundled Japan–Canada dataset could not be loaded.')] }) as LoadResult,
  );
  return bundled;
}
