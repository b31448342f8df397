/** The timeline fixture with four editors' notes: an activity, a range of years, a category, an agreement. */
import type { Annotation, TwinningDataset } from '@twinning/schema';
import small from '../fixtures/timeline-small.json';

export const NOTES: Annotation[] = [
  {
    id: 'n-carving', activity: 'bk-1990-carving',
    text: { en: 'Carving of the Kamui Mintara sculpture began in February 1990.', fr: 'La sculpture Kamui Mintara est commencée en février 1990.', ja: '1990年2月、カムイミンタラの彫刻が始まった。' },
  },
  { id: 'n-wave', year: 1980, until: 1989, text: { en: 'The 1980s wave of signings.', fr: 'La vague de signatures des années 1980.', ja: '1980年代の提携の波。' } },
  { id: 'n-indigenous', category: 'indigenous', text: { en: 'Indigenous exchanges are few but often cited.', fr: 'Les échanges autochtones sont rares mais souvent cités.', ja: '先住民の交流は少ないが、よく挙げられる。' } },
  { id: 'n-burnaby', twinning: 'burnaby-kushiro', text: { en: 'Partners since 1965.' }, sources: ['burnaby-page27'] },
];

/** The fixture with `NOTES` as its annotations. */
export function annotated(notes: readonly Annotation[] = NOTES): TwinningDataset {
  return { ...(small as unknown as TwinningDataset), annotations: notes };
}
