/**
 * Reads and checks the response to a `src` request (a chunk of its own, see loadUrl): HTTP status,
 * size, content type, then the CSV importer or the JSON validator. A response over
 * MAX_DATASET_BYTES stops early with a "too large" problem: from Content-Length when the server
 * sends it, otherwise by counting the bytes as they stream in, so a huge file never freezes the tab.
 */
import { isPartnersSheet, MAX_DATASET_BYTES } from '@twinning/schema';
import { loadValidator, problem, type LoadResult } from './load-dataset.ts';
import { loadMessages, type LoadMessages } from './load-messages.ts';
import type { Messages } from './messages.ts';

/** The dataset in `response`, or null if `signal` aborted the load meanwhile. Throws on network errors (loadUrl reports them). */
export async function readResponse(response: Response, src: string, signal: AbortSignal, messages: Messages): Promise<LoadResult | null> {
  const m = loadMessages(messages);
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
  // A clerk's partners sheet is told by its `role` column, whatever the server calls it.
  const partners = isPartnersSheet(text);
  if (partners || /\.csv($|[?#])/i.test(src) || type.includes('text/csv')) return importCsv(text, src, partners, m);
  return (await loadValidator()).parseJson(text, src);
}

/**
 * A CSV `src`: the clerk's partners sheet (`role` column) or a twinnings sheet. The importer (and
 * d3-dsv) loads only when a CSV arrives. A sheet with errors is not drawn at all, never drawn in
 * part: its problems are listed with file:line:column, led by one that says so, so no row goes
 * missing from a city's page without a word.
 */
async function importCsv(text: string, src: string, partners: boolean, m: LoadMessages): Promise<LoadResult> {
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
