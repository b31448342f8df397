/** Reads a file as UTF-8 text, turning every way it can fail into one plain sentence. */
import { readFileSync, statSync } from 'node:fs';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The text, or why there is none. */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: string; readonly message: string };

const fail = (code: string, message: string): ReadResult => ({ ok: false, code, message });

/** Reads `path`: checks it exists, is a file, is not over the limit, is not empty and is UTF-8. */
export function readTextFile(path: string, limit = MAX_FILE_BYTES): ReadResult {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('not-a-file', 'is a directory, not a file');
    if (!stat.isFile()) return fail('not-a-file', 'is not a regular file');
    size = stat.size;
  } catch (error) {
    return fail('unreadable', describe(error));
  }
  if (size > limit) return fail('too-large', `is ${megabytes(size)}; the limit is ${megabytes(limit)}, so it was not read`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail('unreadable', describe(error));
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('invalid-encoding', 'is UTF-16 encoded; save it as UTF-8');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return fail('invalid-encoding', `is not valid UTF-8 (first bad byte at line ${line}, column ${column}); save it as UTF-8`);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return fail('empty-input', size === 0 ? 'is empty' : 'holds only whitespace');
  return { ok: true, text };
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ENOTDIR') return 'does not exist (a part of the path is not a directory)';
  return `cannot be read (${typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown error'})`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
