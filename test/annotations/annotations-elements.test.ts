import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/activity-chart/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/timeline/src/index.ts';
import { localeLoading, type Box, type TwinningExportEvent } from '../../packages/core/src/index.ts';
import small from '../fixtures/timeline-small.json';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { annotated, NOTES } from './fixture.ts';

type Element3 = HTMLElement & { data?: unknown; annotations?: unknown; updateComplete: Promise<boolean> };
const TAGS = ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'] as const;
/** The notes each element draws as callouts: the map has no years or categories, the chart no agreements. */
const DRAWN: Record<(typeof TAGS)[number], string[]> = {
  'twinning-map': ['n-carving', 'n-burnaby'],
  'twinning-timeline': ['n-carving', 'n-wave', 'n-indigenous', 'n-burnaby'],
  'twinning-activity-chart': ['n-wave', 'n-indigenous'],
};
const numberOf = (id: string) => NOTES.findIndex((n) => n.id === id) + 1;
const textOf = (id: string, lang = 'en') => (NOTES.find((n) => n.id === id)!.text as Record<string, string>)[lang]!;

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Waits until the element has drawn its callouts (or its error). */
async function settled(el: Element3, count: number): Promise<Element3> {
  for (let i = 0; i < 150; i++) {
    await el.updateComplete;
    await frame();
    const drawn = el.shadowRoot?.querySelectorAll('[part~="annotation"][data-placed="true"]').length ?? 0;
    if (drawn >= count || el.shadowRoot?.querySelector('[part~="error"]')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await frame();
  await el.updateComplete;
  return el;
}

async function mount(tag: string, data: TwinningDataset, { width = 900, lang = 'en', count = DRAWN[tag as (typeof TAGS)[number]]?.length ?? NOTES.length, attrs = '' } = {}): Promise<Element3> {
  const host = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  host.innerHTML = `<${tag} lang="${lang}" theme="light" ${attrs}></${tag}>`;
  const el = host.firstElementChild as Element3;
  el.data = data;
  return settled(el, count);
}

const callouts = (el: Element3) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="annotation"]')];
const rect = (e: Element): Box => {
  const r = e.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
};
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
const OBSTACLES = '[part~="place"], [part~="label"], [part~="activity"], [part~="bar"], [part~="reference"]';

for (const tag of TAGS) {
  describe(`<${tag}> annotations`, () => {
    for (const width of [900, 390]) {
      it(`draws a numbered callout per note in view, clear of each other and of the marks, at ${width} px`, async () => {
        const el = await mount(tag, annotated(), { width });
        const boxes = callouts(el);
        expect(boxes.map((b) => b.dataset.annotation)).to.deep.equal(DRAWN[tag]);
        expect(boxes.map((b) => b.querySelector('.annotation-number')!.textContent)).to.deep.equal(DRAWN[tag].map((id) => String(numberOf(id))));
        for (const b of boxes) {
          expect(b.querySelector('.annotation-text')!.textContent).to.equal(textOf(b.dataset.annotation!));
          expect(getComputedStyle(b).visibility).to.equal('visible');
        }
        const narrowList = tag === 'twinning-timeline' && width === 390;
        // The narrow timeline is a list of collapsed rows (its notes are a list under it).
        const marks = [...el.shadowRoot!.querySelectorAll(narrowList ? '.chart .row' : `.chart :is(${OBSTACLES})`)].filter((m) => !m.closest('[data-annotation-layer]')).map(rect).filter((r) => r.width > 0 && r.height > 0);
        expect(marks.length).to.be.greaterThan(0);
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) expect(overlap(rect(a), rect(b)), `${a.dataset.annotation} × ${b.dataset.annotation}`).to.equal(0);
          if (narrowList) continue;
          for (const m of marks) expect(overlap(rect(a), m), `${a.dataset.annotation} covers a mark`).to.be.lessThan(1);
        }
        if (!narrowList) expect(el.shadowRoot!.querySelectorAll('.annotation-leaders line').length).to.be.greaterThan(0);
        if (width === 390) await expectNoAxeViolations(el);
      });
    }

    it('Tab reaches each callout in order after the marks; its accessible name is the note', async () => {
      const el = await mount(tag, annotated());
      const boxes = callouts(el);
      // From the marks' one tab stop, Tab goes on (past any chart buttons) to the first callout.
      const stop = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chart [tabindex="0"]')].find((m) => !m.closest('[data-annotation-layer]'))!;
      expect(stop, 'the marks have a tab stop').to.not.equal(undefined);
      stop.focus();
      for (let i = 0; i < 6 && !el.shadowRoot!.activeElement?.closest('[data-annotation-layer]'); i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes[0]);
      const names: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        const active = el.shadowRoot!.activeElement as HTMLElement;
        names.push(active.getAttribute('aria-label')!);
        expect(active.getAttribute('role')).to.equal('note');
        await sendKeys({ press: 'Tab' });
      }
      expect(names).to.deep.equal(DRAWN[tag].map((id) => `Note ${numberOf(id)}: ${textOf(id)}`));
      // Shift+Tab from the first callout goes back into the marks (one tab stop), not out of the chart.
      boxes[0]!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      const back = el.shadowRoot!.activeElement;
      expect(back, 'focus stays in the element').to.not.equal(null);
      expect(back!.closest('[data-annotation-layer]')).to.equal(null);
    });

    it('lists the notes in the summary and in an Annotations table', async () => {
      const el = await mount(tag, annotated());
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
      expect(summary).to.contain('4 notes: 1. Carving of the Kamui Mintara sculpture began in February 1990. 2. The 1980s wave of signings.');
      const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')].find((b) => b.textContent!.trim() === 'Data table')!;
      toggle.click();
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('.annotations-table')!;
      expect(table.querySelector('caption')!.textContent).to.equal('Annotations');
      const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));
      expect(rows.map((r) => r[0])).to.deep.equal(['1', '2', '3', '4']);
      expect(rows[1]![2]).to.equal('years: 1980–1989');
      expect(rows[3]![2]).to.equal('agreement: Burnaby – Kushiro');
      expect(rows[3]![3]).to.not.equal('');
      await expectNoAxeViolations(el);
    });

    it('speaks French and Japanese, tagging text that falls back with lang', async () => {
      await localeLoading('fr');
      await localeLoading('ja');
      const fr = await mount(tag, annotated(), { lang: 'fr' });
      const first = DRAWN[tag][0]!;
      expect(callouts(fr)[0]!.getAttribute('aria-label')).to.equal(`Note ${numberOf(first)} : ${textOf(first, 'fr')}`);
      expect(callouts(fr)[0]!.querySelector('[lang]')).to.equal(null);
      // "Partners since 1965." has no French: it is shown in English, tagged, with a visible marker.
      const english = fr.shadowRoot!.querySelector('[part="summary"] [lang="en"]')!;
      expect(english.textContent).to.equal('Partners since 1965.');
      expect(fr.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('(en anglais)');
      const ja = await mount(tag, annotated(), { lang: 'ja' });
      expect(callouts(ja)[0]!.getAttribute('aria-label')).to.equal(`注${numberOf(first)}：${textOf(first, 'ja')}`);
      expect(ja.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('注記4件：');
      await expectNoAxeViolations(ja);
    });
  });
}

describe('annotations in view', () => {
  it('a note whose target the filters leave out is not drawn, listed or counted', async () => {
    // From 1995 on: no indigenous activity (1986, 1990) and no 1980s; Burnaby–Kushiro is still in force.
    const el = await mount('twinning-timeline', annotated(), { attrs: 'since="1995"', count: 1 });
    expect(callouts(el).map((c) => c.dataset.annotation)).to.deep.equal(['n-burnaby']);
    expect(callouts(el).map((c) => c.querySelector('.annotation-number')!.textContent)).to.deep.equal(['1']);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('1 note: 1. Partners since 1965.');
    const wide = await mount('twinning-timeline', annotated(), { attrs: 'since="1985" until="1992"', count: 3 });
    expect(callouts(wide).map((c) => c.dataset.annotation)).to.deep.equal(['n-carving', 'n-wave', 'n-indigenous', 'n-burnaby']);
  });

  it('the SVG export draws the callouts and lists every note under the summary', async () => {
    const el = await mount('twinning-map', annotated(), { attrs: 'actions' });
    const menu = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Export')!;
    menu.click();
    await el.updateComplete;
    const event = new Promise<TwinningExportEvent>((resolve) => el.addEventListener('twinning-export', (e) => { e.preventDefault(); resolve(e as TwinningExportEvent); }, { once: true }));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Download SVG image')!.click();
    const doc = new DOMParser().parseFromString(await (await event).blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const [i, n] of NOTES.entries()) expect(texts.join('\n')).to.contain(`${i + 1}. ${(n.text as Record<string, string>).en}`);
    const drawn = [...doc.querySelectorAll('rect[rx="3"]')];
    expect(drawn.length).to.equal(DRAWN['twinning-map'].length);
  });
});

describe('annotations given by the page', () => {
  const base = small as unknown as TwinningDataset;

  it('the annotations property adds notes to the dataset\'s', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"><twinning-activity-chart theme="light"></twinning-activity-chart></div>`);
    const el = host.firstElementChild as Element3;
    el.annotations = [NOTES[2]];
    el.data = annotated([NOTES[1]!]);
    await settled(el, 2);
    expect(callouts(el).map((c) => c.dataset.annotation)).to.deep.equal(['n-wave', 'n-indigenous']);
  });

  it('an inline <script type="application/json" slot="annotations"> in <twinning-data> reaches its elements', async () => {
    await import('../../packages/provider/src/index.ts');
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    host.innerHTML = `<twinning-data><script type="application/json" slot="annotations">${JSON.stringify([NOTES[3]])}</script>
      <twinning-timeline theme="light"></twinning-timeline></twinning-data>`;
    const el = host.querySelector('twinning-timeline') as Element3;
    el.data = base;
    await settled(el, 1);
    expect(callouts(el).map((c) => c.getAttribute('aria-label'))).to.deep.equal(['Note 1: Partners since 1965.']);
  });

  it('a page note with an unknown target is not drawn, and is reported on screen and as twinning-error', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"><twinning-map theme="light"></twinning-map></div>`);
    const el = host.firstElementChild as Element3;
    const errors: unknown[] = [];
    el.addEventListener('twinning-error', (e) => errors.push((e as CustomEvent & { problems: unknown[] }).problems));
    el.annotations = [{ id: 'bad', twinning: 'nowhere-nothing', text: 'x' }, NOTES[3]];
    el.data = base;
    await settled(el, 1);
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.annotation-notice'); i++) await settled(el, 1);
    expect(callouts(el).map((c) => c.dataset.annotation)).to.deep.equal(['n-burnaby']);
    const notice = el.shadowRoot!.querySelector('.annotation-notice')!;
    expect(notice.textContent).to.contain('1 note not shown');
    expect(notice.textContent).to.contain('unknown twinning at /annotations/0/twinning');
    expect(errors).to.have.length(1);
  });
});

describe('the demo story\'s notes', () => {
  it('every note in demo/story.html is valid against the bundled dataset, in en, fr and ja', async () => {
    const { validateAnnotations } = await import('../../packages/schema/src/index.ts');
    const page = new DOMParser().parseFromString(await (await fetch('/demo/story.html')).text(), 'text/html');
    const script = page.querySelector('twinning-data > script[type="application/json"][slot="annotations"]')!;
    const notes = JSON.parse(script.textContent!) as { text: Record<string, string> }[];
    const dataset = (await import('../../data/japan-canada.json')).default as unknown as TwinningDataset;
    expect(notes.length).to.be.within(3, 4);
    expect(validateAnnotations(notes, dataset).problems).to.deep.equal([]);
    for (const note of notes) expect(Object.keys(note.text).sort()).to.deep.equal(['en', 'fr', 'ja']);
  });
});

describe('annotations on the provider', () => {
  it('the annotations property of <twinning-data> reaches every element inside', async () => {
    await import('../../packages/provider/src/index.ts');
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    host.innerHTML = '<twinning-data><twinning-map theme="light"></twinning-map><twinning-timeline theme="light"></twinning-timeline></twinning-data>';
    const provider = host.firstElementChild as HTMLElement & { data?: unknown; annotations?: unknown };
    provider.annotations = [NOTES[3]];
    provider.data = small;
    for (const tag of ['twinning-map', 'twinning-timeline']) {
      const el = await settled(host.querySelector(tag) as Element3, 1);
      expect(callouts(el).map((c) => c.getAttribute('aria-label')), tag).to.deep.equal(['Note 1: Partners since 1965.']);
    }
  });
});
