// textIn: the reader's language, a visible fallback, and whether the text is a translation.
import { expect } from '@open-wc/testing';
import { textFor, textIn } from '../../packages/schema/src/index.ts';

describe('textFor', () => {
  const title = { en: 'Student exchange', fr: 'Échange scolaire' };

  it('textFor gives the requested language with fallback false', () => {
    expect(textFor(title, 'fr-CA')).to.deep.equal({ text: 'Échange scolaire', lang: 'fr', fallback: false, translated: false });
  });

  it('textFor falls back to English for Japanese and says so', () => {
    expect(textFor(title, 'ja')).to.deep.equal({ text: 'Student exchange', lang: 'en', fallback: true, translated: false });
  });

  it('textFor marks text in another language than the record original as translated', () => {
    expect(textFor(title, 'fr', 'en')).to.deep.include({ lang: 'fr', translated: true });
    expect(textFor(title, 'en', 'en')).to.deep.include({ lang: 'en', translated: false });
  });

  it('textFor of a plain string or nothing is undetermined, never a fallback', () => {
    expect(textFor('Visit', 'ja')).to.deep.equal({ text: 'Visit', lang: 'und', fallback: false, translated: false });
    expect(textFor(undefined, 'ja')).to.deep.equal({ text: '', lang: 'und', fallback: false, translated: false });
  });
});

describe('textIn', () => {
  it('textIn keeps its shape: text and lang only', () => {
    expect(textIn({ en: 'Visit' }, 'ja')).to.deep.equal({ text: 'Visit', lang: 'en' });
  });
});
