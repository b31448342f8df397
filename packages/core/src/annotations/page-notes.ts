/**
 * Notes given on the page rather than in the dataset: the element's and the provider's
 * `annotations` properties, and `<script type="application/json" slot="annotations">` children
 * of the element or of its `<twinning-data>`. Read here; checked against the dataset with the
 * schema's `validateAnnotations`, keeping the notes without errors.
 */
import type { Annotation, Problem, TwinningDataset, ValidationResult } from '@twinning/schema';

/** The script that carries notes, as a child of an element or of `<twinning-data>`. */
export const NOTES_SCRIPT = ':scope > script[type="application/json"][slot="annotations"]';

/** The page's notes as found: each input with the pointer its problems start at. */
export interface PageNotes {
  /** Changes whenever any input changes (to check again only then). */
  readonly key: string;
  readonly inputs: readonly { readonly value: unknown; readonly at: string }[];
  /** Scripts whose JSON could not be read. */
  readonly problems: readonly Problem[];
}

const given = (value: unknown) => value !== undefined && value !== null;

/** Collects the page's notes around `host`. */
export function readPageNotes(host: Element, own: unknown, shared: unknown): PageNotes {
  const provider = host.closest('twinning-data');
  const scripts = [...host.querySelectorAll(NOTES_SCRIPT), ...(provider ? provider.querySelectorAll(NOTES_SCRIPT) : [])];
  const texts = scripts.map((s) => s.textContent ?? '');
  const inputs: { value: unknown; at: string }[] = [];
  const problems: Problem[] = [];
  if (given(own)) inputs.push({ value: own, at: '/annotations' });
  if (given(shared)) inputs.push({ value: shared, at: 'twinning-data /annotations' });
  texts.forEach((text, i) => {
    const at = `script[slot="annotations"] #${i + 1}`;
    try {
      inputs.push({ value: JSON.parse(text), at });
    } catch (error) {
      problems.push({ severity: 'error', code: 'invalid-json', pointer: '', message: `invalid JSON in ${at}: ${(error as Error).message}` });
    }
  });
  return { key: JSON.stringify([own ?? null, shared ?? null, texts]), inputs, problems };
}

/** The notes of `page` that pass their check against `dataset`, and every problem found. */
export function checkPageNotes(
  page: PageNotes, dataset: TwinningDataset, validate: (input: unknown, dataset: TwinningDataset, at: string) => ValidationResult,
): { notes: Annotation[]; problems: Problem[] } {
  const notes: Annotation[] = [];
  const problems: Problem[] = [...page.problems];
  for (const { value, at } of page.inputs) {
    const result = validate(value, dataset, at);
    problems.push(...result.problems);
    if (!Array.isArray(value)) continue;
    const bad = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.pointer.slice(at.length + 1).split('/')[0]));
    value.forEach((note, i) => !bad.has(String(i)) && notes.push(note as Annotation));
  }
  return { notes, problems };
}
