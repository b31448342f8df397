/**
 * The one-script-tag build: dist/twinning.js (made by `npm run build:lib`) on a bare page with
 * no build step, no import map and no other script. Expected counts come from the data file.
 */
import { expect } from '@open-wc/testing';
import type { TwinningDataset } from '@twinning/schema';
import canonical from '../../data/japan-canada.json';
import { barePage, drawn } from './frame.ts';

const dataset = canonical as unknown as TwinningDataset;
/**
 * The dataset as a URL for `src`. The test server turns every `.json` request into a JS module,
 * so a blob of data/japan-canada.json stands in for a static server's `/data/japan-canada.json`.
 */
let DATA = '';

before(() => {
  DATA = URL.createObjectURL(new Blob([JSON.stringify(canonical)], { type: 'application/json' }));
});
after(() => URL.revokeObjectURL(DATA));

/** Agreements the map can draw: both places have coordinates. */
function drawableTwinnings(): string[] {
  const located = new Set(dataset.places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon)).map((p) => p.id));
  return dataset.twinnings.filter((t) => t.places.every((id) => located.has(id))).map((t) => t.id).sort();
}

const idsOf = (marks: Element[], attribute: string) => marks.map((m) => m.getAttribute(attribute));

describe('dist/twinning.js on a bare page', function () {
  this.timeout(40000);

  it('<script type="module" src="dist/twinning.js"> renders the map, timeline and chart from src', async () => {
    const page = await barePage(['/packages/elements/dist/twinning.js'], `
      <twinning-map src="${DATA}"></twinning-map>
      <twinning-timeline src="${DATA}"></twinning-timeline>
      <twinning-activity-chart src="${DATA}"></twinning-activity-chart>`);
    const links = await drawn(page.doc.querySelector('twinning-map')!, '[part~="link"]');
    expect(idsOf(links, 'data-twinning').sort()).to.deep.equal(drawableTwinnings());

    const twinningIds = new Set(dataset.twinnings.map((t) => t.id));
    const lanes = await drawn(page.doc.querySelector('twinning-timeline')!, '[part~="lane"]');
    expect(lanes.length).to.be.greaterThan(0);
    for (const id of idsOf(lanes, 'data-twinning')) expect(twinningIds).to.include(id);

    const categories = new Set((dataset.activities ?? []).flatMap((a) => a.categories));
    const bars = await drawn(page.doc.querySelector('twinning-activity-chart')!, '[part~="bar"]');
    expect(bars.length).to.be.greaterThan(0);
    for (const category of idsOf(bars, 'data-category')) expect(categories).to.include(category);
    expect(page.errors).to.deep.equal([]);
  });

  it('dist/twinning.js is built with Lit in production mode (no dev-mode warning code)', async () => {
    const built = await (await fetch('/packages/elements/dist/twinning.js')).text();
    expect(built.length).to.be.greaterThan(10000);
    expect(built).not.to.contain('Lit is in dev mode');
    expect(built).not.to.contain('reactive-element.js in dev mode');
  });

  it('dist/twinning.js with no src shows the bundled dataset, loaded lazily next to the module', async () => {
    const page = await barePage(['/packages/elements/dist/twinning.js'], '<twinning-map></twinning-map>');
    const links = await drawn(page.doc.querySelector('twinning-map')!, '[part~="link"]');
    expect(links.length).to.equal(drawableTwinnings().length);
    const chunks = page.frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // A map alone loads the agreements part of the bundled dataset, never the activities.
    expect(chunks.some((path) => /^\/packages\/elements\/dist\/chunks\/japan-canada\.agreements-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(chunks.filter((path) => path.includes('japan-canada.activities'))).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('loading dist/twinning.js twice (two module instances) defines each element once, without an error', async () => {
    const page = await barePage(['/packages/elements/dist/twinning.js', '/packages/elements/dist/twinning.js?again'], `<twinning-map src="${DATA}"></twinning-map>`);
    const win = page.frame.contentWindow!;
    await win.customElements.whenDefined('twinning-map');
    // Both instances ran: the second module is a separate evaluation because its URL differs.
    const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.pathname === '/packages/elements/dist/twinning.js');
    expect(loaded.map((u) => u.search).sort()).to.deep.equal(['', '?again']);
    expect(await drawn(page.doc.querySelector('twinning-map')!, '[part~="link"]')).to.have.length(drawableTwinnings().length);
    expect(page.errors).to.deep.equal([]);
  });

  it('dist/twinning-timeline.js registers only <twinning-timeline>', async () => {
    const page = await barePage(['/packages/elements/dist/twinning-timeline.js'], `<twinning-timeline src="${DATA}"></twinning-timeline>`);
    const lanes = await drawn(page.doc.querySelector('twinning-timeline')!, '[part~="lane"]');
    expect(lanes.length).to.be.greaterThan(0);
    const registry = page.frame.contentWindow!.customElements;
    expect([registry.get('twinning-map'), registry.get('twinning-activity-chart')]).to.deep.equal([undefined, undefined]);
    expect(page.errors).to.deep.equal([]);
  });

  it('dist/twinning.js registers <twinning-data> once packages/provider exists', async function () {
    if (!(await fetch('/packages/provider/src/index.ts', { method: 'HEAD' })).ok) this.skip();
    const page = await barePage(['/packages/elements/dist/twinning.js'], `<twinning-data src="${DATA}"><twinning-map></twinning-map></twinning-data>`);
    expect(page.frame.contentWindow!.customElements.get('twinning-data')).to.be.a('function');
    const links = await drawn(page.doc.querySelector('twinning-map')!, '[part~="link"]');
    expect(links.length).to.equal(drawableTwinnings().length);
  });
});
