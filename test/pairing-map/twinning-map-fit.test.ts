/**
 * The map's box fits its drawing at phone and tablet widths: no empty band above or below the
 * panels, not while loading, not once drawn, and not in the frame after the width changes (a
 * phone turned, a window resized) before the map has been laid out again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import type { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import small from '../fixtures/map-small.json';

const data = small as unknown as TwinningDataset;

async function ready(el: TwinningMap): Promise<TwinningMap> {
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('svg [part~="place"], [part="empty"], [part="error"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}

async function mount(width: number): Promise<{ box: HTMLElement; el: TwinningMap }> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"><twinning-map .data=${data}></twinning-map></div>`);
  return { box, el: await ready(box.firstElementChild as TwinningMap) };
}

const rect = (el: TwinningMap, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

/** The top and bottom of the two panels (their water), in page pixels. */
function panels(el: TwinningMap): { top: number; bottom: number } {
  const boxes = [...el.shadowRoot!.querySelectorAll('.panel-bg')].map((p) => p.getBoundingClientRect());
  expect(boxes).to.have.length(2);
  return { top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
}

/** The drawing fills the svg, and the chart area ends where the map (svg and zoom buttons) ends. */
function expectFitted(el: TwinningMap): void {
  const svg = rect(el, '.map svg');
  const drawn = panels(el);
  expect(drawn.top - svg.top, 'band above the panels').to.be.within(-1, 2);
  expect(svg.bottom - drawn.bottom, 'band below the panels').to.be.within(-1, 2);
  const chart = rect(el, '.chart');
  const map = rect(el, '.map');
  expect(chart.bottom - map.bottom, 'band under the map').to.be.within(-1, 1);
}

describe('<twinning-map> split view fits its box', () => {
  for (const width of [320, 390, 768]) {
    it(`at ${width} px the panels fill the svg and the chart ends with the map`, async () => {
      const { el } = await mount(width);
      expect(rect(el, '.map svg').width).to.be.closeTo(width, 1);
      expectFitted(el);
    });
  }

  it('in the frame after the width shrinks to 390 px, before the map is laid out again, there is no band', async () => {
    const { box, el } = await mount(500);
    box.style.width = '390px';
    // Measured before any frame: the svg still holds the 500 px drawing, as a painted frame would.
    expect(el.shadowRoot!.querySelector('.map svg')!.getAttribute('width')).to.equal('500');
    expect(rect(el, '.map svg').width).to.be.closeTo(390, 1);
    expectFitted(el);
    // And once laid out again at 390 px.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.map svg')!.getAttribute('width')).to.equal('390');
    expectFitted(el);
  });

  for (const width of [320, 390, 768]) {
    it(`at ${width} px the height reserved while loading is the height drawn (no shift when the data arrives)`, async () => {
      // The same data, answered 300 ms late (test/robustness/server.mjs), so the loading box is seen.
      const src = '/test/robustness/net/data?file=map-small&ms=300';
      const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"><twinning-map src=${src}></twinning-map></div>`);
      const el = box.firstElementChild as TwinningMap;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'loading').to.exist;
      const reserved = rect(el, '.chart').height;
      await ready(el);
      expect(el.shadowRoot!.querySelector('.panel-bg'), 'the data is drawn as split panels').to.exist;
      expect(rect(el, '.chart').height).to.be.closeTo(reserved, 1);
    });
  }
});
