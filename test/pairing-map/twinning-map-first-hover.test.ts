// The hover marks ride in the map's interaction chunk (map-interaction.ts), which no first paint
// loads: the first real pointer over a freshly drawn map must still show the place at once
// (tooltip) and its partners and links once the chunk is in. This file is its own page, so the
// chunk is not loaded yet.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import { interactionChunk } from '../../packages/pairing-map/src/interaction-chunk.ts';
import small from '../fixtures/map-small.json';

type MapHost = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

it('the first hover over a freshly drawn map shows the tooltip, then highlights the partners and links', async () => {
  await sendMouse({ type: 'move', position: [0, 0] });
  const map = document.createElement('twinning-map') as MapHost;
  map.style.width = '900px';
  map.data = small as unknown as TwinningDataset;
  document.body.append(map);
  await waitUntil(() => map.shadowRoot?.querySelector('[data-place="ca-on-thunder-bay"] circle'), 'map not drawn', { timeout: 8000 });
  expect(interactionChunk.get(), 'first paint loaded the interaction chunk').to.equal(undefined);

  const box = map.shadowRoot!.querySelector('[data-place="ca-on-thunder-bay"] circle')!.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  const tip = map.shadowRoot!.querySelector('[part="tooltip"]')!;
  expect(tip.checkVisibility(), 'tooltip shown on the first hover').to.equal(true);
  expect(tip.textContent).to.contain('Thunder Bay');

  await waitUntil(() => map.shadowRoot!.querySelector('[part~="place--partner"]'), 'no partner highlighted after the first hover', { timeout: 4000 });
  const partners = [...map.shadowRoot!.querySelectorAll('[part~="place--partner"]')].map((c) => c.closest('[data-place]')!.getAttribute('data-place')).sort();
  expect(partners).to.deep.equal(['jp-21-gifu', 'jp-21-yanaizu']);
  const mine = small.twinnings.filter((t) => t.places.includes('ca-on-thunder-bay')).map((t) => t.id).sort();
  expect([...map.shadowRoot!.querySelectorAll('[part~="link--active"]')].map((l) => l.getAttribute('data-twinning')).sort()).to.deep.equal(mine);
  map.remove();
});
