/**
 * `<twinning-partners>` in the embeds: `embed.html?view=partners&place=…` asks for it, and the embed
 * builder's "Partners of one place" view previews it and writes the code for it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../docs/embed-builder/twinning-embed-builder.ts';
import type { TwinningEmbedBuilder } from '../../docs/embed-builder/twinning-embed-builder.ts';
import { EMBED_VIEWS, readEmbedQuery } from '../../packages/elements/src/embed/embed-params.ts';
import { drawn } from '../embed/frame.ts';

before(() => {
  const reportError = window.onerror;
  window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : reportError?.call(window, message, ...rest));
});

const until = async (check: () => boolean, what: string, ms = 15000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
};

describe('embed.html?view=partners', () => {
  it('readEmbedQuery gives <twinning-partners> with the place, language and card options', () => {
    const request = readEmbedQuery('?view=partners&place=ca-bc-burnaby&lang=fr&activities=5&locator=none');
    expect(request.ok).to.equal(true);
    if (!request.ok) return;
    expect(EMBED_VIEWS[request.view]).to.deep.equal(['twinning-partners']);
    expect(Object.fromEntries(request.own)).to.deep.equal({ place: 'ca-bc-burnaby', lang: 'fr', activities: '5', locator: 'none' });
  });

  it('the built embed page draws the partner cards of the place, in the language asked (needs npm run build:lib)', async function () {
    this.timeout(40000);
    const frame = document.createElement('iframe');
    frame.width = '600';
    frame.height = '700';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/packages/elements/dist/embed.html?view=partners&place=ca-bc-burnaby&lang=ja';
    document.body.append(frame);
    try {
      await loaded;
      await waitUntil(() => frame.contentDocument!.querySelector('twinning-partners'), 'no <twinning-partners> in the embed page', { timeout: 10000 });
      const element = frame.contentDocument!.querySelector('twinning-partners')!;
      const cards = await drawn(element, '[part~="card"]');
      expect(cards.map((c) => c.getAttribute('data-twinning'))).to.deep.equal(['burnaby-kushiro']);
      expect(cards[0]!.querySelector('[part~="name"]')!.textContent!.trim()).to.equal('釧路市');
    } finally {
      frame.remove();
    }
  });
});

describe('<twinning-embed-builder> partners view', function () {
  this.timeout(60000);

  it('"Partners of one place" focuses a place, previews the cards and writes code and iframe query for them', async () => {
    const el = await fixture<TwinningEmbedBuilder>(html`<twinning-embed-builder></twinning-embed-builder>`);
    await until(() => !!el.shadowRoot!.querySelector('.check.ok'), 'the bundled data to be checked');
    el.shadowRoot!.querySelector<HTMLSelectElement>('#view')!.focus();
    await sendKeys({ type: 'Partners' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const preview = () => el.shadowRoot!.querySelector('#preview twinning-partners');
    await until(() => !!preview()?.shadowRoot?.querySelector('[part~="card"]'), 'the previewed partner cards', 30000);
    expect(preview()!.getAttribute('place')).to.equal('ca-bc-burnaby');
    expect(preview()!.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('data-twinning')).to.equal('burnaby-kushiro');
    const code = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#script-code')!.value;
    expect(code).to.contain('<twinning-partners place="ca-bc-burnaby" lang="en" theme="light"></twinning-partners>');
    const iframe = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#iframe-code')!.value;
    const src = new URL(new DOMParser().parseFromString(iframe, 'text/html').querySelector('iframe')!.getAttribute('src')!);
    expect([src.searchParams.get('view'), src.searchParams.get('place')]).to.deep.equal(['partners', 'ca-bc-burnaby']);
    el.shadowRoot!.querySelector<HTMLSelectElement>('#activities')!.focus();
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#script-code')!.value).to.contain('activities="5"');
  });
});
