import { expect, fixture, html } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/pairing-map/src/index.ts';
import { TwinningData } from '../../packages/provider/src/index.ts';
import { twinningContext } from '../../packages/core/src/context.ts';
import { pendingContextRequests } from '../../packages/core/src/pending-context.ts';
import small from '../fixtures/map-small.json';

const data = small as unknown as TwinningDataset;
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('context requests waiting for a provider', () => {
  it('a provider defined after the elements inside it still reaches them (its state arrives)', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 800px"><late-provider selected="burnaby-kushiro"><twinning-map></twinning-map></late-provider></div>`);
    const provider = host.firstElementChild as Updating;
    customElements.define('late-provider', class extends TwinningData {});
    const map = host.querySelector('twinning-map')!;
    const state = map as unknown as { shared?: { selected?: string } };
    for (let i = 0; i < 100 && !state.shared?.selected; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await provider.updateComplete;
    }
    // The map asked before any provider existed; its request waited and was answered once one did.
    expect(state.shared?.selected).to.equal('burnaby-kushiro');
  });

  it('keeps only the requests of elements still in the document', async () => {
    const holder = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
    for (let i = 0; i < 40; i++) {
      const el = document.createElement('twinning-map') as Updating & { data?: unknown };
      el.data = data;
      holder.append(el);
      await el.updateComplete;
      el.remove();
    }
    const last = document.createElement('twinning-map') as Updating & { data?: unknown };
    last.data = data;
    holder.append(last);
    await last.updateComplete;
    // Every earlier map is gone: only the connected one waits (plus any other test's connected elements).
    expect(pendingContextRequests(twinningContext)).to.be.at.most(document.querySelectorAll('twinning-map').length);
    expect(pendingContextRequests(twinningContext)).to.be.at.least(1);
  });
});
