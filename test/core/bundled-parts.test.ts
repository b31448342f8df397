// The bundled dataset comes in two files: a map alone fetches only the agreements; an element that
// draws activities fetches both; a page never holds two copies. Tests run in order on one page, as
// a reader's page would load them.
import { expect, waitUntil } from '@open-wc/testing';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import { loadBundled } from '../../packages/core/src/index.ts';

const fetchedParts = () =>
  performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /japan-canada\.(agreements|activities)/.test(n))
    .map((n) => (n.includes('activities') ? 'activities' : 'agreements'));

function mount(tag: string): HTMLElement {
  const el = document.createElement(tag);
  el.style.width = '900px';
  document.body.append(el);
  return el;
}

it('a map alone draws every bundled agreement from the agreements file, without fetching activities', async () => {
  const map = mount('twinning-map');
  await waitUntil(() => map.shadowRoot?.querySelectorAll('[part~="link"]').length, 'no links drawn', { timeout: 8000 });
  const agreements = await loadBundled('agreements');
  expect(agreements.ok).to.equal(true);
  const live = agreements.ok ? agreements.data.twinnings.filter((t) => t.type !== 'other').length : 0;
  expect(map.shadowRoot!.querySelectorAll('[part~="link"]').length).to.be.greaterThan(live / 2);
  expect(fetchedParts()).to.deep.equal(['agreements']);
  map.remove();
});

it('a chart fetches the activities too, and the map then gets the same whole dataset', async () => {
  const chart = mount('twinning-activity-chart');
  await waitUntil(() => chart.shadowRoot?.querySelectorAll('[part~="bar"]').length, 'no bars drawn', { timeout: 8000 });
  expect(fetchedParts().sort()).to.deep.equal(['activities', 'agreements']);
  const all = await loadBundled('all');
  const later = await loadBundled('agreements');
  expect(later).to.equal(all);
  expect(all.ok && all.data.activities!.length).to.be.greaterThan(100);
  chart.remove();
});
