// dataText: the reader's language, or a visible fallback marked in the reader's language.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { dataText, dataTextString, renderDataText } from '../../packages/core/src/index.ts';

const title = { en: 'Student exchange', fr: 'Échange scolaire' };

describe('dataText', () => {
  it('dataText in the reader language has no marker', () => {
    expect(dataText(title, 'fr', 'en')).to.deep.equal({ text: 'Échange scolaire', lang: 'fr', fallback: false, translated: true, marker: '' });
  });

  it('dataText marks a fallback in the reader language: (in English), (en anglais), （英語）', () => {
    expect(dataText({ en: 'Visit' }, 'fr').marker).to.equal('(en anglais)');
    expect(dataText({ en: 'Visit' }, 'ja').marker).to.equal('（英語）');
    expect(dataText({ ja: '訪問' }, 'en').marker).to.equal('(in Japanese)');
  });

  it('dataText marks a translation only where asked to', () => {
    expect(dataText(title, 'fr', 'en', true).marker).to.equal('(traduction)');
    expect(dataText(title, 'en', 'en', true).marker).to.equal('');
  });

  it('dataTextString joins text and marker for accessible names', () => {
    expect(dataTextString(dataText({ en: 'Visit' }, 'ja'))).to.equal('Visit （英語）');
  });

  it('renderDataText tags the fallback with its lang and keeps the marker outside it', async () => {
    const el = await fixture(html`<p lang="ja">${renderDataText(dataText({ en: 'Visit' }, 'ja'), 'ja')}</p>`);
    const span = el.querySelector('span[lang="en"]')!;
    expect(span.textContent).to.equal('Visit');
    expect(el.querySelector('.data-text-marker')!.textContent).to.equal('（英語）');
    expect(el.querySelector('.data-text-marker')!.getAttribute('lang')).to.equal('ja');
    expect(span.contains(el.querySelector('.data-text-marker'))).to.equal(false);
    const same = await fixture(html`<p>${renderDataText(dataText(title, 'en'), 'en')}</p>`);
    expect(same.querySelector('span')).to.equal(null);
    expect(same.textContent).to.equal('Student exchange');
  });
});
