/**
 * The data the builder offers: the bundled dataset, a URL, or a file the editor uploads, each
 * validated on the spot. The problems keep their locations (file, line, column, JSON pointer).
 */
import { loadBundled, loadUrl, messagesFor, type LoadResult } from '@twinning/core';
import { importPartnersSheet, importSpreadsheets, isPartnersSheet, parseJson, textIn, type Problem, type TwinningDataset } from '@twinning/schema';

/** A choice for the focus list: an id and what an editor recognises. */
export interface FocusOption {
  readonly id: string;
  readonly label: string;
}

/** An upload's outcome; a clerk's partners sheet also names its home place (what `place="…"` takes). */
export type UploadResult = LoadResult & { readonly home?: string | null };

/**
 * Validates an uploaded file: JSON, a twinnings CSV, or a clerk's partners CSV (told by its
 * `role` column, whatever the file is called). Problems keep file, line and column.
 */
export function readUpload(name: string, text: string): UploadResult {
  if (isPartnersSheet(text)) {
    const imported = importPartnersSheet(text, name);
    return imported.dataset ? { ok: true, data: imported.dataset, problems: imported.problems, home: imported.home } : { ok: false, problems: imported.problems, home: imported.home };
  }
  if (/\.csv$/i.test(name)) {
    const imported = importSpreadsheets({ twinnings: { text, file: name } });
    return imported.dataset ? { ok: true, data: imported.dataset, problems: imported.problems } : { ok: false, problems: imported.problems };
  }
  return parseJson(text, name);
}

/** Loads the bundled dataset or a URL. */
export async function loadChoice(kind: 'bundled' | 'url', url: string): Promise<LoadResult> {
  if (kind === 'bundled') return loadBundled();
  const result = await loadUrl(url, new AbortController().signal, messagesFor('en'));
  return result ?? { ok: false, problems: [] };
}

/** Where a problem is, in words: "file.csv line 3, column 5", "at /twinnings/2/places". */
export function problemLocation(p: Problem): string {
  const parts: string[] = [];
  if (p.file) parts.push(p.file);
  if (p.line) parts.push(`line ${p.line}${p.column ? `, column ${p.column}` : ''}`);
  if (p.pointer) parts.push(`at ${p.pointer}`);
  return parts.join(' ') || 'the whole file';
}

/** Agreements, labelled "Burnaby – Kushiro (burnaby-kushiro)", sorted by label. */
export function twinningOptions(data: TwinningDataset): FocusOption[] {
  const name = new Map(data.places.map((p) => [p.id, textIn(p.name, 'en').text]));
  return data.twinnings
    .map((t) => ({ id: t.id, label: `${t.places.map((id) => name.get(id) ?? id).join(' – ')} (${t.id})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Places, labelled "Burnaby, CA-BC (ca-bc-burnaby)", sorted by label. */
export function placeOptions(data: TwinningDataset): FocusOption[] {
  return data.places
    .map((p) => ({ id: p.id, label: `${textIn(p.name, 'en').text}, ${p.region ?? p.country} (${p.id})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
