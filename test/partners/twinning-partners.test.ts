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

describe('<twinning-partners> card content', () => {
  it('says since when, how many years, and the next round anniversary against the pinned now', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    const yokohama = cardOf(el, 'port-alder-yokohama');
    expect(text(yokohama.querySelector('[part~="since"]'))).to.contain('since 1965 · 60 years');
    expect(yokohama.querySelector('[part~="since"] time')!.getAttribute('datetime')).to.equal('1965-07-01');
    // 61st in July 2026 is not round; the 65th (2030) is more than two years away.
    expect(yokohama.querySelector('[part~="anniversary"]')).to.equal(null);
    expect(text(cardOf(el, 'port-alder-odesa').querySelector('[part~="anniversary"]'))).to.equal('★ 50th anniversary in June 2027');
    expect(text(cardOf(el, 'port-alder-los-angeles').querySelector('[part~="anniversary"]'))).to.equal('★ 20th anniversary on October 12, 2026');
    // Ended agreements have a span and never an anniversary.
    const guadalajara = cardOf(el, 'port-alder-guadalajara');
    expect(text(guadalajara.querySelector('[part~="since"]'))).to.contain('1999–2015 · 16 years');
    expect(guadalajara.querySelector('[part~="anniversary"]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.equal(
      'Port Alder has 8 partners in 7 countries; the first agreement dates from 1965. Coming up: 20th anniversary on October 12, 2026, with Los Angeles.');
  });

  it('another now moves the ages and the anniversaries with it', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now="2025-01-15" .data=${data}></twinning-partners>`);
    const yokohama = cardOf(el, 'port-alder-yokohama');
    expect(text(yokohama.querySelector('[part~="since"]'))).to.contain('since 1965 · 59 years');
    expect(text(yokohama.querySelector('[part~="anniversary"]'))).to.equal('★ 60th anniversary on July 1, 2025');
  });

  it('type and status are words with a shape, activities have dates and categories, sources and contact are links', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    const la = cardOf(el, 'port-alder-los-angeles');
    expect(text(la.querySelector('[part~="facts"]'))).to.equal('partnership, dormant');
    expect(la.querySelector('.status-mark path')).to.not.equal(null);
    const yokohama = cardOf(el, 'port-alder-yokohama');
    const activities = [...yokohama.querySelectorAll('[part~="activity"]')];
    expect(activities.length).to.equal(3);
    expect(activities.map((a) => a.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2026-03', '2024-08-05', '2015-07']);
    expect(text(activities[1])).to.contain('Youth').and.to.contain('Education');
    expect(text(yokohama.querySelector('.more'))).to.equal('3 of 4 recorded activities shown.');
    expect(text(yokohama.querySelector('[part~="sources"]'))).to.contain('Invented example');
    const contact = yokohama.querySelector<HTMLAnchorElement>('[part~="contact"] a')!;
    expect(contact.getAttribute('href')).to.equal('https://example.org/port-alder/yokohama');
    expect(text(contact)).to.equal('Port Alder–Yokohama Friendship Society');
    expect(cardOf(el, 'port-alder-odesa').querySelector('[part~="contact"] a')!.getAttribute('href')).to.equal('mailto:twinning@example.org');
    // The Wellington regatta (2026-11-20) is after now: marked as planned; the past ones are not.
    expect(text(cardOf(el, 'port-alder-wellington').querySelector('[part~="activity"] .planned'))).to.equal('(planned)');
    expect(yokohama.querySelectorAll('.planned').length).to.equal(0);
  });

  it('draws a locator inside every card with the home place, the partner and the link between them', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    for (const card of cards(el)) {
      const locator = card.querySelector('svg[part~="locator"]');
      expect(locator, card.dataset['place']).to.not.equal(null);
      expect(locator!.getAttribute('aria-label')).to.match(/^Map: Port Alder and /);
      expect(locator!.querySelectorAll('.dot--home').length).to.equal(1);
      expect(locator!.querySelectorAll('.dot:not(.dot--home)').length).to.equal(1);
      expect(locator!.querySelector('.link')!.getAttribute('d')).to.match(/^M/);
      // Both dots lie inside the locator's drawing.
      const [, , w, h] = locator!.getAttribute('viewBox')!.split(' ').map(Number);
      for (const dot of locator!.querySelectorAll('circle')) {
        const cx = Number(dot.getAttribute('cx'));
        const cy = Number(dot.getAttribute('cy'));
        expect(cx >= 0 && cx <= w! && cy >= 0 && cy <= h!, `${card.dataset['place']} ${cx},${cy}`).to.equal(true);
      }
    }
    expect(el.getAttribute('locator')).to.equal('card');
  });

  it('activities="1" lists one activity per card; activities="0" leaves the section out', async () => {
    const one = await mount(html`<twinning-partners place=${HOME} now=${NOW} activities="1" .data=${data}></twinning-partners>`);
    expect(cardOf(one, 'port-alder-yokohama').querySelectorAll('[part~="activity"]').length).to.equal(1);
    expect(text(cardOf(one, 'port-alder-yokohama').querySelector('.more'))).to.equal('1 of 4 recorded activities shown.');
    const none = await mount(html`<twinning-partners place=${HOME} now=${NOW} activities="0" .data=${data}></twinning-partners>`);
    expect(none.shadowRoot!.querySelectorAll('[part~="activities"], .no-activities, .more').length).to.equal(0);
  });

  it('new data redraws the locators from the new places', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    const dot = () => cardOf(el, 'port-alder-yokohama').querySelector('svg[part~="locator"] .dot:not(.dot--home)')!;
    const before = [dot().getAttribute('cx'), dot().getAttribute('cy')];
    const moved = structuredClone(multi) as unknown as { places: { id: string; lat: number; lon: number }[] };
    Object.assign(moved.places.find((p) => p.id === 'jp-14-yokohama')!, { lat: -33.87, lon: 151.21 });
    el.data = moved;
    await ready(el);
    expect([dot().getAttribute('cx'), dot().getAttribute('cy')]).to.not.deep.equal(before);
  });

  it('renders the bundled dataset: Burnaby has one card, Kushiro, since 1965', async () => {
    const el = await mount(html`<twinning-partners place="ca-bc-burnaby" now=${NOW}></twinning-partners>`);
    expect(cards(el).map((c) => c.dataset['twinning'])).to.deep.equal(['burnaby-kushiro']);
    const card = cards(el)[0]!;
    expect(text(card.querySelector('[part~="name"]'))).to.equal('Kushiro 釧路市');
    expect(text(card.querySelector('[part~="since"]'))).to.contain('since 1965 · 61 years');
    expect(card.querySelectorAll('[part~="sources"] a').length).to.be.greaterThan(0);
    expect(card.querySelector('svg[part~="locator"]')).to.not.equal(null);
  });

  it('the data table has a row per card, in card order', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    (el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-twinning'))).to.deep.equal(cards(el).map((c) => c.dataset['twinning']));
    expect(text(rows[0])).to.contain('Yokohama').and.to.contain('横浜市').and.to.contain('Japan');
  });
});

describe('<twinning-partners> keyboard and selection', () => {
  it('one tab stop; arrows move between cards; links join the tab order only in the current card', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`, 400);
    const stops = () => cards(el).filter((c) => c.getAttribute('tabindex') === '0');
    expect(stops().length).to.equal(1);
    const tabbableLinks = () => [...el.shadowRoot!.querySelectorAll('[part~="card"] a')].filter((a) => a.getAttribute('tabindex') !== '-1');
    expect(tabbableLinks().every((a) => a.closest('[part~="card"]') === stops()[0])).to.equal(true);
    stops()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['twinning']).to.equal('port-alder-odesa');
    expect(stops().map((c) => c.dataset['twinning'])).to.deep.equal(['port-alder-odesa']);
    expect(tabbableLinks().every((a) => a.closest('[part~="card"]') === stops()[0])).to.equal(true);
    await sendKeys({ press: 'End' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['twinning']).to.equal('port-alder-kamakura');
    await sendKeys({ press: 'Home' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['twinning']).to.equal('port-alder-yokohama');
    // Tab from the card reaches its own links, Escape returns to the card.
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLElement;
    expect(link.localName).to.equal('a');
    expect(link.closest('[part~="card"]')!.getAttribute('data-twinning')).to.equal('port-alder-yokohama');
    await sendKeys({ press: 'Escape' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['twinning']).to.equal('port-alder-yokohama');
  });

  it('in the grid, right moves to the next card and down to the card below', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`, 1240);
    const columns = getComputedStyle(el.shadowRoot!.querySelector('[part~="list"]')!).gridTemplateColumns.split(' ').length;
    expect(columns).to.be.greaterThan(1);
    cards(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(cards(el)[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(cards(el)[1 + columns]);
  });

  it('Enter selects the focused card and fires twinning-select; Escape clears', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    cards(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const event = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).twinning).to.equal('port-alder-odesa');
    await el.updateComplete;
    expect(el.selected).to.equal('port-alder-odesa');
    const card = cardOf(el, 'port-alder-odesa');
    expect(card.getAttribute('part')).to.equal('card card--selected');
    expect(card.getAttribute('aria-current')).to.equal('true');
    expect(text(card.querySelector('.selected-mark'))).to.equal('✓ Selected');
    const cleared = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).twinning).to.equal(null);
  });

  it('a click on a card selects it (real mouse); a click on a link does not', async () => {
    const el = await mount(html`<twinning-partners place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    const events: (string | null)[] = [];
    el.addEventListener('twinning-select', (e) => events.push(e.twinning));
    await sendMouse({ type: 'click', position: centre(cardOf(el, 'port-alder-wellington').querySelector('[part~="name"]')!) });
    await el.updateComplete;
    expect(events).to.deep.equal(['port-alder-wellington']);
    expect(cardOf(el, 'port-alder-wellington').getAttribute('part')).to.equal('card card--selected');
  });

  it('linked through <twinning-data>: a card selects in the provider, the provider selection marks the card', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"><twinning-data .data=${data}>
      <twinning-partners place=${HOME} now=${NOW}></twinning-partners></twinning-data></div>`);
    const provider = host.querySelector('twinning-data')! as HTMLElement & { selected?: string };
    const el = await ready(host.querySelector('twinning-partners')!);
    expect(cards(el).length).to.equal(8);
    await sendMouse({ type: 'click', position: centre(cardOf(el, 'port-alder-edinburgh').querySelector('[part~="name"]')!) });
    await el.updateComplete;
    expect(provider.selected).to.equal('port-alder-edinburgh');
    expect(el.selected).to.equal(undefined);
    await el.updateComplete;
    expect(cardOf(el, 'port-alder-edinburgh').getAttribute('part')).to.equal('card card--selected');
    provider.selected = 'port-alder-kamakura';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(cards(el).filter((c) => c.getAttribute('part') === 'card card--selected').map((c) => c.dataset['twinning'])).to.deep.equal(['port-alder-kamakura']);
  });
});

describe('<twinning-partners> languages, states and access', () => {
  it('speaks French and Japanese, with place names tagged by language', async () => {
    await localeLoading('fr');
    await localeLoading('ja');
    const fr = await mount(html`<twinning-partners lang="fr" place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    expect(text(fr.shadowRoot!.querySelector('[part~="summary"]'))).to.match(/^Port Alder compte 8 partenaires dans 7 pays/);
    const odesa = cardOf(fr, 'port-alder-odesa');
    expect(text(odesa.querySelector('[part~="name"]'))).to.equal('Odessa Одеса');
    expect(text(odesa.querySelector('[part~="since"]'))).to.contain('depuis 1977 · 49 ans');
    expect(text(odesa.querySelector('[part~="anniversary"]'))).to.contain('50e anniversaire en juin 2027');
    const ja = await mount(html`<twinning-partners lang="ja" place=${HOME} now=${NOW} .data=${data}></twinning-partners>`);
    const yokohama = cardOf(ja, 'port-alder-yokohama');
    expect(text(yokohama.querySelector('[part~="name"]'))).to.equal('横浜市');
    expect(text(yokohama.querySelector('[part~="since"]'))).to.contain('1965年から・60年間');
    expect(text(ja.shadowRoot!.querySelector('[part~="summary"]'))).to.contain('提携先は7か国・8件');
    // An English name inside Japanese UI carries lang="en".
    const edinburgh = cardOf(ja, 'port-alder-edinburgh').querySelector('[part~="name"] span')!;
    expect([edinburgh.textContent, edinburgh.getAttribute('lang')]).to.deep.equal(['Edinburgh', 'en']);
    expect(text(ja.shadowRoot!.querySelector('[part="actions"] button'))).to.equal('データ表');
  });

  it('is axe clean in the grid, in the list, with a selection and in Japanese', async () => {
    await localeLoading('ja');
    for (const [width, lang] of [[1000, 'en'], [380, 'ja']] as const) {
      const el = await mount(html`<twinning-partners lang=${lang} place=${HOME} now=${NOW} selected="port-alder-odesa" .data=${data}></twinning-partners>`, width);
      await expectNoAxeViolations(el.shadowRoot!.querySelector('[part~="base"]')!);
    }
  });

  it('says what is missing: no place, an unknown place', async () => {
    const none = await mount(html`<twinning-partners .data=${data}></twinning-partners>`);
    expect(text(none.shadowRoot!.querySelector('[part~="empty"]'))).to.equal('Set the place attribute to the id of a place to show its partners.');
    const unknown = await mount(html`<twinning-partners place="xx-nowhere" .data=${data}></twinning-partners>`);
    expect(text(unknown.shadowRoot!.querySelector('[part~="empty"]'))).to.contain('“xx-nowhere”');
  });

  it('bad data shows the error state with its location and fires twinning-error; nothing is drawn', async () => {
    const bad = structuredClone(multi) as unknown as { twinnings: { signed?: string }[] };
    bad.twinnings[2]!.signed = '1987-13-45';
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('twinning-partners');
    el.setAttribute('place', HOME);
    const event = nextEvent(el, 'twinning-error');
    el.data = bad;
    host.append(el);
    const fired = await event;
    await ready(el);
    expect(fired.problems.some((p) => p.pointer === '/twinnings/2/signed')).to.equal(true);
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('/twinnings/2/signed');
    expect(cards(el).length).to.equal(0);
  });
});

describe('<twinning-partners> from a clerk’s sheet', () => {
  it('src pointing at a partners CSV, with no place attribute, shows the sheet’s home partners', async () => {
    const el = await mount(html`<twinning-partners src="/docs/templates/partners-multi-country.csv" now=${NOW}></twinning-partners>`);
    expect(el.shadowRoot!.querySelector('[part~="error"]'), text(el.shadowRoot!.querySelector('[part~="error"]'))).to.equal(null);
    expect(el.hasAttribute('place'), 'the element did not invent a place attribute').to.equal(false);
    const places = cards(el).map((c) => c.dataset['place']);
    expect(places.length).to.be.greaterThan(4);
    expect(text(el.shadowRoot!.querySelector('[part="summary"]'))).to.contain('Port Alder');
  });
});
