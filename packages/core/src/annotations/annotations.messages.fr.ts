/** French UI text for `annotations.messages.ts`, loaded only where the page speaks French. */
import type { AnnotationMessages } from './annotations.messages.ts';

const fr: AnnotationMessages = {
  note: (n, text) => `Note ${n} : ${text}`,
  notes: (n) => (n === 1 ? '1 note :' : `${n} notes :`),
  tableCaption: 'Annotations',
  number: 'No',
  text: 'Note',
  about: 'Objet',
  sources: 'Sources',
  kinds: { twinning: 'jumelage', place: 'lieu', activity: 'activité', category: 'catégorie', years: 'années' },
  notShown: (n) => (n === 1 ? '1 note non affichée' : `${n} notes non affichées`),
  details: 'détails',
};
export default fr;
