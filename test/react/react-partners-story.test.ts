/**
 * The React wrappers of `<twinning-partners>` and `<twinning-story>` (@lit/react createComponent):
 * props reach the element as properties, and `on…` props receive the typed events of real clicks.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { TwinningSelectEvent } from '../../packages/core/src/index.ts';
import { TwinningPartners, TwinningStory } from '../../packages/react/src/index.ts';
import { TwinningStepChangeEvent } from '../../packages/story/src/index.ts';
import multi from '../fixtures/multi-country-city.json';
import { reactStage } from './react-root.ts';

const data = multi as unknown as TwinningDataset;
const HOME = 'ca-bc-port-alder';

const stage = reactStage();

function centre(node: Element): [number, number] {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + Math.min(box.height / 2, 20))];
}

describe('@twinning/react TwinningPartners', function () {
  this.timeout(20000);

  it('passes data and place as properties and draws a card per agreement of the place', async () => {
    flushSync(() => stage.root().render(createElement(TwinningPartners, { data, place: HOME, now: '2026-06-01', locator: 'none' })));
    const el = stage.container().querySelector('twinning-partners')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="card"]'), 'timed out waiting for the partner cards', { timeout: 4000 });
    expect(el.data).to.equal(data);
    expect(el.getAttribute('place')).to.equal(HOME);
    const drawn = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')].map((c) => c.dataset['twinning']).sort();
    const expected = data.twinnings.filter((t) => t.places.includes(HOME)).map((t) => t.id).sort();
    expect(drawn).to.deep.equal(expected);
  });

  it('onTwinningSelect receives a TwinningSelectEvent after a real click on a card', async () => {
    const calls: TwinningSelectEvent[] = [];
    flushSync(() => stage.root().render(createElement(TwinningPartners, { data, place: HOME, locator: 'none', onTwinningSelect: (e: TwinningSelectEvent) => calls.push(e) })));
    const el = stage.container().querySelector('twinning-partners')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="card"]'), 'timed out waiting for the partner cards', { timeout: 4000 });
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
    await sendMouse({ type: 'click', position: centre(card) });
    await waitUntil(() => calls.length > 0, 'timed out waiting for a select event', { timeout: 4000 });
    expect(calls[0]).to.be.instanceOf(TwinningSelectEvent);
    expect(calls[0]!.twinning).to.equal(card.dataset['twinning']);
  });
});

describe('@twinning/react TwinningStory', function () {
  this.timeout(20000);

  it('passes noHash as a property; onTwinningStepChange receives a TwinningStepChangeEvent after a real click on Next step', async () => {
    const calls: TwinningStepChangeEvent[] = [];
    const hash = location.hash;
    const step = (id: string, title: string) => createElement('section', { 'data-twinning-step': '', id, key: id }, createElement('h2', null, title));
    flushSync(() => stage.root().render(createElement(TwinningStory, { noHash: true, onTwinningStepChange: (e: TwinningStepChangeEvent) => calls.push(e) },
      createElement('div', { slot: 'graphic', key: 'graphic' }, 'A graphic'),
      step('react-one', 'One'), step('react-two', 'Two'), step('react-three', 'Three'))));
    const el = stage.container().querySelector('twinning-story')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="controls"] button') && el.stepElements.length === 3, 'timed out waiting for the story controls', { timeout: 4000 });
    expect(el.noHash).to.equal(true);
    const before = el.activeIndex;
    const next = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')[1]!;
    await sendMouse({ type: 'click', position: centre(next) });
    await waitUntil(() => calls.some((e) => e.index === before + 1), 'timed out waiting for a step change to the next step', { timeout: 4000 });
    const change = calls.find((e) => e.index === before + 1)!;
    expect(change).to.be.instanceOf(TwinningStepChangeEvent);
    expect(change.id).to.equal(el.stepElements[before + 1]!.id);
    expect(change.detail).to.deep.equal({ index: before + 1, id: change.id });
    expect(location.hash).to.equal(hash);
  });
});
