/**
 * Lifecycle: moved, removed and re-added, configured before connection, defined after parsing,
 * and 200 mount/unmount cycles that must leave nothing behind (heap after forced GC, listeners on
 * window/document, observers, timers). Chromium runs with --js-flags=--expose-gc and
 * --enable-precise-memory-info (web-test-runner.config.mjs).
 */
import { census } from './instrument.ts';
import { twinningContext } from '../../packages/core/src/context.ts';
import { pendingContextRequests } from '../../packages/core/src/pending-context.ts';
import { expect, fixture, html } from '@open-wc/testing';
import { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import { TwinningTimeline } from '../../packages/timeline/src/index.ts';
import { TwinningActivityChart } from '../../packages/activity-chart/src/index.ts';
import { all, ELEMENTS, outcome, settled, shadow, sleep, SMALL, type ElementKind } from './support.ts';

type Host = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

const create = (kind: ElementKind | string): Host => {
  const el = document.createElement(typeof kind === 'string' ? kind : kind.tag) as Host;
  el.data = SMALL;
  return el;
};
const marks = (el: Element, kind: ElementKind) => all(el, kind.marks).length;

describe('lifecycle', function () {
  this.timeout(30000);

  for (const kind of ELEMENTS) {
    it(`<${kind.tag}> moved to another parent keeps drawing and responding`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div><section style="width: 800px"></section><aside style="width: 600px"></aside></div>`);
      const el = create(kind);
      holder.firstElementChild!.append(el);
      await settled(el);
      const count = marks(el, kind);
      holder.lastElementChild!.append(el);
      await sleep(50);
      await el.updateComplete;
      expect(marks(el, kind)).to.equal(count);
      all<HTMLButtonElement>(el, "button[aria-controls='table']")[0]!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector("[part~='table']")).to.not.equal(null);
    });

    it(`<${kind.tag}> removed and added again draws again`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = create(kind);
      holder.append(el);
      await settled(el);
      el.remove();
      await sleep(20);
      holder.append(el);
      await settled(el);
      expect(marks(el, kind)).to.be.greaterThan(0);
    });

    it(`<${kind.tag}> with attributes set before it is connected uses them`, async () => {
      const el = create(kind);
      el.setAttribute('lang', 'ja');
      el.setAttribute('status', 'ended');
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      holder.append(el);
      await settled(el);
      expect(all(el, "button[aria-controls='table']")[0]!.textContent!.trim()).to.equal('データ表');
      const ended = new Set(SMALL.twinnings.filter((t) => t.status === 'ended').map((t) => t.id));
      const drawn = new Set(all(el, '[data-twinning]').map((m) => m.getAttribute('data-twinning')!));
      for (const id of drawn) expect(ended.has(id), `${id} is not ended`).to.equal(true);
    });
  }

  it('<twinning-map> zoom buttons still zoom after the map is moved', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div><section style="width: 800px"></section><aside style="width: 800px"></aside></div>`);
    const el = create('twinning-map');
    holder.firstElementChild!.append(el);
    await settled(el);
    holder.lastElementChild!.append(el);
    await el.updateComplete;
    // Zooming in spreads the dots apart on screen: measure the distance between two of them.
    const spread = () => {
      const [a, b] = all(el, "[part~='place']").map((d) => d.getBoundingClientRect());
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    const before = spread();
    all<HTMLButtonElement>(el, "[part~='zoom'] button")[0]!.click();
    // The step runs once the map's interaction chunk is in (at once if the page already has it).
    // A plain polling loop, not waitUntil, whose timeout timer would stay pending for the leak test.
    const end = performance.now() + 5000;
    while (spread() <= before * 1.2 && performance.now() < end) await sleep(20);
    expect(spread()).to.be.greaterThan(before * 1.2);
  });

  it('elements defined after their tags are parsed upgrade and draw (late-map, late-timeline, late-chart)', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    holder.innerHTML = '<late-map lang="fr"></late-map><late-timeline></late-timeline><late-chart></late-chart>';
    const tags = ['late-map', 'late-timeline', 'late-chart'];
    for (const tag of tags) (holder.querySelector(tag) as Host).data = SMALL;
    customElements.define('late-map', class extends TwinningMap {});
    customElements.define('late-timeline', class extends TwinningTimeline {});
    customElements.define('late-chart', class extends TwinningActivityChart {});
    for (const [i, tag] of tags.entries()) {
      const el = await settled(holder.querySelector(tag) as Host);
      expect(outcome(el), tag).to.equal('ready');
      expect(marks(el, ELEMENTS[i]!), tag).to.be.greaterThan(0);
    }
    expect(all(holder.querySelector('late-map')!, "button[aria-controls='table']")[0]!.textContent!.trim()).to.equal('Tableau de données');
  });
});

describe('lifecycle: 200 mount/unmount cycles', function () {
  // 230 mounts of one element each; a loaded 2-core machine needs the room.
  this.timeout(180000);
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

  async function cycles(n: number, holder: HTMLElement, only?: ElementKind): Promise<void> {
    // The fixture's data warnings are logged on every mount; the console keeps what it is given,
    // which is the test runner's memory, not the elements'. Silence it while cycling.
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await mountAndRemove(n, holder, only);
    } finally {
      console.warn = warn;
    }
    await sleep(50);
  }

  async function mountAndRemove(n: number, holder: HTMLElement, only?: ElementKind): Promise<void> {
    for (let i = 0; i < n; i++) {
      const el = create(only ?? ELEMENTS[i % ELEMENTS.length]!);
      holder.append(el);
      await settled(el);
      el.remove();
    }
  }

  async function settle(): Promise<number> {
    for (let i = 0; i < 3; i++) {
      gc!();
      await sleep(30);
    }
    return heap();
  }

  it('gc() is exposed to the page', () => {
    expect(typeof gc).to.equal('function');
  });

  for (const kind of ELEMENTS) {
    it(`<${kind.tag}>: 200 mounts leave no listeners, observers or timers, and the heap within 10 %`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      await cycles(30, holder, kind); // warm caches: templates, outlines, fonts
      const before = census();
      const heapBefore = await settle();
      await cycles(200, holder, kind);
      expect(census()).to.deep.equal(before);
      // Context requests of removed elements are not kept (Lit's ContextRoot kept all 230): the
      // last one is dropped at the next request.
      expect(pendingContextRequests(twinningContext), 'context requests still waiting').to.be.at.most(document.querySelectorAll(kind.tag).length + 1);
      const heapAfter = await settle();
      const growth = heapAfter - heapBefore;
      console.info(`<${kind.tag}> heap ${heapBefore} → ${heapAfter} bytes (${((growth / heapBefore) * 100).toFixed(1)} %)`);
      expect(growth, `heap grew by ${((growth / heapBefore) * 100).toFixed(1)} %`).to.be.lessThan(heapBefore * 0.1);
      // One leaked element with its shadow tree and dataset view is well over 10 KB, so 200 of
      // them are over 2 MB; the bound sits at half of that, so a leak of one element in two fails.
      // (A quarter was too tight: the map's outline assets and language text, cached once per page
      // on first use, measured up to 0.73 MB in a clean CI run with no element retained. On
      // 2026-12-02, with the context requests fixed: map +0.27 MB, timeline +0.26 MB, chart
      // +0.06 MB, one run on a loaded machine; bench/heap-diff.mjs finds no Twinning object among
      // what grows, so the bounds stay until CI shows the spread.)
      expect(growth, `heap grew from ${heapBefore} to ${heapAfter} bytes`).to.be.lessThan(1_000_000);
    });
  }
});
