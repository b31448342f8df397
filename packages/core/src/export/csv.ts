/**
 * CSV of a `TableModel`: the header is the column labels, one line per row, in the order and
 * the language the table shows. RFC 4180 quoting and CRLF line ends.
 *
 * Decision: the file starts with a UTF-8 byte-order mark, because Excel (the most common
 * consumer) otherwise reads UTF-8 as a legacy code page and garbles Japanese and accented names.
 * Other tools (pandas, R, LibreOffice, d3-dsv with a trim) accept or strip the BOM.
 */
import type { TableModel } from '../data-table.ts';

/** The byte-order mark placed before the CSV text. */
export const CSV_BOM = '\uFEFF';

/**
 * Quotes a field when it holds a comma, a quote, a line break or edge spaces. Text that a
 * spreadsheet would run as a formula (=, +, -, @ at the start, unless it is a number) gets a
 * leading apostrophe, so a downloaded file can never execute anything.
 */
export function csvField(value: string): string {
  let text = value;
  if (/^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text (without BOM) of `model`. */
export function tableToCsv(model: TableModel): string {
  const lines = [model.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of model.rows) lines.push(model.columns.map((c) => csvField(row.cells[c.key]?.text ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A downloadable CSV blob of `model`, UTF-8 with BOM. */
export function csvBlob(model: TableModel): Blob {
  return new Blob([CSV_BOM, tableToCsv(model)], { type: 'text/csv;charset=utf-8' });
}
