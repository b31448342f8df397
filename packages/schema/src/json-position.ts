/**
 * Where a JSON syntax error is. Engines word their errors differently (V8: "… in JSON at position 42
 * (line 3 column 5)"; Firefox: "… at line 3 column 5 of the JSON data"; Safari: no position at all),
 * so the position is read from the message when it is there, and otherwise found by scanning.
 */

/** A 1-based line and column, and the 0-based offset they stand for. */
export interface TextPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Line and column (1-based, in UTF-16 code units) of an offset in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

/** The offset of a syntax error in `text`, given the engine's message. */
export function locateJsonError(text: string, message: string): TextPosition {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) {
    const line = Number(lineColumn[1]);
    const column = Number(lineColumn[2]);
    return { offset: offsetOf(text, line, column), line, column };
  }
  const at = /position (\d+)/i.exec(message);
  if (at) return positionAt(text, Number(at[1]));
  return positionAt(text, scanJson(text));
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line && offset < text.length; offset++) {
    if (text[offset] === '\n') l++;
  }
  return offset + column - 1;
}

/** The engine's message without its position suffix, for our own "at line L, column C". */
export function jsonReason(message: string): string {
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/^JSON Parse error: /, '')
    .replace(/,? ?(?:in JSON )?at position \d+.*$/i, '')
    .replace(/ at line \d+ column \d+.*$/i, '')
    .replace(/ in JSON$/, '')
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .trim();
  return reason === '' ? 'syntax error' : reason;
}

const WS = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/**
 * The offset of the first JSON syntax error in `text`, or text.length when it ends too early.
 * Iterative, so deeply nested input cannot overflow the stack. Returns -1 if the text is valid.
 */
export function scanJson(text: string): number {
  let i = 0;
  const stack: string[] = []; // expected closers
  const skip = () => {
    while (i < text.length && WS.test(text[i]!)) i++;
  };
  /** Reads a scalar, or steps into a container and returns its closer. */
  const value = (): boolean | '}' | ']' => {
    skip();
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === '{' || ch === '[') return (i++, ch === '{' ? '}' : ']');
    NUMBER.lastIndex = i;
    LITERAL.lastIndex = i;
    const m = NUMBER.exec(text) ?? LITERAL.exec(text);
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) return (i++, true);
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return ((i += 2), false);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return ((i += 1), false);
      } else i++;
    }
    return false;
  };
  // One loop: read a value; if it opens a container, descend; then read separators and closers.
  let expectKey = false;
  for (;;) {
    skip();
    if (expectKey) {
      if (text[i] !== '"' || !string()) return i;
      skip();
      if (text[i] !== ':') return i;
      i++;
    }
    const read = value();
    if (!read) return i;
    if (read !== true) {
      const closer = read;
      skip();
      if (text[i] === closer) {
        i++;
      } else {
        stack.push(closer);
        expectKey = closer === '}';
        continue;
      }
    }
    for (;;) {
      skip();
      const closer = stack[stack.length - 1];
      if (closer === undefined) {
        return i === text.length ? -1 : i;
      }
      if (text[i] === ',') {
        i++;
        expectKey = closer === '}';
        break;
      }
      if (text[i] !== closer) return i;
      i++;
      stack.pop();
    }
  }
}
