import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { TwinningSelectEvent } from '../../packages/core/src/index.ts';
import type { TwinningMap as TwinningMapElement } from '../../packages/pairing-map/src/index.ts';
import { TwinningMap } from '../../packages/react/src/index.ts';
import small from '../fixtures/map-small.json';
import { reactStage } from './react-root.ts';

const data = small as unknown as TwinningDataset;

const stage = reactStage();

async function drawn(): Promise<TwinningMapElement> {
  const el = stage.container().querySelector('twinning-map') as TwinningMapElement;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('svg [part~="link"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}

describe('@twinning/react TwinningMap (createComponent)', () => {
  it('passes data as a property and string props as attributes', async () => {
    flushSync(() => stage.root().render(createElement(TwinningMap, { data, status: 'ended', lang: 'fr' })));
    const el = await drawn();
    expect(el.data).to.equal(data);
    expect(el.getAttribute('status')).to.equal('ended');
    expect(el.getAttribute('lang')).to.equal('fr');
    const ids = [...el.shadowRoot!.querySelectorAll('[part~="link"]')].map((l) => l.getAttribute('data-twinning')).sort();
    expect(ids).to.deep.equal(data.twinnings.filter((t) => t.status === 'ended').map((t) => t.id).sort());
  });

  it('onTwinningSelect receives a TwinningSelectEvent after a real click on a link', async () => {
    const calls: TwinningSelectEvent[] = [];
    flushSync(() => stage.root().render(createElement(TwinningMap, { data, onTwinningSelect: (e: TwinningSelectEvent) => calls.push(e) })));
    const el = await drawn();
    const link = el.shadowRoot!.querySelector<SVGPathElement>('[part~="link"][data-twinning="alberta-hokkaido"]')!;
    link.scrollIntoView({ block: 'center' });
    // The middle of the path's length lies on the stroke, unlike the centre of its bounding box.
    const mid = link.getPointAtLength(link.getTotalLength() / 2);
    const point = new DOMPoint(mid.x, mid.y).matrixTransform(link.getScreenCTM()!);
    await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
    // A link click is resolved by the map's interaction chunk, which the first pointer over the map
    // starts loading: the event can come a moment after the click.
    await waitUntil(() => calls.length > 0, 'onTwinningSelect was not called', { timeout: 4000 });
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(calls[0]).to.be.instanceOf(TwinningSelectEvent);
    expect(calls[0]!.twinning).to.equal('alberta-hokkaido');
    expect(el.getAttribute('selected')).to.equal('alberta-hokkaido');
  });

  it('re-rendering with a new prop updates the element', async () => {
    flushSync(() => stage.root().render(createElement(TwinningMap, { data, status: 'active' })));
    let el = await drawn();
    expect(el.shadowRoot!.querySelectorAll('[part~="link"]')).to.have.length(data.twinnings.filter((t) => t.status === 'active').length);
    flushSync(() => stage.root().render(createElement(TwinningMap, { data, status: 'ended' })));
    el = await drawn();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="link"]')).to.have.length(data.twinnings.filter((t) => t.status === 'ended').length);
  });
});
