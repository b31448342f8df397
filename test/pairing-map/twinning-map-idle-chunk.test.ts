/**
 * The map's interaction chunk (wheel, drag, pinch, link hits) is asked for when the page is idle
 * after the first paint, not only at the first pointer: on a phone-class CPU its compile would
 * otherwise land on the reader's first touch (bench/phone.mjs). A file of its own, so no earlier
 * test has loaded the chunk.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import type { TwinningMap } from '../../packages/pairing-map/src/index.ts';
import { interactionChunk } from '../../packages/pairing-map/src/interaction-chunk.ts';
import small from '../fixtures/map-small.json';

describe('<twinning-map> interaction chunk', () => {
  it('is in once the page has been idle, with no pointer over the map, and wheel zoom works at once', async () => {
    expect(interactionChunk.get(), 'not loaded before any map').to.not.be.ok;
    const box = await fixture<HTMLElement>(html`<div style="width: 600px"><twinning-map .data=${small as unknown as TwinningDataset}></twinning-map></div>`);
    const el = box.firstElementChild as TwinningMap;
    for (let i = 0; i < 150 && !interactionChunk.get(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(interactionChunk.get(), 'loaded within 3 s without a pointer').to.be.ok;
    await (el as unknown as { zoom: { gestures: Promise<void> } }).zoom.gestures;
    // The gestures listen already: a wheel over the map zooms without a pointerover first.
    const svg = el.shadowRoot!.querySelector('.map svg')!;
    const r = svg.getBoundingClientRect();
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true, cancelable: true }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot!.querySelector('.zoomable')!.getAttribute('transform')).to.not.equal('translate(0,0) scale(1)');
  });
});
