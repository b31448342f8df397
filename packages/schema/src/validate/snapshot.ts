/**
 * A safe, plain copy of untrusted input, so that the checks after it can read freely.
 * Getters that throw, revoked proxies and self-references become `Unreadable` markers
 * (reported once, where they occur) instead of exceptions or endless recursion.
 */

/** A value that could not be read; `reason` says why. */
export class Unreadable {
  constructor(readonly reason: string) {}
}

/** A non-JSON object (a Date, a Map, a class instance), kept only by its class name. */
export class Foreign {
  constructor(readonly kind: string) {}
}

/** Plain data: JSON values, plus markers for what JSON cannot hold. */
export type Plain =
  | null
  | boolean
  | number
  | string
  | undefined
  | Unreadable
  | Foreign
  | readonly Plain[]
  | { readonly [key: string]: Plain };

/** Deeper than any dataset needs; stops pathological nesting from exhausting the stack. */
const MAX_DEPTH = 64;

/** Copies `input` into plain data. Never throws. */
export function snapshot(input: unknown): Plain {
  return copy(input, new Set(), 0);
}

function copy(value: unknown, ancestors: Set<object>, depth: number): Plain {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return value;
  }
  if (value === undefined) return undefined;
  if (typeof value !== 'object') return new Foreign(typeof value); // bigint, symbol, function
  if (ancestors.has(value)) return new Unreadable('it contains itself (a cycle)');
  if (depth >= MAX_DEPTH) return new Unreadable(`it is nested more than ${MAX_DEPTH} levels deep`);
  try {
    ancestors.add(value);
    if (Array.isArray(value)) {
      const length = value.length;
      const out: Plain[] = new Array(length);
      for (let i = 0; i < length; i++) {
        let entry: unknown;
        try {
          entry = value[i];
        } catch (error) {
          out[i] = unreadable(error);
          continue;
        }
        out[i] = copy(entry, ancestors, depth + 1);
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype) return new Foreign(className(value));
    const out: { [key: string]: Plain } = {};
    for (const key of Object.keys(value)) {
      let entry: Plain;
      try {
        entry = copy((value as Record<string, unknown>)[key], ancestors, depth + 1);
      } catch (error) {
        // copy never throws, so this is the read of the property (a getter, a revoked proxy).
        entry = unreadable(error);
      }
      // An own "__proto__" key must stay a plain property, not set the copy's prototype.
      // Every other key is a plain assignment: defineProperty per key was the validator's largest cost.
      if (key === '__proto__') Object.defineProperty(out, key, { value: entry, enumerable: true, writable: true, configurable: true });
      else out[key] = entry;
    }
    return out;
  } catch (error) {
    return unreadable(error);
  } finally {
    ancestors.delete(value);
  }
}

function unreadable(error: unknown): Unreadable {
  return new Unreadable(`reading it threw ${errorName(error)}`);
}

function className(value: object): string {
  try {
    const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'object';
  } catch {
    return 'object';
  }
}

function errorName(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${String(error.message).slice(0, 80)}` : 'an exception';
  } catch {
    return 'an exception';
  }
}
