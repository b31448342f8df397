/**
 * `<twinning-partners>` on paper and in forced colours (emulated as in test/robustness): printed
 * cards stay whole, lose their controls and backgrounds and show their link addresses; in forced
 * colours the selection and the focus stay visible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/partners/src/index.ts';
import type { TwinningPartners } from '../../packages/partners/src/index.ts';
import multi from '../fixtures/multi-country-city.json';

const data = multi as unknown as TwinningDataset;

async function mount(): Promise<TwinningPartners> {
  const host = await fixture<HTMLElement>(html`<div style="width: 900px"><twinning-partners place="ca-bc-port-alder" now="2026-06-01"
    selected="port-alder-odesa" .data=${data}></twinning-partners></div>`);
  const el = host.querySelector('twinning-partners')!;
  for (let i = 0; i < 150 && !el.shadowRoot!.querySelector('[part~="card"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  return el;
}

const card = (el: Element, twinning: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="card"][data-twinning="${twinning}"]`)!;

describe('<twinning-partners> in print', function () {
  this.timeout(30000);
  before(() => emulateMedia({ media: 'print' }));
  after(() => emulateMedia({ media: 'screen' }));

  it('prints every card whole, without the actions or backgrounds, with link addresses after the links', async () => {
    const el = await mount();
    expect(matchMedia('print').matches).to.equal(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="actions"]')!).display).to.equal('none');
    const cards = [...el.shadowRoot!.querySelectorAll('[part~="card"]')];
    expect(cards.length).to.equal(8);
    for (const c of cards) expect(getComputedStyle(c.parentElement!).breakInside).to.equal('avoid');
    const yokohama = card(el, 'port-alder-yokohama');
    const contact = yokohama.querySelector('[part~="contact"] a')!;
    expect(getComputedStyle(contact, '::after').content).to.contain('https://example.org/port-alder/yokohama');
    expect(getComputedStyle(card(el, 'port-alder-odesa').querySelector('[part~="anniversary"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});

describe('<twinning-partners> in forced colours', function () {
  this.timeout(30000);
  before(() => executeServerCommand('emulate-forced-colors', { active: true }));
  after(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('the selected card has its own border and a visible mark; the focused card a ring', async () => {
    const el = await mount();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const selected = card(el, 'port-alder-odesa');
    const other = card(el, 'port-alder-yokohama');
    expect(getComputedStyle(selected).borderTopWidth).to.not.equal(getComputedStyle(other).borderTopWidth);
    expect(getComputedStyle(selected.querySelector('.selected-mark')!).display).to.not.equal('none');
    other.focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused).to.equal(selected);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
