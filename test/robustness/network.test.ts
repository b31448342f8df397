/**
 * Bad networks: the test server's /test/robustness/net/ routes (test/robustness/server.mjs)
 * answer with errors, the wrong content, slowly, hugely or never.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TwinningElement } from '@twinning/core';
import { MAX_DATASET_BYTES } from '@twinning/schema';
import { setBasemapImporter } from '../../packages/pairing-map/src/basemap-loader.ts';
import { all, ELEMENTS, outcome, settled, shadow, sleep, SMALL } from './support.ts';
import activities from '../fixtures/activities-small.json' with { type: 'json' };
import mapSmall from '../fixtures/map-small.json' with { type: 'json' };

const NET = '/test/robustness/net';
type Loadable = HTMLElement & { src?: string; updateComplete: Promise<boolean> };

async function mount(tag: string, src: string): Promise<Loadable> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement(tag) as Loadable;
  el.src = src;
  holder.append(el);
  return el;
}

const errorText = (el: Element) => shadow(el).querySelector("[part~='error']")?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const twinningIds = (el: Element) => [...new Set(all(el, '[data-twinning]').map((n) => n.getAttribute('data-twinning')))].sort();

describe('bad networks: src', function () {
  this.timeout(20000);

  for (const kind of ELEMENTS) {
    it(`<${kind.tag}> src answering 404 shows the URL and the status`, async () => {
      const el = await settled(await mount(kind.tag, `${NET}/status/404`));
      expect(outcome(el)).to.equal('error');
      expect(errorText(el)).to.contain(`${NET}/status/404`).and.to.contain('404');
      expect(shadow(el).querySelector("[part~='error']")!.getAttribute('role')).to.equal('alert');
    });
  }

  it('src answering 500 shows the status', async () => {
    const el = await settled(await mount('twinning-map', `${NET}/status/500`));
    expect(errorText(el)).to.contain('HTTP 500');
  });

  it('src answering 500 in a French page says so in French (the texts load with the response reader)', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 800px"></div>`);
    const el = document.createElement('twinning-map') as Loadable;
    el.src = `${NET}/status/500`;
    holder.append(el);
    await settled(el);
    expect(errorText(el)).to.contain(`Le chargement de ${NET}/status/500 a échoué : HTTP 500`);
  });

  it('src answering invalid JSON names the line and column', async () => {
    const el = await settled(await mount('twinning-timeline', `${NET}/invalid-json`));
    expect(errorText(el)).to.match(/invalid JSON at line 1, column \d+/);
  });

  it('src answering an HTML page says it is a web page, not a dataset, and runs none of it', async () => {
    const el = await settled(await mount('twinning-activity-chart', `${NET}/html`));
    expect(errorText(el)).to.contain('web page').and.to.contain('text/html');
    expect((window as { cmsScriptRan?: boolean }).cmsScriptRan).to.equal(undefined);
    expect(shadow(el).querySelector('h1, script')).to.equal(null);
  });

  it('a slow src (5 s) shows the loading state, then the data', async () => {
    const el = await mount('twinning-map', `${NET}/data?file=map-small&ms=5000`);
    await sleep(300);
    const loading = shadow(el).querySelector("[part~='loading']");
    expect(loading?.getAttribute('role')).to.equal('status');
    expect(shadow(el).querySelector("[part~='base']")!.getAttribute('aria-busy')).to.equal('true');
    await settled(el, 9000);
    expect(twinningIds(el)).to.deep.equal((mapSmall.twinnings as { id: string }[]).map((t) => t.id).sort());
  });

  it('a src that never answers stops after the timeout (TwinningElement.loadTimeoutSeconds) with a message', async () => {
    const before = TwinningElement.loadTimeoutSeconds;
    TwinningElement.loadTimeoutSeconds = 1;
    try {
      const started = performance.now();
      const el = await settled(await mount('twinning-map', `${NET}/never`), 6000);
      expect(performance.now() - started).to.be.lessThan(4000);
      expect(errorText(el)).to.contain('took longer than 1 s');
    } finally {
      TwinningElement.loadTimeoutSeconds = before;
    }
  });

  it('src changed three times quickly renders only the last one, even when earlier answers arrive later', async () => {
    const el = await mount('twinning-map', `${NET}/data?file=map-small&ms=1500`);
    await sleep(50);
    el.src = `${NET}/data?file=timeline-small&ms=1000`;
    await sleep(50);
    el.src = `${NET}/data?file=activities-small&ms=0`;
    await settled(el);
    const last = (activities.twinnings as { id: string }[]).map((t) => t.id).sort();
    expect(twinningIds(el)).to.deep.equal(last);
    await sleep(1800); // both earlier answers have arrived by now
    await el.updateComplete;
    expect(twinningIds(el)).to.deep.equal(last);
  });

  it('a src load interrupted by removing the element resumes when it is added again', async () => {
    const el = await mount('twinning-timeline', `${NET}/data?file=timeline-small&ms=300`);
    const parent = el.parentElement!;
    await sleep(50);
    el.remove();
    await sleep(50);
    parent.append(el);
    await settled(el);
    expect(outcome(el)).to.equal('ready');
  });
});

describe('bad networks: a 50 MB dataset', function () {
  this.timeout(20000);

  it('src with Content-Length over the limit stops at once with "too large"', async () => {
    const started = performance.now();
    const el = await settled(await mount('twinning-map', `${NET}/big?length=1`));
    expect(errorText(el)).to.contain('too large').and.to.contain(`${MAX_DATASET_BYTES / 1048576} MB`);
    expect(performance.now() - started).to.be.lessThan(3000);
  });

  it('src streamed without Content-Length stops as soon as the count passes the limit', async () => {
    const started = performance.now();
    const el = await settled(await mount('twinning-activity-chart', `${NET}/big?length=0`));
    expect(errorText(el)).to.contain('too large');
    expect(performance.now() - started).to.be.lessThan(5000);
  });
});

describe('bad networks: the basemap', function () {
  this.timeout(20000);
  afterEach(() => setBasemapImporter(null));

  it('when the outlines fail to load, <twinning-map> still shows links, dots and the table, with a notice', async () => {
    setBasemapImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('twinning-map');
    el.data = SMALL;
    holder.append(el);
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('.basemap-notice'), 'no basemap notice', { timeout: 3000 });
    expect(all(el, "[part~='land']")).to.have.length(0);
    expect(twinningIds(el)).to.deep.equal(SMALL.twinnings.map((t) => t.id).sort());
    expect(all(el, "[part~='place']").length).to.be.greaterThan(0);
    const notice = shadow(el).querySelector('.basemap-notice')!;
    expect(notice.getAttribute('part')).to.equal('notice');
    expect(notice.textContent).to.match(/outlines/i);
    all<HTMLButtonElement>(el, "button[aria-controls='table']")[0]!.click();
    await el.updateComplete;
    expect(all(el, "[part~='table'] tbody tr")).to.have.length(SMALL.twinnings.length);
  });

  it('with the outlines loading normally there is land and no notice', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('twinning-map');
    el.data = SMALL;
    holder.append(el);
    await settled(el);
    await waitUntil(() => all(el, "[part~='land']").length > 0, 'no land drawn', { timeout: 5000 });
    expect(shadow(el).querySelector('.basemap-notice')).to.equal(null);
  });
});
