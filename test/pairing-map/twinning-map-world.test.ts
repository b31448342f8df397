import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import type { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import { localeLoading } from '../../packages/core/src/message-catalog.ts';
import city from '../fixtures/multi-country-city.json';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { nextEvent } from '../helpers/events.ts';

const data = city as unknown as TwinningDataset;
const HOME = 'ca-bc-port-alder';
/** An ISO 3166-2 region code ("CA-BC", "UA-51") or a bare country code in running text. */
const CODE = /\b[A-Z]{2}-[A-Z0-9]{1,3}\b|\((?:[A-Z]{2})\)|\bin [A-Z]{2}\b/;

async function settle(el: TwinningMap): Promise<TwinningMap> {
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('svg [part~="label"], [part="empty"], [part="error"] ul'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await document.fonts.ready;
  await el.updateComplete;
  return el;
}

async function mount(width: number, template: ReturnType<typeof html>): Promise<TwinningMap> {
  const host = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  return settle(host.querySelector('twinning-map') as TwinningMap);
}

const q = (el: TwinningMap, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const inside = (outer: DOMRect, inner: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const width of [1280, 390]) {
  describe(`<twinning-map place> with partners in many countries, ${width} px`, () => {
    it('picks the world layout and draws every partner, with a link each', async () => {
      const el = await mount(width, html`<twinning-map .data=${data} place=${HOME}></twinning-map>`);
      expect(el.shadowRoot!.querySelector('.map')!.getAttribute('data-layout')).to.equal('world');
      expect(q(el, '.panel-title')).to.have.length(0);
      const places = q(el, '[data-place]').map((p) => p.getAttribute('data-place')).sort();
      expect(places).to.deep.equal(data.places.map((p) => p.id).sort());
      expect(q(el, '[part~="link"]').map((l) => l.getAttribute('data-twinning')).sort()).to.deep.equal(data.twinnings.map((t) => t.id).sort());
    });

    it('keeps every place and every label inside the element, and no two labels overlap', async () => {
      const el = await mount(width, html`<twinning-map .data=${data} place=${HOME}></twinning-map>`);
      const svg = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(inside(host, svg), 'the drawing is inside the element').to.equal(true);
      for (const dot of q(el, '[data-place] > circle')) expect(inside(svg, dot.getBoundingClientRect()), dot.parentElement!.getAttribute('data-place')!).to.equal(true);
      const labels = q(el, '[part~="label"]');
      expect(labels.length).to.be.greaterThan(5);
      const boxes = labels.map((l) => ({ text: l.textContent, box: l.getBoundingClientRect() }));
      for (const { text, box } of boxes) expect(inside(svg, box), `label ${text} inside`).to.equal(true);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.text} / ${boxes[j]!.text}`).to.equal(false);
      }
    });

    it('draws every link whole: one continuous path inside the view, from home to the partner', async () => {
      const el = await mount(width, html`<twinning-map .data=${data} place=${HOME}></twinning-map>`);
      const svg = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
      const home = el.shadowRoot!.querySelector(`[data-place="${HOME}"] > circle`)!.getBoundingClientRect();
      for (const link of q(el, '[part~="link"]') as SVGPathElement[]) {
        const d = link.getAttribute('d')!;
        const id = link.getAttribute('data-twinning')!;
        expect(d.match(/M/g), `${id}: one subpath`).to.have.length(1);
        expect(inside(svg, link.getBoundingClientRect()), `${id}: inside the view`).to.equal(true);
        // The path starts at home and ends at the partner (no jump to the other edge of the map).
        const start = link.getPointAtLength(0);
        const end = link.getPointAtLength(link.getTotalLength());
        const partner = data.twinnings.find((t) => t.id === id)!.places.find((p) => p !== HOME)!;
        const dot = el.shadowRoot!.querySelector(`[data-place="${partner}"] > circle`)!.getBoundingClientRect();
        const near = (box: DOMRect, p: DOMPoint) => Math.hypot(svg.left + p.x - (box.left + box.width / 2), svg.top + p.y - (box.top + box.height / 2)) < 2;
        expect(near(home, start), `${id}: starts at home`).to.equal(true);
        expect(near(dot, end), `${id}: ends at ${partner}`).to.equal(true);
      }
    });

    it('emphasises the home place by size, a ring and a bold label, not by colour alone', async () => {
      const el = await mount(width, html`<twinning-map .data=${data} place=${HOME}></twinning-map>`);
      const homeDot = el.shadowRoot!.querySelector(`[data-place="${HOME}"] > circle`)!;
      expect(homeDot.getAttribute('part')).to.contain('place--home');
      expect(q(el, '[part~="place--home"]')).to.have.length(1);
      const others = q(el, '[data-place] > circle').filter((c) => c !== homeDot).map((c) => Number(c.getAttribute('r')));
      expect(Number(homeDot.getAttribute('r'))).to.be.greaterThan(Math.max(...others));
      expect(el.shadowRoot!.querySelector(`[data-place="${HOME}"] > ellipse.home-ring`)).to.exist;
      const label = el.shadowRoot!.querySelector('[part~="label--home"]')!;
      expect(label.textContent).to.equal('Port Alder');
      expect(Number(getComputedStyle(label).fontWeight)).to.be.at.least(700);
    });

    it('is sized by its content: no empty band under the drawing', async () => {
      const el = await mount(width, html`<twinning-map .data=${data} place=${HOME}></twinning-map>`);
      const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
      const map = el.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
      expect(Math.abs(chart.bottom - map.bottom)).to.be.below(1);
      // The water reaches the top and bottom of the drawing (within its thin margin).
      const svg = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
      const water = el.shadowRoot!.querySelector('.panel-bg')!.getBoundingClientRect();
      expect(water.top - svg.top).to.be.below(width < 560 ? 14 : 34);
      expect(svg.bottom - water.bottom).to.be.below(width < 560 ? 14 : 34);
    });
  });
}

describe('<twinning-map place> names, never codes', () => {
  const expected = {
    en: ['Ukraine', 'New Zealand', 'British Columbia'],
    fr: ['Ukraine', 'Nouvelle-Zélande', 'Colombie-Britannique'],
    ja: ['ウクライナ', 'ニュージーランド', 'ブリティッシュコロンビア州'],
  } as const;
  for (const lang of ['en', 'fr', 'ja'] as const) {
    it(`summary, place names and the data table in ${lang} name countries and regions`, async () => {
      await localeLoading(lang);
      const el = await mount(900, html`<twinning-map .data=${data} place=${HOME} lang=${lang}></twinning-map>`);
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
      for (const name of expected[lang]) expect(summary).to.contain(name);
      expect(summary).not.to.match(CODE);
      const odesa = el.shadowRoot!.querySelector('[data-place="ua-51-odesa"]')!.getAttribute('aria-label')!;
      expect(odesa).to.contain(expected[lang][0]);
      expect(odesa).not.to.match(CODE);
      (el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('[part="table"]')!.textContent!;
      expect(table).to.contain(expected[lang][1]);
      expect(table).not.to.match(CODE);
    });
  }

  it('in the world layout, one place holds the tab stop, arrows move between places, Enter selects a partnership', async () => {
    const el = await mount(900, html`<twinning-map .data=${data} place=${HOME}></twinning-map>`);
    const stops = q(el, '[data-place][tabindex="0"]');
    expect(stops).to.have.length(1);
    (stops[0] as SVGGElement).focus();
    await el.updateComplete;
    const first = el.shadowRoot!.activeElement?.getAttribute('data-place');
    expect(first).to.be.a('string');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // The easternmost place has nothing to its right: then go left.
    if (el.shadowRoot!.activeElement?.getAttribute('data-place') === first) await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const second = el.shadowRoot!.activeElement?.getAttribute('data-place');
    expect(second).to.be.a('string').and.not.equal(first);
    const selected = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'Enter' });
    // Every agreement in view is the home place's, so the one selected joins it and the focused place.
    const { twinning } = await selected;
    expect(data.twinnings.find((t) => t.id === twinning)!.places).to.include(second).and.include(HOME);
  });

  it('is axe clean in the world layout', async () => {
    const el = await mount(900, html`<twinning-map .data=${data} place=${HOME}></twinning-map>`);
    await expectNoAxeViolations(el.shadowRoot!.querySelector('[part="base"]')!);
  });

  it('keeps split for two countries and globe without a home', async () => {
    const japan = (id: string) => id === 'port-alder-yokohama' || id === 'port-alder-kamakura';
    const two = { ...data, twinnings: data.twinnings.filter((t) => japan(t.id)), activities: data.activities!.filter((a) => japan(a.twinning)) };
    const split = await mount(900, html`<twinning-map .data=${two} place=${HOME}></twinning-map>`);
    expect(split.shadowRoot!.querySelector('.map')!.getAttribute('data-layout')).to.equal('split');
    const globe = await mount(900, html`<twinning-map .data=${data}></twinning-map>`);
    expect(globe.shadowRoot!.querySelector('.map')!.getAttribute('data-layout')).to.equal('globe');
    const asked = await mount(900, html`<twinning-map .data=${data} layout="world"></twinning-map>`);
    expect(asked.shadowRoot!.querySelector('.map')!.getAttribute('data-layout'), 'world without a home falls back').to.equal('globe');
  });
});

describe('<twinning-map src="….csv">: a clerk’s partners sheet', () => {
  it('draws the sheet given as src, in the world layout', async () => {
    const el = await mount(1000, html`<twinning-map src="/docs/templates/partners-multi-country.csv" place=${HOME}></twinning-map>`);
    expect(el.shadowRoot!.querySelector('.map')!.getAttribute('data-layout')).to.equal('world');
    expect(q(el, '[part~="link"]')).to.have.length(8);
    expect(q(el, '[data-place]')).to.have.length(9);
  });

  it('frames the sheet’s home place when place is not set', async () => {
    const el = await mount(1000, html`<twinning-map src="/docs/templates/partners-multi-country.csv"></twinning-map>`);
    expect(el.shadowRoot!.querySelector('.map')!.getAttribute('data-layout')).to.equal('world');
    expect(el.shadowRoot!.querySelector(`[data-place="${HOME}"] > circle`)!.getAttribute('part')).to.contain('place--home');
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('Port Alder ↔');
    expect(el.hasAttribute('place'), 'the attribute stays as the page wrote it').to.equal(false);
  });

  it('reads a sheet served without .csv or text/csv, by its role column', async () => {
    const text = await (await fetch('/docs/templates/partners-multi-country.csv')).text();
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    try {
      const el = await mount(1000, html`<twinning-map src=${url} place=${HOME}></twinning-map>`);
      expect(q(el, '[part~="link"]')).to.have.length(8);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('shows a bad row located by line and column on screen and in twinning-error, and says the sheet is held back whole', async () => {
    const src = '/test/fixtures/partners-bad-row.csv';
    const el = await fixture<TwinningMap>(html`<twinning-map src=${src} place=${HOME}></twinning-map>`);
    const event = await nextEvent(el, 'twinning-error');
    const lat = event.problems.find((p) => p.code === 'coordinate-out-of-range')!;
    expect([lat.file, lat.line, lat.column]).to.deep.equal([src, 8, 41]);
    // The good rows are not drawn in part: the first problem says nothing is shown until the row is fixed.
    expect(event.problems[0]!.code).to.equal('sheet-not-shown');
    expect(event.problems[0]!.message).to.contain('the row below').and.contain('other rows are read correctly');
    await settle(el);
    const part = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(part.getAttribute('role')).to.equal('alert');
    expect(part.textContent).to.contain(`${src}:8:41`).and.contain('146.4825').and.contain('Nothing from');
    expect(q(el, '[part~="link"]')).to.have.length(0);
    await expectNoAxeViolations(el.shadowRoot!.querySelector('[part="base"]')!);
  });
});
