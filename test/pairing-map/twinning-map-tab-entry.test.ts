// The map is one tab stop (the current place), as the shared contract says: Chromium makes the
// <svg> that holds the marks a tab stop of its own unless it says otherwise.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import small from '../fixtures/map-small.json';
import { mountAfterButton } from './mount-after-button.ts';

it('one Tab from the page lands on a place, and the next leaves the marks', async () => {
  const { before, map } = await mountAfterButton();
  before.focus();
  await sendKeys({ press: 'Tab' });
  const first = map.shadowRoot!.activeElement as Element | null;
  expect(first?.getAttribute('data-place'), `focused ${first?.outerHTML.slice(0, 80)}`).to.be.a('string');
  await sendKeys({ press: 'Tab' });
  const second = map.shadowRoot!.activeElement as Element | null;
  expect(second?.hasAttribute('data-place') ?? false, 'a second place took a tab stop').to.equal(false);
  before.remove();
  map.remove();
});

it("Enter selects the focused place's agreement and the focus stays on that place", async () => {
  const { before, map } = await mountAfterButton();
  before.focus();
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'ArrowRight' });
  await map.updateComplete;
  const place = (map.shadowRoot!.activeElement as Element).getAttribute('data-place');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => map.getAttribute('selected'), 'nothing selected', { timeout: 4000 });
  await map.updateComplete;
  const data = small as unknown as TwinningDataset;
  expect(data.twinnings.find((t) => t.id === map.getAttribute('selected'))!.places).to.include(place);
  // The selected dots are drawn again on top; the focused element must still be the same place.
  expect((map.shadowRoot!.activeElement as Element).getAttribute('data-place')).to.equal(place);
  before.remove();
  map.remove();
});
