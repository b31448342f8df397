/**
 * The "Use your own data" panel: a file picker and a drop zone. Files are validated first
 * (`readOwnData`); every problem is listed with its location, and only a valid dataset replaces
 * the provider's data. Text from files is always set as text.
 */
import type { Problem, TwinningDataset } from '@twinning/schema';
import { problemLocation, readOwnData, type OwnDataResult, type OwnFile } from './own-data.ts';
import type { DemoStrings } from './strings.ts';

/** What the panel reads from and writes to. */
export interface OwnDataTargets {
  /** Receives `.data` when the files are valid. */
  readonly provider: HTMLElement & { data?: unknown };
  /** The list of problems (an `<ol>`). */
  readonly problems: HTMLOListElement;
  /** The one-line outcome (a polite live region). */
  readonly status: HTMLElement;
}

function problemItem(p: Problem, t: DemoStrings): HTMLLIElement {
  const li = document.createElement('li');
  li.className = p.severity;
  const where = document.createElement('code');
  where.textContent = problemLocation(p);
  const severity = document.createElement('span');
  severity.className = 'severity';
  severity.textContent = p.severity === 'error' ? t.error : t.warning;
  li.append(where, ' ', severity, ' ', p.message);
  return li;
}

/**
 * Validates `files` and shows the outcome: on success the provider gets the dataset (and
 * `onData` is called); otherwise the problems are listed and the provider keeps its data.
 */
export function useOwnData(files: readonly OwnFile[], targets: OwnDataTargets, t: DemoStrings, onData?: (data: TwinningDataset, problems: readonly Problem[]) => void): OwnDataResult {
  const result = readOwnData(files);
  const names = files.map((f) => f.name).join(', ');
  targets.problems.replaceChildren(...result.problems.map((p) => problemItem(p, t)));
  targets.problems.hidden = result.problems.length === 0;
  if (result.ok) {
    targets.status.textContent = `${t.loaded(names, result.data.twinnings.length)}${result.problems.length ? ` ${t.loadedWarnings(result.problems.length)}` : ''}`;
    targets.provider.data = result.data;
    onData?.(result.data, result.problems);
  } else {
    targets.status.textContent = t.rejected(names || '—', result.problems.length);
  }
  targets.status.dataset['outcome'] = result.ok ? 'ok' : 'rejected';
  return result;
}

/** Reads browser files as text. */
export async function readFiles(list: FileList | readonly File[]): Promise<OwnFile[]> {
  return Promise.all([...list].map(async (file) => ({ name: file.name, text: await file.text() })));
}

/** Wires the picker and the drop zone to `handle`. */
export function attachOwnDataInputs(input: HTMLInputElement, zone: HTMLElement, handle: (files: OwnFile[]) => void): void {
  input.addEventListener('change', async () => {
    if (input.files?.length) handle(await readFiles(input.files));
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', async (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const files = event.dataTransfer?.files;
    if (files?.length) handle(await readFiles(files));
  });
}
