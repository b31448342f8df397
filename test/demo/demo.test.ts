import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/provider/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import type { TwinningData } from '../../packages/provider/src/index.ts';
import { problemLocation, readOwnData, sheetKind } from '../../demo/own-data.ts';
import { useOwnData } from '../../demo/own-data-panel.ts';
import { demoStrings } from '../../demo/strings.ts';
import { renderSummary } from '../../demo/summary.ts';
import small from '../fixtures/timeline-small.json' with { type: 'json' };
import mapSmall from '../fixtures/map-small.json' with { type: 'json' };

const data = small as unknown as TwinningDataset;
const other = mapSmall as unknown as TwinningDataset;
const t = demoStrings('en');

const TWINNINGS_HEADER = 'id,a_name,a_name_ja,a_country,a_region,a_kind,a_lat,a_lon,b_name,b_name_ja,b_country,b_region,b_kind,b_lat,b_lon,type,signed,ended,status,sources';
const GOOD_ROW = 'burnaby-kushiro,Burnaby,バーナビー,CA,CA-BC,municipality,49.2488,-122.9805,Kushiro,釧路市,JP,JP-01,municipality,42.9849,144.382,sister-city,1965,,active,https://www.burnaby.ca/';
// Line 3: a latitude that is not a number.
const BAD_ROW = 'vancouver-yokohama,Vancouver,バンクーバー,CA,CA-BC,municipality,north,-123.1207,Yokohama,横浜市,JP,JP-14,municipality,35.4437,139.638,sister-city,1965,,active,https://vancouver.ca/';
const badCsv = [TWINNINGS_HEADER, GOOD_ROW, BAD_ROW].join('\n');
const ACTIVITIES = ['twinning,date,categories,title,sources', 'burnaby-kushiro,1982,culture,Kushiro dancers in Burnaby,https://www.burnaby.ca/'].join('\n');

const linkIds = (map: Element) => [...map.shadowRoot!.querySelectorAll('[part~="link"]')].map((l) => l.getAttribute('data-twinning')).sort();

async function mountDashboard() {
  const host = await fixture<HTMLElement>(html`<div style="width: 900px">
      <twinning-data .data=${data}><twinning-map></twinning-map></twinning-data>
      <ol hidden></ol><p role="status"></p></div>`);
  const provider = host.querySelector('twinning-data') as TwinningData;
  const map = host.querySelector('twinning-map')!;
  await waitUntil(() => linkIds(map).length > 0, 'map did not draw', { timeout: 8000 });
  return { provider, map, targets: { provider, problems: host.querySelector('ol')!, status: host.querySelector<HTMLElement>('[role="status"]')! } };
}

describe('demo: use your own data', function () {
  this.timeout(20000);

  it('readOwnData reads an annotations sheet beside the twinnings sheet, in any order', () => {
    const notes = 'id,twinning,text,text_ja\nn1,burnaby-kushiro,Partners since 1965.,1965年から。';
    const result = readOwnData([{ name: 'notes.csv', text: notes }, { name: 't.csv', text: [TWINNINGS_HEADER, GOOD_ROW].join('\n') }]);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.data.annotations).to.deep.equal([{ id: 'n1', twinning: 'burnaby-kushiro', text: { en: 'Partners since 1965.', ja: '1965年から。' } }]);
    const bad = readOwnData([{ name: 'notes.csv', text: 'id,twinning,text\nn1,nowhere,A' }, { name: 't.csv', text: [TWINNINGS_HEADER, GOOD_ROW].join('\n') }]);
    expect(bad.ok).to.equal(false);
    expect(bad.problems.map(problemLocation)).to.include('notes.csv:2:4');
  });

  it('sheetKind tells the sheets apart by their header row', () => {
    expect(sheetKind(badCsv)).to.equal('twinnings');
    expect(sheetKind(ACTIVITIES)).to.equal('activities');
    expect(sheetKind('name,value\na,1')).to.equal(null);
    expect(sheetKind('id,twinning,year,until,text\nn1,kb,,,A note.')).to.equal('annotations');
  });

  it('readOwnData reads a twinnings and an activities CSV, in either order', () => {
    const good = [TWINNINGS_HEADER, GOOD_ROW].join('\n');
    const result = readOwnData([{ name: 'b.csv', text: ACTIVITIES }, { name: 'a.csv', text: good }]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.twinnings.map((x) => x.id)).to.deep.equal(['burnaby-kushiro']);
    expect(result.data.activities!.map((a) => a.date)).to.deep.equal(['1982']);
  });

  it('useOwnData with a bad CSV lists each problem at file:line:column and keeps the provider\'s data', async () => {
    const { provider, map, targets } = await mountDashboard();
    const result = useOwnData([{ name: 'my-twinnings.csv', text: badCsv }], targets, t);
    expect(result.ok).to.equal(false);
    // The bad cell: line 3, at the character where "north" starts (1-based).
    const column = BAD_ROW.indexOf(',north,') + 2;
    const items = [...targets.problems.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items.length).to.be.greaterThan(0);
    expect(items.some((text) => text.startsWith(`my-twinnings.csv:3:${column} `) && text.includes('a_lat'))).to.equal(true, items.join('\n'));
    expect(targets.problems.hidden).to.equal(false);
    expect(targets.status.textContent).to.contain('could not be used');
    expect(provider.data).to.equal(data);
    await provider.updateComplete;
    await map.updateComplete;
    expect(linkIds(map)).to.deep.equal(data.twinnings.map((x) => x.id).sort());
  });

  it('useOwnData with a bad JSON file reports line and column and keeps the data', async () => {
    const { provider, targets } = await mountDashboard();
    const result = useOwnData([{ name: 'mine.json', text: '{\n  "schemaVersion": "1.0",\n  "places": [,]\n}' }], targets, t);
    expect(result.ok).to.equal(false);
    expect(problemLocation(result.problems[0]!)).to.equal('mine.json:3:14');
    expect(provider.data).to.equal(data);
  });

  it('useOwnData with a valid JSON dataset replaces the provider\'s data, and the map draws it', async () => {
    const { provider, map, targets } = await mountDashboard();
    const result = useOwnData([{ name: 'map-small.json', text: JSON.stringify(other) }], targets, t);
    expect(result.ok).to.equal(true);
    expect(targets.status.textContent).to.contain(`Showing map-small.json: ${other.twinnings.length} agreements.`);
    await waitUntil(() => linkIds(map).join() === other.twinnings.map((x) => x.id).sort().join(), 'map did not draw the new data', { timeout: 8000 });
  });

  it('renderSummary writes the title, description and counts in the active language', () => {
    const targets = { title: document.createElement('h1'), lede: document.createElement('p'), counts: document.createElement('dl') };
    const dataset = { ...data, title: { en: 'Twinnings', ja: '姉妹都市' }, description: { en: 'About them.' } } as TwinningDataset;
    renderSummary(targets, dataset, 'ja', demoStrings('ja'));
    expect(targets.title.textContent).to.equal('姉妹都市');
    expect(targets.lede.textContent).to.equal('About them.');
    expect(targets.lede.lang).to.equal('en');
    const groups = [...targets.counts.children].map((g) => `${g.querySelector('dt')!.textContent}=${g.querySelector('dd')!.textContent}`);
    expect(groups[0]).to.equal(`提携=${data.twinnings.length}`);
    expect(groups).to.include(`活動=${data.activities!.length}`);
  });
});

describe('demo page', function () {
  this.timeout(60000);
  // A Twinning element re-renders inside the ResizeObserver callback when its width changes
  // while the page is laid out, which Chromium reports as the benign "ResizeObserver loop"
  // error (the notification is delivered one frame later). Only that message is ignored here;
  // see the report about @twinning/core's ResizeController.
  let original: OnErrorEventHandler = null;
  before(() => {
    original = window.onerror;
    window.onerror = (message, ...rest) => (String(message).startsWith('ResizeObserver loop') ? true : original?.call(window, message, ...rest));
  });
  after(() => {
    window.onerror = original;
  });

  it('index.html with main.ts: the linked dashboard draws the bundled data, the language switch works, and axe finds no violations', async () => {
    await setViewport({ width: 1280, height: 6000 });
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
    document.head.append(css);
    const root = document.createElement('div');
    root.append(...page.body.childNodes);
    document.body.append(root);
    await import('../../demo/main.ts');
    const tags = ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'];
    await waitUntil(() => tags.every((tag) => root.querySelector(tag)!.shadowRoot?.querySelector('[part~="link"], [part~="lane"], [part~="bar"]')),
      'the dashboard did not draw', { timeout: 20000 });
    expect(root.querySelector('twinning-data')!.querySelectorAll(tags.join(',')).length).to.equal(3);
    await waitUntil(() => root.querySelector('#counts')!.children.length > 0, 'no summary');
    const bundled = (await import('@twinning/data/japan-canada.json')).default as unknown as TwinningDataset;
    // Formal agreements: the school exchange typed `other` (Hanna–Wake) is listed but not counted.
    expect(root.querySelector('#counts dd')!.textContent).to.equal(String(bundled.twinnings.filter((t) => t.type !== 'other').length));
    expect(root.querySelector('#title')!.textContent).to.equal((bundled.title as Record<string, string>)['en']);

    const lang = root.querySelector<HTMLSelectElement>('#lang')!;
    lang.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => document.documentElement.lang === 'ja', 'the language did not switch');
    lang.dispatchEvent(new Event('change'));
    expect(root.querySelector('#title')!.textContent).to.equal((bundled.title as Record<string, string>)['ja']);
    expect(root.querySelector('#map-h')!.textContent).to.equal(demoStrings('ja').mapHeading);
    document.documentElement.lang = 'en';
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 300));
    await expectNoAxeViolations(root);
    css.remove();
    root.remove();
    history.replaceState(null, '', location.pathname);
  });
});
