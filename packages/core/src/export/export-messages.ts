/**
 * UI text of the export-and-cite menu, in each supported locale. Kept apart from the shared
 * messages so the menu is one concern in one folder.
 */
import type { Locale } from '../locale.ts';
import { MessageCatalog } from '../message-catalog.ts';

const en = {
  menu: 'Export',
  menuLabel: 'Export and cite',
  png: 'Download PNG image',
  svg: 'Download SVG image',
  csv: 'Download data (CSV)',
  embed: 'Copy embed code',
  cite: 'Cite this data',
  copied: 'Embed code copied.',
  copyFailed: 'Copying was blocked: the code is selected below, copy it with Ctrl+C or ⌘C.',
  embedLabel: 'Embed code',
  downloaded: (file: string) => `Downloaded ${file}.`,
  exportFailed: 'The export failed.',
  citationTitle: 'Citation',
  dataset: 'Dataset',
  updated: 'Updated',
  license: 'License',
  suggested: 'Suggested citation',
  sources: 'Sources',
  untitled: 'Twinning dataset',
  citation: (title: string, updated: string, license: string, accessed: string) =>
    `${title}${updated ? ` (updated ${updated})` : ''}. Dataset${license ? `, license ${license}` : ''}. Accessed ${accessed}.`,
  dataComment: 'The data was given as a property (.data), which HTML cannot carry: publish it and set src, or the bundled Japan–Canada dataset is shown.',
  close: 'Close',
};

/** The menu's strings in one locale. */
export type ExportMessages = typeof en;

// French and Japanese are chunks of their own, loaded on first use (see message-catalog.ts).
const catalog = new MessageCatalog<ExportMessages>(en, {
  fr: () => import('./export-messages.fr.ts'),
  ja: () => import('./export-messages.ja.ts'),
});

/** The export menu's strings in `locale`. */
export function exportMessagesFor(locale: Locale): ExportMessages {
  return catalog.get(locale);
}
