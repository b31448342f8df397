import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { Place, Twinning, TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import { CANVAS_THRESHOLD } from '../../packages/pairing-map/src/twinning-map.element.ts';
import type { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import { nextEvent } from '../helpers/events.ts';

/** A deterministic large dataset: a grid of places in each country, each Canadian place paired with several Japanese ones. */
function largeDataset(links: number): TwinningDataset {
  const places: Place[] = [];
  for (let i = 0; i < 400; i++) places.push({ id: `ca-${i}`, name: `CA ${i}`, country: 'CA', kind: 'municipality', lat: 43 + (i % 20) * 0.6, lon: -125 + Math.floor(i / 20) * 2.7 });
  for (let i = 0; i < 400; i++) places.push({ id: `jp-${i}`, name: `JP ${i}`, country: 'JP', kind: 'municipality', lat: 31 + (i % 20) * 0.6, lon: 130 + Math.floor(i / 20) * 0.55 });
  const twinnings: Twinning[] = [];
  for (let i = 0; i < links; i++) twinnings.push({ id: `t-${i}`, places: [`ca-${i % 400}`, `jp-${(i * 7) % 400}`], type: 'sister-city', status: 'active', sources: ['s'], signed: String(1960 + (i % 60)) });
  return { schemaVersion: '1.0', sources: [{ id: 's', title: 'synthetic test data' }], places, twinnings };
}

describe("<twinning-map> at scale (canvas mode)", function () {
  this.timeout(30000);
  it(`draws more than ${CANVAS_THRESHOLD} links on a canvas and keeps SVG for interactive marks only`, async () => {
    const data = largeDataset(CANVAS_THRESHOLD + 50);
    const el = (await fixture<HTMLDivElement>(html`<div style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`)).firstElementChild as TwinningMap;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('canvas.marks'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.marks')!;
    expect(canvas).to.exist;
    expect(el.shadowRoot!.querySelectorAll('[part~="link"]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[data-place]').length).to.be.at.most(3);
    expect(el.shadowRoot!.querySelectorAll('[data-place][tabindex="0"]').length).to.equal(1);
    // Something is drawn: count non-background pixels.
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const corner = pixels.slice(0, 4).join();
    let different = 0;
    for (let i = 0; i < pixels.length; i += 4 * 97) if (pixels.slice(i, i + 4).join() !== corner) different++;
    expect(different).to.be.greaterThan(100);
  });

  it('hit-tests a click on a canvas dot through the spatial index and selects its agreement', async () => {
    const data = largeDataset(CANVAS_THRESHOLD + 10);
    const el = (await fixture<HTMLDivElement>(html`<div style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`)).firstElementChild as TwinningMap;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('canvas.marks'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    // Pick a dot that is drawn only on the canvas (not the focusable SVG mark).
    const svgMark = el.shadowRoot!.querySelector('[data-place]')!.getAttribute('data-place');
    const dots = (el as unknown as { model: { dots: { id: string; x: number; y: number }[] } }).model.dots;
    const target = dots.find((d) => d.id !== svgMark && d.id.startsWith('jp-'))!;
    const box = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
    const event = nextEvent(el, 'twinning-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + target.x), Math.round(box.top + target.y)] });
    const selected = (await event).twinning!;
    expect(data.twinnings.find((t) => t.id === selected)!.places).to.include(target.id);
    await el.updateComplete;
    // The selected agreement is highlighted in SVG above the canvas.
    expect(el.shadowRoot!.querySelector(`[part~="link"][data-twinning="${selected}"]`)!.getAttribute('part')).to.contain('link--selected');
  });

  it('a real click beside a link drawn only on the canvas selects a link passing within 6 px', async () => {
    const data = largeDataset(CANVAS_THRESHOLD + 10);
    const el = (await fixture<HTMLDivElement>(html`<div style="width: 900px"><twinning-map .data=${data}></twinning-map></div>`)).firstElementChild as TwinningMap;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('canvas.marks'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    // In the gap between the panels there are links and no dots.
    const { layout } = (el as unknown as { model: { layout: { panels: { x: number; width: number }[]; height: number } } }).model;
    const [first, second] = layout.panels;
    const point = [Math.round((first!.x + first!.width + second!.x) / 2), Math.round(layout.height / 2)] as const;
    const box = el.shadowRoot!.querySelector('.map svg')!.getBoundingClientRect();
    const event = nextEvent(el, 'twinning-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + point[0]), Math.round(box.top + point[1])] });
    const selected = (await event).twinning!;
    await el.updateComplete;
    // Measured on the selected link, now drawn in SVG: it passes within the 6 px band of the click.
    const path = el.shadowRoot!.querySelector(`[part~="link"][data-twinning="${selected}"]`) as SVGPathElement;
    const length = path.getTotalLength();
    let nearest = Number.POSITIVE_INFINITY;
    for (let i = 0; i <= 400; i++) {
      const p = path.getPointAtLength((length * i) / 400);
      nearest = Math.min(nearest, Math.hypot(p.x - point[0], p.y - point[1]));
    }
    expect(nearest).to.be.at.most(6.5);
  });
});
