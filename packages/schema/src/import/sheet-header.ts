/**
 * Telling sheets apart by their header row, without reading the whole CSV (and without d3-dsv),
 * so a loader can decide which importer to fetch.
 */

/** The lower-case column names of a CSV's first line (a BOM, quotes and spaces removed). */
export function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

/** True when `text` reads as a clerk's partners sheet: CSV (not JSON) whose header has a `role` column. */
export function isPartnersSheet(text: string): boolean {
  return !/^\uFEFF?\s*[[{]/.test(text) && csvHeader(text).includes('role');
}
