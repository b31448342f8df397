// The hover and focus marks ride in the map's interaction chunk (map-interaction.ts), which no
// first paint loads. A keyboard reader may never move a pointer: the first Tab into a freshly
// drawn map must still show the place at once (tooltip, labels) and, when the chunk is in, the
// focused dot's ring and its links. This file is its own page, so the chunk is not loaded yet.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/pairing-map/src/index.ts';
import { interactionChunk } from '../../packages/pairing-map/src/interaction-chunk.ts';
import small from '../fixtures/map-small.json';
import { mountAfterButton } from './mount-after-button.ts';

it('the first Tab into a freshly drawn map shows the tooltip, then the focus ring and the place\'s links', async () => {
  const { before, map } = await mountAfterButton();
  expect(interactionChunk.get(), 'first paint loaded the interaction chunk').to.equal(undefined);

  before.focus();
  await sendKeys({ press: 'Tab' });
  const place = (map.shadowRoot!.activeElement as Element).getAttribute('data-place')!;
  expect(place).to.be.a('string');
  // A visible focus at once: the ring if its chunk is already in, else the dot's own stroke.
  const dot = map.shadowRoot!.querySelector(`[data-place="${place}"] > circle`)!;
  const ring = map.shadowRoot!.querySelector(`[data-place="${place}"] .mark-focus`);
  expect(parseFloat(getComputedStyle(ring ?? dot).strokeWidth), 'no visible focus right after the first Tab').to.be.at.least(3);
  const tip = map.shadowRoot!.querySelector('[part="tooltip"]')!;
  expect(tip.checkVisibility(), 'tooltip shown on the first focus').to.equal(true);
  expect(tip.textContent).to.contain(small.places.find((p) => p.id === place)!.name.en);

  await waitUntil(() => map.shadowRoot!.querySelector(`[data-place="${place}"] .mark-focus`), 'no focus ring after the first Tab', { timeout: 4000 });
  expect(map.shadowRoot!.querySelector(`[data-place="${place}"] > circle`)!.getAttribute('part')).to.contain('place--focused').and.contain('place--active');
  const mine = small.twinnings.filter((t) => t.places.includes(place)).map((t) => t.id).sort();
  const active = [...map.shadowRoot!.querySelectorAll('[part~="link--active"]')].map((l) => l.getAttribute('data-twinning')).sort();
  expect(active).to.deep.equal(mine);
  before.remove();
  map.remove();
});
