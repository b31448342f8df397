/**
 * The linked state in the URL hash, e.g. `#selected=burnaby-kushiro&since=1980&until=1990`.
 * Only the provider's own keys are read and written; other `key=value` pairs are kept as they
 * are. A hash that is not `key=value` pairs (a plain anchor such as `#report`) is not state: it
 * is ignored when read. Pure: strings in, strings out.
 */
import { LINKED_KEYS, type LinkedKey, type LinkedState } from './linked-state.ts';

const OWN = new Set<string>(LINKED_KEYS);

function pairs(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** Whether `hash` is a list of `key=value` pairs (or empty). */
export function isStateHash(hash: string): boolean {
  return pairs(hash).every((pair) => pair.includes('='));
}

/** The linked state held by `hash`, or null when the hash is not `key=value` pairs. */
export function readHash(hash: string): LinkedState | null {
  if (!isStateHash(hash)) return null;
  const state: Record<string, string | number> = {};
  for (const pair of pairs(hash)) {
    const at = pair.indexOf('=');
    const key = decodeURIComponent(pair.slice(0, at));
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' ')).trim();
    } catch {
      continue;
    }
    if (!OWN.has(key) || value === '') continue;
    if (key === 'since' || key === 'until') {
      const year = Number(value);
      if (Number.isInteger(year)) state[key] = year;
    } else state[key] = value;
  }
  return state as LinkedState;
}

const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',');

/** `hash` with the provider's keys set to `state` (others kept); '' when nothing is left. */
export function writeHash(hash: string, state: LinkedState): string {
  const foreign = isStateHash(hash) ? pairs(hash).filter((pair) => !OWN.has(decodeURIComponent(pair.slice(0, pair.indexOf('='))))) : [];
  const own = LINKED_KEYS.filter((key: LinkedKey) => state[key] !== undefined && state[key] !== '').map((key) => `${key}=${encode(String(state[key]))}`);
  const all = [...foreign, ...own];
  return all.length ? `#${all.join('&')}` : '';
}
