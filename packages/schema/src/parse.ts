/**
 * parse(input) and parseJson(text): typed, deep-frozen data when the input is a valid dataset,
 * otherwise every problem. JSON syntax errors carry a line and column.
 */
import type { Problem, TwinningDataset } from './types.ts';
import { jsonReason, locateJsonError, positionAt } from './json-position.ts';
import { validateSnapshot, type ValidateOptions } from './validate.ts';
import type { Plain } from './validate/snapshot.ts';

import { MAX_DATASET_BYTES } from './limits.ts';
import { markValidated } from './validated.ts';

export { MAX_DATASET_BYTES };
export { validateAnnotations } from './validate.ts';

/** The outcome of `parse`: read-only data and its warnings, or the problems that stop it. */
export type ParseResult =
  | { readonly ok: true; readonly data: TwinningDataset; readonly problems: Problem[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** Options of `parseJson` and `parseJsonBytes`. */
export interface ParseOptions extends ValidateOptions {
  /** Size limit in bytes of UTF-8 (default MAX_DATASET_BYTES). */
  readonly maxBytes?: number;
}

/**
 * Validates `input` and, when it has no errors, returns a deep-frozen copy typed as a
 * TwinningDataset, with the warnings. The input itself is never modified. A copy made with the
 * default options is remembered (`isValidated`), so giving it to an element as `.data` does not
 * validate it again.
 */
export function parse(input: unknown, options: ValidateOptions = {}): ParseResult {
  const { result, data } = validateSnapshot(input, options);
  if (!result.valid) return { ok: false, problems: result.problems };
  const dataset = deepFreeze(data) as unknown as TwinningDataset;
  // Other rules, another "now" or a cap on problems could pass what the default check would not.
  if (options.rules === undefined && options.now === undefined && options.maxProblems === undefined) markValidated(dataset, result.problems);
  return { ok: true, data: dataset, problems: result.problems };
}

/**
 * Reads a dataset from JSON text. A leading byte-order mark is accepted. Empty text, text over
 * the size limit and JSON syntax errors (with line and column) are reported as problems; `file`,
 * when given, is set on every problem.
 */
export function parseJson(text: string, file?: string, options: ParseOptions = {}): ParseResult {
  const fail = (problem: Problem): ParseResult => ({ ok: false, problems: [withFile(problem, file)] });
  const limit = options.maxBytes ?? MAX_DATASET_BYTES;
  const size = utf8Length(text, limit);
  if (size > limit) {
    return fail({ severity: 'error', code: 'too-large', pointer: '', message: `too large: the text is over the ${formatBytes(limit)} limit; split the dataset or raise maxBytes` });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail({ severity: 'error', code: 'empty-input', pointer: '', message: 'empty input: there is no JSON to read' });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = locateJsonError(body, message);
    return fail({
      severity: 'error',
      code: 'invalid-json',
      pointer: '',
      message: `invalid JSON at line ${at.line}, column ${at.column}: ${jsonReason(message)}`,
      line: at.line,
      column: at.column,
    });
  }
  const result = parse(value, options);
  return file === undefined ? result : { ...result, problems: result.problems.map((p) => withFile(p, file)) };
}

/**
 * Reads a dataset from the bytes of a file: checks the size, rejects UTF-16 and bytes that are
 * not UTF-8 (`invalid-encoding`, with the line of the first bad byte), then calls `parseJson`.
 */
export function parseJsonBytes(bytes: Uint8Array, file?: string, options: ParseOptions = {}): ParseResult {
  const limit = options.maxBytes ?? MAX_DATASET_BYTES;
  const fail = (problem: Problem): ParseResult => ({ ok: false, problems: [withFile(problem, file)] });
  if (bytes.length > limit) {
    return fail({ severity: 'error', code: 'too-large', pointer: '', message: `too large: ${formatBytes(bytes.length)}; the limit is ${formatBytes(limit)}` });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail({ severity: 'error', code: 'invalid-encoding', pointer: '', message: 'invalid encoding: the file is UTF-16; save it as UTF-8' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = positionAt(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
    return fail({
      severity: 'error',
      code: 'invalid-encoding',
      pointer: '',
      message: `invalid encoding at line ${at.line}, column ${at.column}: the bytes are not UTF-8; save the file as UTF-8`,
      line: at.line,
      column: at.column,
    });
  }
  return parseJson(text, file, options);
}

function withFile(problem: Problem, file: string | undefined): Problem {
  return file === undefined ? problem : { ...problem, file };
}

/** UTF-8 length of `text`, counting no further than just past `stop`. */
function utf8Length(text: string, stop: number): number {
  if (text.length * 3 <= stop) return text.length; // cannot exceed the limit; exact size not needed
  // Every UTF-16 code unit is at least one UTF-8 byte, so a string longer than the limit is over it
  // without counting (a 50 MB paste is refused at once instead of walked character by character).
  if (text.length > stop) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) (bytes += 4), i++;
    else bytes += 3;
  }
  return bytes;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${n} bytes`;
}

function deepFreeze(value: Plain): Plain {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, Plain>)[key]!);
  }
  return value;
}
