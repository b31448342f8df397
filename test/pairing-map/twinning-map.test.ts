import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.ts';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { deepFreeze, isValidated, parse, type TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/provider/src/index.ts';
import type { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import small from '../fixtures/map-small.json';
import usJapan from '../fixtures/us-japan.json';
import manyCountries from '../fixtures/many-countries.json';
import { expectNoAxeViolations } from '../helpers/axe.ts';

const data = small as unknown as TwinningDataset;

async function ready(el: TwinningMap): Promise<TwinningMap> {
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('svg [part~="place"], [part="empty"], [part="error"] ul'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}

async function mount(template: ReturnType<typeof html>): Promise<TwinningMap> {
  return ready(await fixture<TwinningMap>(html`<div style="width: 900px">${template}</div>`).then((d) => d.firstElementChild as TwinningMap));
}

const q = (el: TwinningMap, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/**
 * The wheel, drag and pinch handlers are a chunk asked for when a pointer first comes over the map:
 * moves a real pointer over it, then settles once they listen.
 */
async function gesturesReady(el: TwinningMap): Promise<void> {
  const box = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [0, 0] });
  await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + 4)] });
  await (el as unknown as { zoom: { gestures: Promise<void> } }).zoom.gestures;
}
const linkIds = (el: TwinningMap) => q(el, '[part~="link"]').map((l) => l.getAttribute('data-twinning')).sort();
/** Hover and focus marks come with the interaction chunk (the first hover or focus asks for it): settles once they follow. */
const marksReady = (el: TwinningMap) => (el as unknown as { active: { ready?: Promise<void> } }).active.ready;
const placeIds = (el: TwinningMap) => q(el, '[data-place]').map((p) => p.getAttribute('data-place')).sort();

function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('<twinning-map> drawing', () => {
  it('draws one link per twinning and one dot per place of the data', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    expect(linkIds(el)).to.deep.equal(data.twinnings.map((t) => t.id).sort());
    const used = new Set(data.twinnings.flatMap((t) => t.places));
    expect(placeIds(el)).to.deep.equal([...used].sort());
  });

  it('uses the split layout with Japan on the left and Canada on the right', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const x = (id: string) => centre(el.shadowRoot!.querySelector(`[data-place="${id}"] circle`)!)[0];
    expect(x('jp-01-kushiro')).to.be.lessThan(x('ca-bc-burnaby'));
    const titles = q(el, '.panel-title').map((t) => t.textContent);
    expect(titles).to.deep.equal(['Japan', 'Canada']);
  });

  it('dashes ended agreements so colour is not the only cue', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const dashed = q(el, '[part~="link"][stroke-dasharray]').map((l) => l.getAttribute('data-twinning')).sort();
    expect(dashed).to.deep.equal(data.twinnings.filter((t) => t.status === 'ended').map((t) => t.id).sort());
  });

  it('writes a summary from the data', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain('6 agreements');
    expect(summary).to.contain('5 places in Canada');
    expect(summary).to.contain('6 places in Japan');
    expect(summary).to.contain('1965–1998');
  });
});

describe('<twinning-map> shared attributes', () => {
  it('status keeps only the listed statuses', async () => {
    const el = await mount(html`<twinning-map .data=${data} status="ended"></twinning-map>`);
    expect(linkIds(el)).to.deep.equal(['dundas-kaga', 'thunderbay-yanaizu']);
  });

  it('type keeps only the listed types', async () => {
    const el = await mount(html`<twinning-map .data=${data} type="sister-province"></twinning-map>`);
    expect(linkIds(el)).to.deep.equal(['alberta-hokkaido']);
  });

  it('since and until keep agreements in force in the range', async () => {
    const el = await mount(html`<twinning-map .data=${data} since="2002" until="2010"></twinning-map>`);
    // Dundas–Kaga ended in 2001 and so drops out; undated Thunder Bay–Gifu stays (its start is unknown).
    expect(linkIds(el)).to.deep.equal(['alberta-hokkaido', 'burnaby-kushiro', 'thunderbay-gifu', 'thunderbay-yanaizu', 'vancouver-yokohama']);
  });

  it('place shows one place and all its partners, with a caption', async () => {
    const el = await mount(html`<twinning-map .data=${data} place="ca-on-thunder-bay"></twinning-map>`);
    expect(linkIds(el)).to.deep.equal(['thunderbay-gifu', 'thunderbay-yanaizu']);
    expect(placeIds(el)).to.deep.equal(['ca-on-thunder-bay', 'jp-21-gifu', 'jp-21-yanaizu']);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.match(/Thunder Bay ↔ Gifu,\s*Yanaizu/);
  });

  it('twinning shows one agreement with "Burnaby ↔ Kushiro · sister cities since 1965"', async () => {
    const el = await mount(html`<twinning-map .data=${data} twinning="burnaby-kushiro"></twinning-map>`);
    expect(linkIds(el)).to.deep.equal(['burnaby-kushiro']);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Burnaby ↔ Kushiro · sister cities since 1965');
  });

  it('categories leave the map alone (they filter activities, not agreements)', async () => {
    const el = await mount(html`<twinning-map .data=${data} categories="youth"></twinning-map>`);
    expect(linkIds(el).length).to.equal(data.twinnings.length);
  });

  it('an invalid status warns and keeps the default', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await mount(html`<twinning-map .data=${data} status="twin"></twinning-map>`);
      expect(linkIds(el).length).to.equal(data.twinnings.length);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('invalid status: "twin"').and.to.contain('active, dormant, ended, unknown');
  });

  it('a dataset parse returned is drawn as given, its warnings still reported; a frozen hand-built one is still checked', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const parsed = parse({ ...structuredClone(small), misspelt: true });
      expect(parsed.ok && isValidated(parsed.data)).to.equal(true);
      const el = await mount(html`<twinning-map .data=${parsed.ok ? parsed.data : null}></twinning-map>`);
      expect(linkIds(el).length).to.equal(data.twinnings.length);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('1 data warnings (unknown-field)');
    const bad = structuredClone(small) as { places: { lat: unknown }[] };
    bad.places[1]!.lat = 'north';
    const pointers: string[] = [];
    const el = await mount(html`<twinning-map @twinning-error=${(e: HTMLElementEventMap['twinning-error']) => pointers.push(...e.problems.map((p) => p.pointer))} .data=${deepFreeze(bad)}></twinning-map>`);
    expect(pointers).to.include('/places/1/lat');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('/places/1/lat');
  });

  it('attributes round-trip to properties and back', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    el.status = 'active';
    el.since = 1970;
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('active');
    expect(el.getAttribute('since')).to.equal('1970');
    el.setAttribute('until', '1990');
    expect(el.until).to.equal(1990);
  });
});

describe('<twinning-map> selection', () => {
  it('a real click on a link fires twinning-select with its id', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const link = el.shadowRoot!.querySelector('[part~="link"][data-twinning="alberta-hokkaido"]') as SVGPathElement;
    const length = link.getTotalLength();
    const point = link.getPointAtLength(length / 2);
    const svg = link.ownerSVGElement!.getBoundingClientRect();
    const event = nextEvent(el, 'twinning-select');
    await sendMouse({ type: 'click', position: [Math.round(svg.x + point.x), Math.round(svg.y + point.y)] });
    expect((await event).twinning).to.equal('alberta-hokkaido');
    expect(el.selected).to.equal('alberta-hokkaido');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-twinning="alberta-hokkaido"]')!.getAttribute('part')).to.contain('link--selected');
  });

  it('a real click near two close links picks the nearer one, within a 12 px wide band', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const path = (id: string) => el.shadowRoot!.querySelector(`[part~="link"][data-twinning="${id}"]`) as SVGPathElement;
    const [a, b] = [path('burnaby-kushiro'), path('vancouver-yokohama')];
    const box = a.ownerSVGElement!.getBoundingClientRect();
    const samples = (p: SVGPathElement) => Array.from({ length: 400 }, (_, i) => p.getPointAtLength((p.getTotalLength() * i) / 399));
    const onB = samples(b);
    const nearestOnB = (x: number, y: number) => onB.reduce((best, q) => (Math.hypot(q.x - x, q.y - y) < Math.hypot(best.x - x, best.y - y) ? q : best));
    // A point of link A whose neighbour B runs 6–9 px away: both bands cover the space between them.
    const found = samples(a).map((p) => ({ p, q: nearestOnB(p.x, p.y) })).find(({ p, q }) => {
      const d = Math.hypot(q.x - p.x, q.y - p.y);
      return d >= 6 && d <= 9;
    });
    expect(found, 'two links 6–9 px apart somewhere').to.exist;
    const { p, q } = found!;
    const at = (t: number): [number, number] => [Math.round(box.x + p.x + (q.x - p.x) * t), Math.round(box.y + p.y + (q.y - p.y) * t)];
    const pick = async (position: [number, number]) => {
      const event = nextEvent(el, 'twinning-select');
      await sendMouse({ type: 'click', position });
      return (await event).twinning;
    };
    expect(await pick(at(0.3)), 'closer to A').to.equal('burnaby-kushiro');
    expect(await pick(at(0.75)), 'closer to B').to.equal('vancouver-yokohama');
    // 4 px off A on the side away from B: a thin stroke would miss, the band does not.
    const away = 4 / Math.hypot(q.x - p.x, q.y - p.y);
    expect(await pick(at(-away)), 'beside A, away from B').to.equal('burnaby-kushiro');
  });

  it('a real click on a dot selects its agreement', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const event = nextEvent(el, 'twinning-select');
    await sendMouse({ type: 'click', position: centre(el.shadowRoot!.querySelector('[data-place="jp-01-kushiro"] circle')!) });
    expect((await event).twinning).to.equal('burnaby-kushiro');
  });

  it('Tab enters the map once, arrows move, Enter selects, Escape clears', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const focusable = q(el, '[data-place][tabindex="0"]');
    expect(focusable.length).to.equal(1);
    (focusable[0] as SVGGElement).focus();
    await el.updateComplete;
    const first = el.shadowRoot!.activeElement!.getAttribute('data-place');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = el.shadowRoot!.activeElement?.getAttribute('data-place');
    expect(second).to.be.a('string').and.not.equal(first);
    const selectEvent = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'Enter' });
    const selected = (await selectEvent).twinning;
    expect(data.twinnings.find((t) => t.id === selected)!.places).to.include(second);
    const clear = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'Escape' });
    expect((await clear).twinning).to.equal(null);
  });

  it('arrow keys choose among the partners of a place with several', async () => {
    const el = await mount(html`<twinning-map .data=${data} place="ca-on-thunder-bay"></twinning-map>`);
    (el.shadowRoot!.querySelector('[data-place="ca-on-thunder-bay"]') as SVGGElement).focus();
    await el.updateComplete;
    let event = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'Enter' });
    const firstChoice = (await event).twinning;
    event = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'ArrowDown' });
    const secondChoice = (await event).twinning;
    expect([firstChoice, secondChoice].sort()).to.deep.equal(['thunderbay-gifu', 'thunderbay-yanaizu']);
  });

  it('hovering a place highlights its partners and its links and dims the other links', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendMouse({ type: 'move', position: centre(el.shadowRoot!.querySelector('[data-place="ca-on-thunder-bay"] circle')!) });
    await el.updateComplete;
    await marksReady(el);
    const partners = q(el, '[part~="place--partner"]').map((c) => c.closest('[data-place]')!.getAttribute('data-place')).sort();
    expect(partners).to.deep.equal(['jp-21-gifu', 'jp-21-yanaizu']);
    const mine = data.twinnings.filter((t) => t.places.includes('ca-on-thunder-bay')).map((t) => t.id).sort();
    expect(q(el, '[part~="link--active"]').map((l) => l.getAttribute('data-twinning')).sort()).to.deep.equal(mine);
    // What the reader sees: the other links fade, the hovered place's links stay strong.
    const opacity = (l: Element) => Number(getComputedStyle(l).opacity);
    for (const link of q(el, '[part~="link"]')) {
      expect(opacity(link), link.getAttribute('data-twinning')!).to.equal(mine.includes(link.getAttribute('data-twinning')!) ? 1 : 0.15);
    }
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect(q(el, '[part~="link--active"], [part~="place--partner"]')).to.have.length(0);
    expect(q(el, '[part~="link"]').every((l) => opacity(l) === 0.75)).to.equal(true);
  });

  it('a hover changes only the affected marks: no re-render, no other mark touched', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    await sendMouse({ type: 'move', position: [0, 0] });
    let renders = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = ((...args: Parameters<typeof original>) => (renders++, original(...args))) as typeof el.requestUpdate;
    const marks = el.shadowRoot!.querySelector('.map svg')!;
    const changed = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement!;
        // Labels are their own layer, re-placed on hover so the partners' names show.
        if (!node.closest('.labels')) changed.add(node);
      }
    });
    observer.observe(marks, { subtree: true, attributes: true, childList: true, characterData: true });
    await sendMouse({ type: 'move', position: centre(el.shadowRoot!.querySelector('[data-place="ca-on-thunder-bay"] circle')!) });
    await el.updateComplete;
    await marksReady(el);
    await new Promise((r) => requestAnimationFrame(r));
    observer.disconnect();
    el.requestUpdate = original;
    expect(renders, 'requestUpdate calls on hover').to.equal(0);
    const links = data.twinnings.filter((t) => t.places.includes('ca-on-thunder-bay')).length;
    // The svg (one class), the hovered dot, its two partners and its links: nothing else.
    const touched = [...changed].map((n) => n.getAttribute('data-twinning') ?? n.closest('[data-place]')?.getAttribute('data-place') ?? n.localName).sort();
    expect(touched).to.deep.equal([...data.twinnings.filter((t) => t.places.includes('ca-on-thunder-bay')).map((t) => t.id), 'ca-on-thunder-bay', 'jp-21-gifu', 'jp-21-yanaizu', 'svg'].sort());
    expect(changed.size).to.equal(links + 3 + 1);
  });

  it('focus shows the tooltip with the place, its other-language name and partners', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    await sendMouse({ type: 'move', position: [0, 0] });
    (el.shadowRoot!.querySelector('[data-place="ca-bc-burnaby"]') as SVGGElement).focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(tip.textContent).to.contain('Burnaby').and.contain('British Columbia').and.contain('Kushiro (1965)');
    expect(tip.querySelector('[lang="ja"]')!.textContent).to.equal('バーナビー');
  });
});

describe('<twinning-map> zoom', () => {
  const scale = (el: TwinningMap) => Number(/scale\(([\d.]+)\)/.exec(el.shadowRoot!.querySelector('.links')!.getAttribute('transform') ?? '')?.[1]);

  it('the + and − buttons zoom around the centre, and reset goes back', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const [zoomIn, zoomOut, reset] = q(el, '[part="zoom"] button') as HTMLButtonElement[];
    expect([zoomIn, zoomOut, reset].map((b) => b!.getAttribute('aria-label'))).to.deep.equal(['Zoom in', 'Zoom out', 'Reset zoom']);
    zoomIn!.click();
    await el.updateComplete;
    expect(scale(el)).to.be.closeTo(1.6, 1e-9);
    zoomIn!.click();
    zoomOut!.click();
    await el.updateComplete;
    expect(scale(el)).to.be.closeTo(1.6, 1e-9);
    reset!.click();
    await el.updateComplete;
    expect(scale(el)).to.equal(1);
  });

  it('the buttons zoom at once after mount, with no pointer over the map', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    await sendMouse({ type: 'move', position: [0, 0] });
    (el.shadowRoot!.querySelector('[part="zoom"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(scale(el)).to.be.closeTo(1.6, 1e-9);
  });

  it('a wheel over the map right after the pointer comes over it zooms in, and a real drag pans', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    await gesturesReady(el);
    const box = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
    const middle: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    const svg = el.shadowRoot!.querySelector('.map svg')!;
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: middle[0], clientY: middle[1], bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(scale(el)).to.be.greaterThan(1);
    const transform = () => el.shadowRoot!.querySelector('.links')!.getAttribute('transform');
    const before = transform();
    await sendMouse({ type: 'move', position: middle });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [middle[0] + 40, middle[1] + 10] });
    await sendMouse({ type: 'up' });
    expect(transform()).to.not.equal(before);
  });

  it('the + and - keys zoom from the keyboard, bounded at the whole view', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    (el.shadowRoot!.querySelector('[data-place][tabindex="0"]') as SVGGElement).focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(scale(el)).to.be.closeTo(1.6, 1e-9);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(scale(el)).to.equal(1);
  });
});

describe('<twinning-map> zoom without re-render', () => {
  it('a zoom step moves layers and resizes dots and links without rendering the template again', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    const dot = el.shadowRoot!.querySelector('[data-place="ca-bc-burnaby"] > circle')!;
    const link = el.shadowRoot!.querySelector('[part~="link"]')!;
    const before = dot.getBoundingClientRect().width;
    const widthBefore = parseFloat(getComputedStyle(link).strokeWidth);
    let renders = 0;
    const host = el as unknown as { update: (changed: unknown) => void };
    const update = host.update.bind(el);
    host.update = (changed) => {
      renders++;
      update(changed);
    };
    (el.shadowRoot!.querySelector('[part="zoom"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(renders, 'Lit updates during and after the zoom step').to.equal(0);
    expect(el.shadowRoot!.querySelector('.links')!.getAttribute('transform')).to.contain('scale(1.6');
    // On screen a dot grows with the square root of the zoom, and a link gets thinner the same way.
    expect(dot.getBoundingClientRect().width / before).to.be.closeTo(Math.sqrt(1.6), 0.05);
    expect(parseFloat(getComputedStyle(link).strokeWidth)).to.be.closeTo(widthBefore / Math.sqrt(1.6), 0.01);
    expect(q(el, '[part~="label"]').length, 'labels placed again at the new scale').to.be.greaterThan(0);
  });
});

describe('<twinning-map> selection stays in view', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  /** Whether a place's dot is drawn inside its panel on screen. */
  const inView = (el: TwinningMap, id: string) => {
    const dot = el.shadowRoot!.querySelector(`[data-place="${id}"] > circle`)!.getBoundingClientRect();
    // A nested <svg>'s client rect is its content's; its viewport is its x, y, width and height.
    const viewport = el.shadowRoot!.querySelector(`[data-place="${id}"]`)!.closest('svg.panel-viewport') as SVGSVGElement;
    const map = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
    const [left, top] = [map.left + viewport.x.baseVal.value, map.top + viewport.y.baseVal.value];
    const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
    return x > left && x < left + viewport.width.baseVal.value && y > top && y < top + viewport.height.baseVal.value;
  };
  /** Zooms far into the top-left corner (a wheel gesture there), away from every place of the fixture. */
  const zoomedAway = async (el: TwinningMap) => {
    await gesturesReady(el);
    const svg = el.shadowRoot!.querySelector('.map svg')!;
    const box = svg.getBoundingClientRect();
    for (let i = 0; i < 4; i++) svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -500, clientX: box.left + 2, clientY: box.top + 2, bubbles: true, cancelable: true }));
    await el.updateComplete;
  };
  const settled = async (el: TwinningMap) => {
    // Framing is in the interaction chunk, asked for after the first render; once it is in, the
    // animation frames below see the view move.
    await import('../../packages/pairing-map/src/map-interaction.ts');
    let before = '';
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = el.shadowRoot!.querySelector('.links')!.getAttribute('transform')!;
      if (now === before && !el.shadowRoot!.querySelector('.map--zooming')) return;
      before = now;
    }
  };

  it('alone: selecting an agreement zoomed out of view frames both its places, animated', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    await zoomedAway(el);
    expect(['ca-bc-burnaby', 'jp-01-kushiro'].every((id) => inView(el, id)), 'off view before').to.equal(false);
    el.selected = 'burnaby-kushiro';
    await el.updateComplete;
    await settled(el);
    expect(inView(el, 'ca-bc-burnaby') && inView(el, 'jp-01-kushiro')).to.equal(true);
  });

  it('inside <twinning-data>: the provider\'s selection is framed at once under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const wrapper = await fixture(html`<div style="width: 900px"><twinning-data .data=${data}><twinning-map></twinning-map></twinning-data></div>`);
    const provider = wrapper.firstElementChild as HTMLElement & { selected?: string };
    const el = await ready(provider.querySelector('twinning-map') as TwinningMap);
    await zoomedAway(el);
    // The interaction chunk (framing), asked for after the first render, is in before the selection comes.
    await import('../../packages/pairing-map/src/map-interaction.ts');
    await el.updateComplete;
    expect(['ca-on-dundas', 'jp-17-kaga'].every((id) => inView(el, id)), 'off view before').to.equal(false);
    provider.selected = 'dundas-kaga';
    for (let i = 0; i < 3; i++) {
      await (provider as unknown as TwinningMap).updateComplete;
      await el.updateComplete;
    }
    expect(el.shadowRoot!.querySelector('[data-twinning="dundas-kaga"]')!.getAttribute('part')).to.contain('link--selected');
    // Instant: no frames to wait for.
    expect(inView(el, 'ca-on-dundas') && inView(el, 'jp-17-kaga')).to.equal(true);
  });
});

describe('<twinning-map> language', () => {
  it('lang="fr" changes UI text and region names', async () => {
    const el = await mount(html`<twinning-map .data=${data} lang="fr"></twinning-map>`);
    expect(el.shadowRoot!.querySelector('.zoom button')!.getAttribute('aria-label')).to.equal('Zoom avant');
    expect(el.shadowRoot!.querySelector('[data-place="ca-bc-burnaby"]')!.getAttribute('aria-label')).to.contain('Colombie-Britannique');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('6 ententes');
  });

  it('lang="ja" shows Japanese UI text and place names', async () => {
    const el = await mount(html`<twinning-map .data=${data} lang="ja"></twinning-map>`);
    expect(el.shadowRoot!.querySelector('.zoom button')!.getAttribute('aria-label')).to.equal('拡大');
    expect(el.shadowRoot!.querySelector('[data-place="jp-01-kushiro"]')!.getAttribute('aria-label')).to.contain('釧路市');
    expect(q(el, '.panel-title').map((t) => t.textContent)).to.deep.equal(['日本', 'カナダ']);
  });

  it('inherits lang from an ancestor', async () => {
    const wrapper = await fixture(html`<div lang="ja" style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`);
    const el = await ready(wrapper.firstElementChild as TwinningMap);
    expect(el.shadowRoot!.querySelector('.zoom button')!.getAttribute('aria-label')).to.equal('拡大');
  });

  it('tags Japanese names with lang="ja" in an English map', async () => {
    const el = await mount(html`<twinning-map .data=${data} selected="burnaby-kushiro"></twinning-map>`);
    const labels = q(el, '[part~="label"]');
    expect(labels.find((l) => l.textContent === 'Kushiro')).to.exist;
    const el2 = await mount(html`<twinning-map .data=${data} twinning="burnaby-kushiro" lang="fr"></twinning-map>`);
    // French has no name of its own for Kushiro, so the English one is used and tagged.
    const kushiro = q(el2, '[part~="label"]').find((l) => l.textContent === 'Kushiro');
    expect(kushiro?.getAttribute('lang')).to.equal('en');
  });
});

describe('<twinning-map> states', () => {
  it('shows the empty state with the filters that emptied it', async () => {
    const el = await mount(html`<twinning-map .data=${data} status="dormant"></twinning-map>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No agreements match').and.contain('status: dormant');
    await expectNoAxeViolations(el.shadowRoot!.querySelector('[part="base"]')!);
  });

  it('shows the error state for a src that answers 404, with the URL and status', async () => {
    const el = await fixture<TwinningMap>(html`<twinning-map src="/no-such-file.json"></twinning-map>`);
    const error = await nextEvent(el, 'twinning-error');
    expect(error.problems[0]!.message).to.contain('404');
    await el.updateComplete;
    const part = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(part.getAttribute('role')).to.equal('alert');
    expect(part.textContent).to.contain('/no-such-file.json').and.contain('404');
    await expectNoAxeViolations(el.shadowRoot!.querySelector('[part="base"]')!);
  });

  it('shows the error state for invalid data, naming where', async () => {
    const bad = { ...data, twinnings: [{ ...data.twinnings[0]!, places: ['ca-bc-burnaby', 'jp-99-nowhere'] }] };
    const el = await mount(html`<twinning-map .data=${bad}></twinning-map>`);
    const part = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(part.textContent).to.contain('jp-99-nowhere').and.contain('/twinnings/0/places/1');
  });

  it('never injects data as HTML', async () => {
    const evil = { ...data, places: data.places.map((p) => (p.id === 'ca-bc-burnaby' ? { ...p, name: '<img src=x onerror="window.__pwned=1">Burnaby' } : p)) };
    const el = await mount(html`<twinning-map .data=${evil} twinning="burnaby-kushiro"></twinning-map>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('<img');
  });

  it('has no axe violations when ready, with the table open', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    (el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    await expectNoAxeViolations(el.shadowRoot!.querySelector('[part="base"]')!);
  });
});

describe('<twinning-map> data table', () => {
  it('lists exactly the agreements drawn, with precise dates and sources', async () => {
    const el = await mount(html`<twinning-map .data=${data} status="active"></twinning-map>`);
    const toggle = el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    const rows = q(el, '[part="table"] tbody tr').map((r) => r.getAttribute('data-twinning')).sort();
    expect(rows).to.deep.equal(linkIds(el));
    const alberta = el.shadowRoot!.querySelector('[part="table"] tr[data-twinning="alberta-hokkaido"]')!.textContent!;
    expect(alberta).to.contain('September 5, 1980').and.contain('clair.or.jp');
    const burnaby = el.shadowRoot!.querySelector('[part="table"] tr[data-twinning="burnaby-kushiro"]')!.textContent!;
    expect(burnaby).to.contain('1965').and.not.contain('January');
  });

  it('sorts by a column when its header is clicked', async () => {
    const el = await mount(html`<twinning-map .data=${data}></twinning-map>`);
    (el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    const signedHeader = q(el, '[part="table"] th').find((th) => th.textContent!.includes('Signed'))!;
    (signedHeader.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(signedHeader.getAttribute('aria-sort')).to.equal('ascending');
    const first = el.shadowRoot!.querySelector('[part="table"] tbody tr')!.getAttribute('data-twinning');
    expect(['burnaby-kushiro', 'vancouver-yokohama']).to.include(first);
  });
});

describe('<twinning-map> other countries', () => {
  for (const [name, fixtureData] of [['US–Japan', usJapan], ['many-country', manyCountries]] as const) {
    it(`fits every dot of the ${name} fixture inside the view`, async () => {
      const el = await mount(html`<twinning-map .data=${fixtureData}></twinning-map>`);
      const svg = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
      const dots = q(el, '[data-place] circle');
      expect(dots.length).to.be.greaterThan(0);
      for (const dot of dots) {
        const [x, y] = centre(dot);
        expect(x).to.be.within(svg.left, svg.right);
        expect(y).to.be.within(svg.top, svg.bottom);
      }
    });
  }

  it('uses one globe for more than two countries', async () => {
    const el = await mount(html`<twinning-map .data=${manyCountries}></twinning-map>`);
    expect(q(el, '.panel-title').length).to.equal(0);
    expect(q(el, '[part~="link"]').length).to.be.greaterThan(0);
  });
});
