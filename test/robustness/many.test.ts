/**
 * Twenty elements on one page, with different data and languages: all draw, each in its own
 * language and from its own data, and a user's choice in one changes no other.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import { all, ELEMENTS, outcome, settled, shadow, sleep, SMALL } from './support.ts';
import activities from '../fixtures/activities-small.json' with { type: 'json' };
import mapSmall from '../fixtures/map-small.json' with { type: 'json' };

const DATASETS = [SMALL, activities as unknown as TwinningDataset, mapSmall as unknown as TwinningDataset];
const LANGS = ['en', 'fr', 'ja'] as const;
const TABLE_BUTTON = { en: 'Data table', fr: 'Tableau de données', ja: 'データ表' };

type Host = HTMLElement & { data?: unknown; selected?: string; categories?: string; updateComplete: Promise<boolean> };

describe('twenty elements on one page', function () {
  this.timeout(40000);
  let elements: { el: Host; data: TwinningDataset; lang: (typeof LANGS)[number] }[];

  let holder: HTMLDivElement;
  // Not open-wc's fixture(): it is removed after each test, and these tests share one page.
  after(() => holder.remove());
  before(async () => {
    holder = document.createElement('div');
    holder.style.width = '700px';
    document.body.append(holder);
    elements = Array.from({ length: 20 }, (_, i) => {
      const kind = ELEMENTS[i % 3]!;
      const data = DATASETS[Math.floor(i / 3) % 3]!;
      const lang = LANGS[(i + Math.floor(i / 3)) % 3]!;
      const el = document.createElement(kind.tag) as Host;
      el.data = data;
      el.lang = lang;
      holder.append(el);
      return { el, data, lang };
    });
    await Promise.all(elements.map(({ el }) => settled(el, 15000)));
  });

  it('all twenty draw marks from their own dataset', () => {
    for (const { el, data } of elements) {
      expect(outcome(el), `${el.localName}`).to.equal('ready');
      const kind = ELEMENTS.find((k) => k.tag === el.localName)!;
      expect(all(el, kind.marks).length, `${el.localName} marks`).to.be.greaterThan(0);
      const ids = new Set(data.twinnings.map((t) => t.id));
      for (const mark of all(el, '[data-twinning]')) expect(ids.has(mark.getAttribute('data-twinning')!), `${el.localName} draws another dataset's agreement`).to.equal(true);
    }
  });

  it('each speaks its own language', () => {
    for (const { el, lang } of elements) {
      const button = all(el, "button[aria-controls='table']")[0]!;
      expect(button.textContent!.trim(), `${el.localName} lang=${lang}`).to.equal(TABLE_BUTTON[lang]);
    }
  });

  it('Enter on a mark of one element selects there and changes no other element', async () => {
    const before = elements.map(({ el }) => [el.getAttribute('selected'), el.getAttribute('categories')]);
    const map = elements[3]!.el;
    const chart = elements[5]!.el;
    for (const el of [map, chart]) {
      shadow(el).querySelector<HTMLElement>("[tabindex='0']")!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    // The map selects once its interaction chunk is in (at once if the page already has it).
    const end = performance.now() + 5000;
    while (map.getAttribute('selected') === null && performance.now() < end) await sleep(20);
    expect(map.getAttribute('selected')).to.be.a('string');
    expect(chart.getAttribute('categories')).to.be.a('string');
    elements.forEach(({ el }, i) => {
      if (el === map || el === chart) return;
      expect([el.getAttribute('selected'), el.getAttribute('categories')], `element ${i} (${el.localName})`).to.deep.equal(before[i]);
    });
  });

  it('opening one data table leaves the others closed', async () => {
    const el = elements[7]!.el;
    all<HTMLButtonElement>(el, "button[aria-controls='table']")[0]!.click();
    await el.updateComplete;
    for (const { el: other } of elements) {
      expect(!!shadow(other).querySelector("[part~='table']"), other.localName).to.equal(other === el);
    }
  });
});
