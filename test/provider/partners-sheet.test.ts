/**
 * A clerk's partners sheet loaded by the provider (`<twinning-data src="partners.csv">`): the
 * sheet's home row is the place every element inside frames, unless it has a `place` of its own.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/provider/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/partners/src/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';

const SHEET = '/docs/templates/partners-multi-country.csv';

/** The sheet's rows, read here by their role column and not by the code under test. */
let rows: string[][] = [];
before(async () => {
  const text = await (await fetch(SHEET)).text();
  rows = text.trim().split('\n').slice(1).map((line) => line.split(','));
});
const homeName = () => rows.find((r) => r[0] === 'home')![1]!;
const partnerNames = () => rows.filter((r) => r[0] === 'partner').map((r) => r[1]!);

const q = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const settled = (el: Element) => el.shadowRoot?.querySelector('[part~="card"], [part~="empty"], [part~="error"]');

describe('<twinning-data src="partners.csv">', function () {
  this.timeout(20000);

  it('frames the sheet\'s home place in the partners and map inside it', async () => {
    const provider = await fixture(html`<twinning-data src=${SHEET}>
      <twinning-map layout="world"></twinning-map>
      <twinning-partners locator="none"></twinning-partners>
    </twinning-data>`);
    const map = provider.querySelector('twinning-map')!;
    const partners = provider.querySelector('twinning-partners')!;
    await waitUntil(() => settled(partners), 'the partners never drew', { timeout: 15000 });
    const cards = q(partners, '[part~="card"]');
    expect(cards.map((c) => c.textContent!.replace(/\s+/g, ' ')).map((t) => partnerNames().find((n) => t.includes(n)))).to.have.members(partnerNames());
    expect(partners.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain(homeName());
    await waitUntil(() => q(map, '[part~="place--home"]').length > 0, 'the map marked no home place', { timeout: 15000 });
    expect(q(map, '[part~="label--home"]').map((l) => l.textContent!.trim())).to.deep.equal([homeName()]);
    await expectNoAxeViolations(provider);
  });

  it('an element\'s own place wins over the sheet\'s home', async () => {
    const provider = await fixture(html`<twinning-data src=${SHEET}>
      <twinning-partners locator="none"></twinning-partners>
      <twinning-partners locator="none"></twinning-partners>
    </twinning-data>`);
    const [framed, own] = [...provider.querySelectorAll('twinning-partners')] as HTMLElement[];
    await waitUntil(() => settled(framed!), 'the partners never drew', { timeout: 15000 });
    const yokohama = q(framed!, '[part~="card"]').find((c) => c.textContent!.includes(partnerNames()[0]!))!.dataset['place']!;
    own!.setAttribute('place', yokohama);
    await waitUntil(() => q(own!, '[part~="card"]').length === 1, 'the partners with their own place did not show its one partner', { timeout: 15000 });
    const cards = q(own!, '[part~="card"]');
    expect(cards).to.have.length(1);
    expect(cards[0]!.textContent).to.contain(homeName());
  });
});
