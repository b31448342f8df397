/**
 * Reads and checks the response to a `src` request (a chunk of its own, see loadUrl): HTTP status,
 * size, content type, then the CSV importer or the JSON validator. A response over
 * MAX_DATASET_BYTES stops early with a "too large" problem: from Content-Length when the server
 * sends it, otherwise by counting the bytes as they stream in, so a huge file never freezes the tab.
 */
import { MAX_DATASET_BYTES } from '@twinning/schema';
import { loadValidator, problem, type LoadResult } from './load-dataset.ts';
import type { Messages } from './messages.ts';

/** The dataset in `response`, or null if `signal` aborted the load meanwhile. Throws on network errors (loadUrl reports them). */
export async function readResponse(response: Response, src: string, signal: AbortSignal, m: Messages): Promise<LoadResult | null> {
  const tooLarge = (): LoadResult => ({ ok: false, problems: [{ ...problem('too-large', m.tooLarge(src, `${MAX_DATASET_BYTES / (1024 * 1024)} MB`)), file: src }] });
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
  const isCsv = /\.csv($|[?#])/i.test(src) || type.includes('text/csv');
  if (isCsv) {
    // The spreadsheet importer (and d3-dsv) loads only when a CSV arrives.
    const { importSpreadsheets } = await import('@twinning/schema/import');
    const imported = importSpreadsheets({ twinnings: { text, file: src } });
    return imported.dataset ? { ok: true, data: imported.dataset, problems: imported.problems } : { ok: false, problems: imported.problems };
  }
  return (await loadValidator()).parseJson(text, src);
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
