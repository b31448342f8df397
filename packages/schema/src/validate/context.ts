/** The problem list being built, JSON pointers, and plain descriptions of values for messages. */
import type { Problem } from '../types.ts';
import { severityOf, type ProblemCode } from './codes.ts';
import { Foreign, Unreadable, type Plain } from './snapshot.ts';

/** Default cap on reported problems, so a broken 20 MB file gives a readable report. */
export const MAX_PROBLEMS = 1000;

/** Collects problems up to a limit. */
export class Reporter {
  readonly problems: Problem[] = [];
  private dropped = 0;

  constructor(private readonly limit: number = MAX_PROBLEMS) {}

  /** Records a problem; the severity comes from the code. */
  report(code: ProblemCode, pointer: string, message: string): void {
    if (this.problems.length >= this.limit) {
      this.dropped++;
      return;
    }
    this.problems.push({ severity: severityOf(code), code, pointer, message });
  }

  /** The problems, with a closing note when some were left out. */
  finish(): Problem[] {
    if (this.dropped > 0) {
      this.problems.push({
        severity: 'warning',
        code: 'too-many-problems',
        pointer: '',
        message: `stopped after ${this.limit} problems; ${this.dropped} more were not listed`,
      });
    }
    return this.problems;
  }
}

/** Escapes one reference token (RFC 6901: "~" → "~0", "/" → "~1"). */
export function escapePointerToken(token: string | number): string {
  // Most tokens are field names and indexes with nothing to escape: no regular expression for those.
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Appends tokens to a JSON pointer (built for every field checked, so kept to plain concatenation). */
export function pointerTo(base: string, ...tokens: (string | number)[]): string {
  let pointer = base;
  for (const token of tokens) pointer += '/' + escapePointerToken(token);
  return pointer;
}

/** A plain object of the snapshot, or null. */
export function asObject(value: Plain): { readonly [key: string]: Plain } | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Unreadable) && !(value instanceof Foreign)
    ? (value as { readonly [key: string]: Plain })
    : null;
}

/** The JSON type name of a value, for "expected a string, got a number" messages. */
export function typeName(value: Plain): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Foreign) return value.kind === 'object' ? 'a non-plain object' : `a ${value.kind}`;
  if (value instanceof Unreadable) return 'an unreadable value';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/** A short quotation of a value for a message: strings quoted, long ones cut. */
export function quote(value: Plain): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}

/** "a, b or c" list of valid values. */
export function oneOf(values: readonly string[]): string {
  return values.join(', ');
}
