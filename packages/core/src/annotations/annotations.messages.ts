/** UI text about editors' notes (callouts, their table, the summary sentence), by language. */
import type { Locale } from '../locale.ts';
import { MessageCatalog } from '../message-catalog.ts';

const en = {
  /** The accessible name of callout `n`: its number and the note. */
  note: (n: number, text: string) => `Note ${n}: ${text}`,
  /** Starts the summary's list of notes. */
  notes: (n: number) => (n === 1 ? '1 note:' : `${n} notes:`),
  tableCaption: 'Annotations',
  number: 'No.',
  text: 'Note',
  about: 'About',
  sources: 'Sources',
  kinds: { twinning: 'agreement', place: 'place', activity: 'activity', category: 'category', years: 'years' } as Record<string, string>,
  notShown: (n: number) => (n === 1 ? '1 note not shown' : `${n} notes not shown`),
  details: 'details',
};

/** The strings of the notes. */
export type AnnotationMessages = typeof en;

const catalog = new MessageCatalog<AnnotationMessages>(en, {
  fr: () => import('./annotations.messages.fr.ts'),
  ja: () => import('./annotations.messages.ja.ts'),
});

/** The notes' strings in `locale` (English until its chunk has loaded). */
export function annotationMessages(locale: Locale): AnnotationMessages {
  return catalog.get(locale);
}
