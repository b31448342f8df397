/**
 * Coded console warnings. Each code is documented in docs/warnings.md; an element warns about
 * a code once per instance so a page's console is not flooded.
 */
export const WARNING_CODES = [
  'invalid-attribute',
  'records-not-drawn',
  'invalid-data-warnings',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

const DOCS = 'https://github.com/twinning/twinning/blob/main/docs/warnings.md';

/** Warns once per `seen` set about `code`. */
export function warnOnce(seen: Set<string>, tag: string, code: WarningCode, message: string): void {
  const key = code + message;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${tag}> [${code}] ${message} (${DOCS}#${code})`);
}
