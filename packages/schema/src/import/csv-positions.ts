/**
 * Where each CSV record and cell starts in the text, so problems can name a line and column.
 * d3-dsv gives the values but no positions, and it reads malformed quoting leniently (an
 * unterminated quote swallows the rest of the file and loses its last character). This scanner
 * follows d3-dsv's record rules exactly (so its records line up with `csvParseRows`) and reports
 * the quoting that d3-dsv would read silently.
 */

/** 1-based line, and 1-based column in UTF-16 code units from the start of that line. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** One record: where each cell starts, and where the record ends (its line break, or end of text). */
export interface RecordPositions {
  readonly cells: readonly TextPosition[];
  readonly end: TextPosition;
}

/** Quoting that is not valid CSV. */
export interface CsvSyntaxIssue extends TextPosition {
  readonly message: string;
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

/** Scans `text` (BOM already removed) into record positions and quoting issues. */
export function scanCsv(text: string): { records: RecordPositions[]; issues: CsvSyntaxIssue[] } {
  const records: RecordPositions[] = [];
  const issues: CsvSyntaxIssue[] = [];
  if (text.length === 0) return { records, issues };
  let n = text.length;
  // Like d3-dsv: one trailing line break does not start another record.
  if (text.charCodeAt(n - 1) === NEWLINE) n--;
  if (text.charCodeAt(n - 1) === RETURN) n--;

  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (k: number): TextPosition => ({ line, column: k - lineStart + 1 });
  /** Consumes the line break at k; returns the index after it. */
  const lineBreak = (k: number): number => {
    const next = text.charCodeAt(k) === RETURN && text.charCodeAt(k + 1) === NEWLINE ? k + 2 : k + 1;
    line++;
    lineStart = next;
    return next;
  };
  const isBreak = (c: number): boolean => c === NEWLINE || c === RETURN;

  let done = false;
  while (!done) {
    const cells: TextPosition[] = [];
    let end: TextPosition | null = null;
    while (end === null) {
      const start = at(i);
      cells.push(start);
      let k = i;
      if (text.charCodeAt(k) === QUOTE) {
        k++;
        for (;;) {
          if (k >= n) {
            issues.push({ ...start, message: 'this quoted cell is never closed: the rest of the file was read into it' });
            break;
          }
          const c = text.charCodeAt(k);
          if (c === QUOTE) {
            if (text.charCodeAt(k + 1) !== QUOTE) break;
            k += 2;
          } else if (isBreak(c)) {
            k = lineBreak(k);
          } else {
            k++;
          }
        }
        k++; // past the closing quote
        if (k < n && text.charCodeAt(k) !== COMMA && !isBreak(text.charCodeAt(k))) {
          // d3-dsv drops this character and starts the next cell after it.
          issues.push({ ...at(k), message: 'text after a closing quote: quote the whole cell, and double any quote inside it ("")' });
          i = k + 1;
          continue;
        }
      } else {
        while (k < n && text.charCodeAt(k) !== COMMA && !isBreak(text.charCodeAt(k))) k++;
      }
      if (k >= n) {
        end = at(Math.min(k, n));
        done = true;
      } else if (text.charCodeAt(k) === COMMA) {
        i = k + 1;
      } else {
        end = at(k);
        i = lineBreak(k);
      }
    }
    records.push({ cells, end });
  }
  return { records, issues };
}
