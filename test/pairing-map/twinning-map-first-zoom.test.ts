// The zoom steps, reset and bounds ride in the map's interaction chunk (zoom-gestures.ts), which no
// first paint loads: a real click on "+" right after the first paint of a fresh page, before the
// chunk is in, must still zoom once it arrives, and + and − on the focused map must zoom too.
// This file is its own page, so the chunk is not loaded yet.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import { interactionChunk } from '../../packages/pairing-map/src/interaction-chunk.ts';
import small from '../fixtures/map-small.json';

type MapHost = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const scaleOf = (map: MapHost) => /scale\(([\d.]+)\)/.exec(map.shadowRoot!.querySelector('.places.zoomable')!.getAttribute('transform')!)![1];

it('a click on "+" before the interaction chunk is in zooms once it arrives; + and − keys on the focused map zoom', async () => {
  const map = document.createElement('twinning-map') as MapHost;
  map.style.width = '600px';
  map.data = small as unknown as TwinningDataset;
  document.body.append(map);
  await waitUntil(() => map.shadowRoot?.querySelector('.zoom button'), 'no zoom buttons', { timeout: 8000 });
  await map.updateComplete;
  expect(interactionChunk.get(), 'first paint loaded the interaction chunk').to.equal(undefined);
  expect(scaleOf(map)).to.equal('1');

  const plus = map.shadowRoot!.querySelector<HTMLButtonElement>('.zoom button')!;
  expect(plus.getAttribute('aria-label')).to.equal('Zoom in');
  const box = plus.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await waitUntil(() => scaleOf(map) !== '1', 'the click on "+" did not zoom', { timeout: 4000 });
  expect(Number(scaleOf(map))).to.be.closeTo(1.6, 1e-9);

  // Keyboard: + and − on the focused map (a place holds the focus).
  map.shadowRoot!.querySelector<SVGGElement>('[data-place][tabindex="0"]')!.focus();
  await sendKeys({ press: '+' });
  expect(Number(scaleOf(map))).to.be.closeTo(2.56, 1e-9);
  await sendKeys({ press: '-' });
  await sendKeys({ press: '-' });
  expect(Number(scaleOf(map))).to.be.closeTo(1, 1e-9);
  // Never smaller than the whole map.
  await sendKeys({ press: '-' });
  expect(scaleOf(map)).to.equal('1');
  map.remove();
});
