// textIn: the reader's language, a visible fallback, and whether the text is a translation.
import { expect } from '@open-wc/testing';
import { textIn } from '../../packages/schema/src/index.ts';

describe('textIn', () => {
  const title = { en: 'Student exchange', fr: 'Échange scolaire' };

  it('textIn gives the requested language with fallback false', () => {
    expect(textIn(title, 'fr-CA')).to.deep.equal({ text: 'Échange scolaire', lang: 'fr', fallback: false, translated: false });
  });

  it('textIn falls back to English for Japanese and says so', () => {
    expect(textIn(title, 'ja')).to.deep.equal({ text: 'Student exchange', lang: 'en', fallback: true, translated: false });
  });

  it('textIn marks text in another language than the record original as translated', () => {
    expect(textIn(title, 'fr', undefined, 'en')).to.deep.include({ lang: 'fr', translated: true });
    expect(textIn(title, 'en', undefined, 'en')).to.deep.include({ lang: 'en', translated: false });
  });

  it('textIn of a plain string or nothing is undetermined, never a fallback', () => {
    expect(textIn('Visit', 'ja')).to.deep.equal({ text: 'Visit', lang: 'und', fallback: false, translated: false });
    expect(textIn(undefined, 'ja')).to.deep.equal({ text: '', lang: 'und', fallback: false, translated: false });
  });
});
