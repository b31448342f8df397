import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { localeLoading } from '@twinning/core';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/provider/src/index.ts';
import '../../packages/partners/src/index.ts';
import type { TwinningPartners } from '../../packages/partners/src/index.ts';
import multi from '../fixtures/multi-country-city.json';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { nextEvent } from '../helpers/events.ts';

const data = multi as unknown as TwinningDataset;
const HOME = 'ca-bc-port-alder';
const NOW = '2026-06-01';

const settled = (el: Element) => el.shadowRoot!.querySelector('[part~="card"], [part~="empty"], [part~="error"]');

async function ready<T extends TwinningPartners>(el: T): Promise<T> {
  for (let i = 0; i < 150 && !settled(el); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

async function mount(template: ReturnType<typeof html>, width = 900): Promise<TwinningPartners> {
  const host = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  return ready(host.querySelector('twinning-partners')!);
}

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardOf = (el: Element, twinning: string) => cards(el).find((c) => c.dataset['twinning'] === twinning)!;

function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + Math.min(box.height / 2, 20))];
}

describe('<twinning-partners> cards', () => {
  it('draws one card per partner of the place, ordered by signing date, with both names', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    expect(cards(el).map((c) => c.dataset['place'])).to.deep.equal([
      'jp-14-yokohama', 'ua-51-odesa', 'cn-gd-guangzhou', 'gb-edh-edinburgh', 'mx-jal-guadalajara',
      'nz-wgn-wellington', 'us-ca-los-angeles', 'jp-14-kamakura',
    ]);
    const yokohama = cardOf(el, 'port-alder-yokohama');
    expect(text(yokohama.querySelector('[part~="name"]'))).to.equal('Yokohama 横浜市');
    expect(yokohama.querySelector('[part~="own-name"]')!.getAttribute('lang')).to.equal('ja');
    expect(cardOf(el, 'port-alder-odesa').querySelector('[part~="own-name"]')!.textContent).to.equal('Одеса');
    expect(cardOf(el, 'port-alder-odesa').querySelector('[part~="own-name"]')!.getAttribute('lang')).to.equal('uk');
    // Edinburgh's own name is its English one: no second name.
    expect(cardOf(el, 'port-alder-edinburgh').querySelector('[part~="own-name"]')).to.equal(null);
  });
});
