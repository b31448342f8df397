/** The optional meta object of an import: dataset-level fields merged into the result. */
import type { ImportProblems } from './locations.ts';

/** Fields meta may carry; each goes into the dataset as given, and the validator checks it. */
export const META_FIELDS = ['schemaVersion', 'title', 'description', 'version', 'updated', 'license', 'categories', 'regions', 'rules', 'sources'] as const;

/** Meta taken apart: the dataset-level fields, and the declared sources. */
export interface ReadMeta {
  readonly fields: { readonly [field: string]: unknown };
  readonly sources: readonly unknown[];
}

/** Reads `meta`; anything it cannot use is reported (meta problems have a pointer but no cell). */
export function readMeta(meta: unknown, problems: ImportProblems): ReadMeta {
  if (meta === undefined || meta === null) return { fields: {}, sources: [] };
  if (typeof meta !== 'object' || Array.isArray(meta)) {
    problems.error('wrong-type', `meta must be an object with ${META_FIELDS.join(', ')}; got ${Array.isArray(meta) ? 'an array' : typeof meta}`, undefined);
    return { fields: {}, sources: [] };
  }
  const fields: { [field: string]: unknown } = {};
  let sources: readonly unknown[] = [];
  for (const [key, value] of Object.entries(meta)) {
    if (key === 'sources') {
      if (Array.isArray(value)) sources = value;
      else problems.error('wrong-type', 'meta.sources must be an array of sources ({id, title, url?, publisher?, date?, language?, archiveUrl?})', undefined, '/sources');
    } else if ((META_FIELDS as readonly string[]).includes(key)) {
      fields[key] = value;
    } else {
      problems.warn('unknown-field', `meta field "${key}" is not used by the import; it takes ${META_FIELDS.join(', ')}`, undefined);
    }
  }
  return { fields, sources };
}
