/**
 * Keyboard-only and screen-reader paths: a walk with real key presses (Tab in, then arrows,
 * Enter) reaches every agreement of a small fixture in the map and the timeline and every
 * category in the chart; the accessibility tree holds each summary; live announcements stay
 * under 120 characters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import { all, ELEMENTS, settled, shadow, type ElementKind } from './support.ts';
import mapSmall from '../fixtures/map-small.json' with { type: 'json' };

const DATA = mapSmall as unknown as TwinningDataset;
type Host = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

async function mount(kind: ElementKind, data: unknown = DATA): Promise<{ el: Host; start: HTMLButtonElement }> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 900px"><button id="start">before</button></div>`);
  const el = document.createElement(kind.tag) as Host;
  el.data = data;
  holder.append(el);
  await settled(el);
  return { el, start: holder.querySelector('button')! };
}

/** Tabs from `start` until focus is on one of the element's marks (at most 12 presses). */
async function tabIntoMarks(el: Host, start: HTMLButtonElement, marks: string): Promise<Element> {
  start.focus();
  for (let i = 0; i < 12; i++) {
    await sendKeys({ press: 'Tab' });
    const active = shadow(el).activeElement;
    if (active?.matches(marks) || active?.querySelector(marks)) return active;
  }
  throw new Error(`Tab never reached a mark of <${el.localName}>`);
}

const focused = (el: Host, attribute: string) => shadow(el).activeElement?.closest(`[${attribute}]`)?.getAttribute(attribute) ?? null;

/** Records every text that appears in the element's live regions. */
function announcements(el: Host): { readonly texts: string[]; stop(): void } {
  const texts: string[] = [];
  const read = () => {
    for (const region of all(el, "[aria-live], [role='status'], [role='alert']")) {
      const text = region.textContent!.replace(/\s+/g, ' ').trim();
      if (text && texts[texts.length - 1] !== text) texts.push(text);
    }
  };
  const observer = new MutationObserver(read);
  observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('keyboard-only walk', function () {
  this.timeout(60000);

  it('<twinning-map>: Tab, arrows and Enter reach every agreement', async () => {
    const { el, start } = await mount(ELEMENTS[0]!);
    const live = announcements(el);
    await tabIntoMarks(el, start, '[data-place]');
    // Breadth-first over the arrow keys; each path is replayed from Home, as a user would.
    const paths = new Map<string, string[]>([[focused(el, 'data-place')!, []]]);
    await sendKeys({ press: 'Home' });
    paths.clear();
    paths.set(focused(el, 'data-place')!, []);
    const queue = [...paths.keys()];
    const goTo = async (path: string[]) => {
      await sendKeys({ press: 'Home' });
      for (const key of path) await sendKeys({ press: key });
    };
    while (queue.length) {
      const place = queue.shift()!;
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
        await goTo(paths.get(place)!);
        await sendKeys({ press: key });
        const reached = focused(el, 'data-place');
        if (reached && !paths.has(reached)) {
          paths.set(reached, [...paths.get(place)!, key]);
          queue.push(reached);
        }
      }
    }
    const selected = new Set<string>();
    el.addEventListener('twinning-select', (event) => selected.add((event as Event & { twinning: string }).twinning));
    for (const [place, path] of paths) {
      await goTo(path);
      const count = DATA.twinnings.filter((t) => t.places.includes(place)).length;
      await sendKeys({ press: 'Enter' });
      for (let i = 1; i < count; i++) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Escape' });
    }
    live.stop();
    expect([...selected].filter(Boolean).sort()).to.deep.equal(DATA.twinnings.map((t) => t.id).sort());
    expect(live.texts.length).to.be.greaterThan(0);
    for (const text of live.texts) expect(text.length, text).to.be.lessThan(120);
  });

  it('<twinning-timeline>: Tab and arrows reach every agreement lane', async () => {
    const { el, start } = await mount(ELEMENTS[1]!);
    const live = announcements(el);
    await tabIntoMarks(el, start, "[part~='lane'], [part~='activity']");
    await sendKeys({ press: 'Home' });
    const reached = new Set<string>();
    for (let i = 0; i < DATA.twinnings.length * 2; i++) {
      const id = focused(el, 'data-twinning');
      if (id) reached.add(id);
      await sendKeys({ press: 'ArrowDown' });
    }
    live.stop();
    const drawable = DATA.twinnings.map((t) => t.id).filter((id) => shadow(el).querySelector(`[part~='lane'][data-twinning='${id}']`));
    expect(drawable.length).to.be.greaterThan(0);
    expect([...reached].sort()).to.deep.equal(drawable.sort());
    for (const text of live.texts) expect(text.length, text).to.be.lessThan(120);
  });

  it('<twinning-activity-chart>: Tab and arrows reach every category bar', async () => {
    const { el, start } = await mount(ELEMENTS[2]!, (await import('../fixtures/activities-small.json', { with: { type: 'json' } })).default);
    await tabIntoMarks(el, start, "[part~='bar']");
    await sendKeys({ press: 'Home' });
    const reached = new Set<string>();
    const bars = all(el, "[part~='bar']").map((b) => b.getAttribute('data-category')!);
    for (let i = 0; i < bars.length + 1; i++) {
      const id = focused(el, 'data-category');
      if (id) reached.add(id);
      await sendKeys({ press: 'ArrowDown' });
    }
    expect([...reached].sort()).to.deep.equal([...new Set(bars)].sort());
  });
});

describe('screen-reader paths', function () {
  this.timeout(30000);

  for (const kind of ELEMENTS) {
    it(`<${kind.tag}>: the accessibility tree contains the summary`, async () => {
      const { el } = await mount(kind);
      const summary = shadow(el).querySelector("[part~='summary']")!.textContent!.replace(/\s+/g, ' ').trim();
      expect(summary.length).to.be.greaterThan(10);
      type Node = { name?: string; children?: Node[] };
      const snapshot = (await a11ySnapshot({})) as unknown as Node & { children: Node[] };
      const words = summary.slice(0, 40);
      const found = findAccessibilityNode<Node>(snapshot, (node) => typeof node.name === 'string' && node.name.replace(/\s+/g, ' ').includes(words));
      expect(found, `no accessibility node with "${words}"`).to.not.equal(null);
    });
  }

  it('<twinning-map>: the announcement for an agreement between long names stays under 120 characters', async () => {
    const long = structuredClone(DATA) as unknown as { places: { name: unknown }[] };
    for (const place of long.places) place.name = `${String(typeof place.name === 'string' ? place.name : 'Place')} ${'and Surrounding Rural Municipality '.repeat(4)}`;
    const { el, start } = await mount(ELEMENTS[0]!, long);
    const live = announcements(el);
    await tabIntoMarks(el, start, '[data-place]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    live.stop();
    expect(live.texts.length).to.be.greaterThan(0);
    for (const text of live.texts) expect(text.length, text).to.be.lessThan(120);
  });
});
