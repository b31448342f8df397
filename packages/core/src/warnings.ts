/**
 * Coded console warnings. Each code is documented in docs/warnings.md; an element warns about
 * a code once per instance so a page's console is not flooded.
 */
export const WARNING_CODES = [
  'invalid-attribute',
  'records-not-drawn',
  'invalid-data-warnings',
  'duplicate-definition',
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

let duplicateWarned = false;

/**
 * A second copy of the library found its tags taken: one warning for the whole copy (not one per
 * tag), since the page works with the first copy's elements.
 */
export function warnDuplicateOnce(tag: string): void {
  if (duplicateWarned) return;
  duplicateWarned = true;
  console.warn(
    `<${tag}> [duplicate-definition] Twinning is loaded twice on this page; the elements defined first are used and this copy is ignored. Load one copy. (${DOCS}#duplicate-definition)`,
  );
}
