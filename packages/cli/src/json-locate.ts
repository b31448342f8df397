/**
 * Finds where a JSON pointer's value starts in JSON text, for FILE:LINE:COL messages. The text is
 * already known to be valid JSON. When the pointer goes past what exists (a missing field), the
 * position of the deepest value that does exist is returned.
 */

/** 1-based line and column (UTF-16 code units). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Where the value at `pointer` starts in `text`, or its nearest existing ancestor. */
export function locatePointer(text: string, pointer: string): Position {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  for (const token of tokens) {
    const next = child(text, i, token);
    if (next === null) break;
    i = next;
  }
  return positionOf(text, i);
}

/** The offset of the member `token` of the object or array starting at `i`, or null. */
function child(text: string, start: number, token: string): number | null {
  const open = text[start];
  if (open !== '{' && open !== '[') return null;
  const close = open === '{' ? '}' : ']';
  let i = skipSpace(text, start + 1);
  for (let n = 0; i < text.length && text[i] !== close; n++) {
    let matches = String(n) === token;
    if (open === '{') {
      const end = skipString(text, i);
      matches = readKey(text, i, end) === token;
      i = skipSpace(text, skipSpace(text, end) + 1); // past ":"
    }
    if (matches) return i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return null;
}

function readKey(text: string, start: number, end: number): string | null {
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return null;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  return i;
}

/** The offset just past the string starting at `i`. */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return i;
}

/** The offset just past the value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') i = skipString(text, i) - 1;
      else if (ch === '{' || ch === '[') depth++;
      else if ((ch === '}' || ch === ']') && --depth === 0) return i + 1;
    }
    return i;
  }
  while (i < text.length && !',}] \t\n\r'.includes(text[i]!)) i++;
  return i;
}

function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
