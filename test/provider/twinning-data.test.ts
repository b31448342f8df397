import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { Activity, Twinning, TwinningDataset } from '@twinning/schema';
import '../../packages/provider/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/timeline/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import type { TwinningData } from '../../packages/provider/src/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { nextEvent } from '../helpers/events.ts';
import small from '../fixtures/timeline-small.json' with { type: 'json' };

const data = small as unknown as TwinningDataset;
const NOW = new Date(Date.UTC(2026, 10, 28));

// ---- what the fixture says, computed here and not by the code under test ----------------------

const year = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);
/** Agreements in force at some time in [from, to]: signed by `to` (or undated), not ended before `from`. */
const inForce = (from: number, to: number) => data.twinnings
  .filter((t: Twinning) => (year(t.signed) ?? -Infinity) <= to && (year(t.ended) ?? Infinity) >= from).map((t) => t.id).sort();
/** Per category, how many of the agreement's activities carry it. */
function countsOf(twinning: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of data.activities!.filter((x: Activity) => x.twinning === twinning)) for (const c of new Set(a.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}
const nameOf = (id: string, lang: 'en' | 'ja') => (data.places.find((p) => p.id === id)!.name as Record<string, string>)[lang];

// ---- helpers ------------------------------------------------------------------------------------

const q = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGElement | HTMLElement>(selector)];
const linkIds = (map: Element) => q(map, '[part~="link"]').map((l) => l.getAttribute('data-twinning')!).sort();
const markIds = (timeline: Element) => q(timeline, '[part~="activity"]').map((m) => m.getAttribute('data-activity')!).sort();
const barCounts = (chart: Element) => new Map(q(chart, '[part~="bar"]').map((b) => [b.dataset['category']!, Number(/: (\d+) activit/.exec(b.getAttribute('aria-label')!)![1])]));
const live = (provider: TwinningData) => provider.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

interface Dashboard {
  provider: TwinningData;
  map: HTMLElement;
  timeline: HTMLElement;
  chart: HTMLElement;
}

async function settle(...elements: Element[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    for (const el of elements) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

async function mount(template: ReturnType<typeof html>): Promise<Dashboard> {
  const host = await fixture<HTMLElement>(html`<div style="width: 1000px">${template}</div>`);
  const provider = host.querySelector('twinning-data')!;
  const [map, timeline, chart] = ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'].map((tag) => host.querySelector<HTMLElement>(tag)!);
  await waitUntil(() => q(map!, '[part~="link"]').length > 0 && q(timeline!, '[part~="lane"]').length > 0 && q(chart!, '[part~="bar"]').length > 0,
    'the dashboard did not draw', { timeout: 8000 });
  await settle(provider, map!, timeline!, chart!);
  return { provider, map: map!, timeline: timeline!, chart: chart! };
}

const dashboard = (attrs = '') => mount(html`<twinning-data .data=${data} data-attrs=${attrs}>
    <twinning-map></twinning-map>
    <twinning-timeline .now=${NOW}></twinning-timeline>
    <twinning-activity-chart></twinning-activity-chart>
  </twinning-data>`);

/** A point on `link` that the link itself receives (not a dot or another link on top). */
function pointOn(map: Element, id: string): [number, number] {
  const link = map.shadowRoot!.querySelector(`[part~="link"][data-twinning="${id}"]`) as SVGPathElement;
  const length = link.getTotalLength();
  const svg = link.ownerSVGElement!.getBoundingClientRect();
  const ctm = link.getScreenCTM()!;
  for (let f = 0.5; f > 0.05; f -= 0.05) {
    for (const at of [f, 1 - f]) {
      const p = link.getPointAtLength(length * at);
      const x = Math.round(ctm.a * p.x + ctm.c * p.y + ctm.e);
      const y = Math.round(ctm.b * p.x + ctm.d * p.y + ctm.f);
      if (map.shadowRoot!.elementFromPoint(x, y) === link) return [x, y];
    }
  }
  throw new Error(`no clickable point on link ${id} (svg at ${svg.x},${svg.y})`);
}

describe('<twinning-data>', function () {
  this.timeout(30000);
  // Tall enough that the whole dashboard is on screen for real pointer events.
  before(() => setViewport({ width: 1100, height: 2400 }));

  it('.data is provided to the elements inside: the map draws the same links as with its own .data', async () => {
    const { map } = await dashboard();
    const alone = await fixture<HTMLElement>(html`<div style="width: 1000px"><twinning-map .data=${data}></twinning-map></div>`);
    const own = alone.firstElementChild as HTMLElement;
    await waitUntil(() => q(own, '[part~="link"]').length > 0, 'standalone map did not draw', { timeout: 8000 });
    expect(linkIds(map)).to.deep.equal(data.twinnings.map((t) => t.id).sort());
    const paths = (el: Element) => q(el, '[part~="link"]').map((l) => `${l.getAttribute('data-twinning')} ${l.getAttribute('d')}`).sort();
    expect(paths(map)).to.deep.equal(paths(own));
  });

  it('status on the provider filters every element; an element\'s own status wins for it only', async () => {
    const { provider, map, timeline } = await mount(html`<twinning-data .data=${data} status="ended">
        <twinning-map></twinning-map>
        <twinning-timeline .now=${NOW} status="active"></twinning-timeline>
        <twinning-activity-chart></twinning-activity-chart>
      </twinning-data>`);
    const ids = (status: string) => data.twinnings.filter((t) => t.status === status).map((t) => t.id).sort();
    expect(linkIds(map)).to.deep.equal(ids('ended'));
    expect(q(timeline, '[part~="lane"]').map((l) => l.dataset['twinning']).sort()).to.deep.equal(ids('active'));
    provider.status = 'unknown';
    await settle(provider, map, timeline);
    expect(linkIds(map)).to.deep.equal(ids('unknown'));
    expect(q(timeline, '[part~="lane"]').map((l) => l.dataset['twinning']).sort()).to.deep.equal(ids('active'));
  });

  it('a real click on a map link selects it: the timeline marks its lane and the chart counts only its activities', async () => {
    const { provider, map, timeline, chart } = await dashboard();
    const before = barCounts(chart);
    const event = nextEvent(provider, 'twinning-select');
    await sendMouse({ type: 'click', position: pointOn(map, 'burnaby-kushiro') });
    expect((await event).twinning).to.equal('burnaby-kushiro');
    await settle(provider, map, timeline, chart);
    expect(provider.getAttribute('selected')).to.equal('burnaby-kushiro');
    const lane = timeline.shadowRoot!.querySelector('[part~="lane"][data-twinning="burnaby-kushiro"]')!;
    expect(lane.getAttribute('part')).to.contain('lane--selected');
    expect(lane.getAttribute('aria-pressed')).to.equal('true');
    expect(q(timeline, '[part~="lane--selected"]').length).to.equal(1);
    const expected = countsOf('burnaby-kushiro');
    expect(barCounts(chart)).to.deep.equal(expected);
    expect(barCounts(chart)).not.to.deep.equal(before);
    expect(live(provider)).to.equal(`Selected: ${nameOf('ca-bc-burnaby', 'en')} ↔ ${nameOf('jp-01-kushiro', 'en')}`);
  });

  it('a real pointer brush on the timeline shows only the agreements in force in that range on the map', async () => {
    const { provider, map, timeline } = await dashboard();
    expect(linkIds(map)).to.deep.equal(data.twinnings.map((t) => t.id).sort());
    timeline.scrollIntoView();
    const bar = (y: number) => timeline.shadowRoot!.querySelector(`[part~='overview'] rect.bar[data-year='${y}']`)!.getBoundingClientRect();
    const from = bar(1965);
    const to = bar(1980);
    const y = Math.round(from.bottom - 2);
    const event = nextEvent(provider, 'twinning-range-change');
    await sendMouse({ type: 'move', position: [Math.round(from.left + from.width / 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round((from.left + to.left) / 2), y] });
    await sendMouse({ type: 'move', position: [Math.round(to.left + to.width / 2), y] });
    await sendMouse({ type: 'up' });
    const { from: a, to: b } = await event;
    await settle(provider, map, timeline);
    expect([provider.since, provider.until]).to.deep.equal([a, b]);
    expect(linkIds(map)).to.deep.equal(inForce(a!, b!));
    expect(linkIds(map).length).to.be.lessThan(data.twinnings.length);
    expect(live(provider)).to.equal(`Showing ${a}–${b}`);
  });

  it('a real click on a chart legend button hides that category\'s marks in the timeline', async () => {
    const { provider, timeline, chart } = await dashboard();
    expect(markIds(timeline)).to.deep.equal(data.activities!.map((a) => a.id).sort());
    chart.scrollIntoView();
    const button = chart.shadowRoot!.querySelector<HTMLElement>('[part="legend"] button[data-category="commemoration"]')!;
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await settle(provider, timeline, chart);
    const kept = data.activities!.filter((a) => a.categories.some((c) => c !== 'commemoration')).map((a) => a.id).sort();
    expect(markIds(timeline)).to.deep.equal(kept);
    expect(provider.categories!.split(',')).not.to.include('commemoration');
    expect(live(provider)).to.match(/^Categories: /);
    expect(live(provider)).not.to.contain('Commemoration');
  });

  it('announces in the provider\'s language (lang="ja")', async () => {
    const { provider, map } = await mount(html`<twinning-data lang="ja" .data=${data}>
        <twinning-map></twinning-map><twinning-timeline .now=${NOW}></twinning-timeline><twinning-activity-chart></twinning-activity-chart>
      </twinning-data>`);
    expect(live(provider)).to.equal('');
    provider.selected = 'burnaby-kushiro';
    await settle(provider, map);
    expect(live(provider)).to.equal(`選択：${nameOf('ca-bc-burnaby', 'ja')} ↔ ${nameOf('jp-01-kushiro', 'ja')}`);
    provider.since = 1980;
    provider.until = 1990;
    await settle(provider, map);
    expect(live(provider)).to.equal('1980〜1990年を表示');
  });

  it('an element outside the provider keeps working alone', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 1000px">
        <twinning-data .data=${data} selected="burnaby-kushiro" status="ended"><twinning-map></twinning-map></twinning-data>
        <twinning-map id="alone" .data=${data}></twinning-map></div>`);
    const alone = host.querySelector<HTMLElement>('#alone')!;
    await waitUntil(() => q(alone, '[part~="link"]').length > 0, 'standalone map did not draw', { timeout: 8000 });
    expect(linkIds(alone)).to.deep.equal(data.twinnings.map((t) => t.id).sort());
    expect(q(alone, '[part~="link--selected"]').length).to.equal(0);
  });

  it('a failed load shows the error part with the URL and status, and fires twinning-error', async () => {
    const host = await fixture<HTMLElement>(html`<div><twinning-data><twinning-map></twinning-map></twinning-data></div>`);
    const provider = host.firstElementChild as TwinningData;
    const event = nextEvent(provider, 'twinning-error');
    provider.src = '/test/fixtures/does-not-exist.json';
    const { problems } = await event;
    await provider.updateComplete;
    const error = provider.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('/test/fixtures/does-not-exist.json');
    expect(error.textContent).to.contain('404');
    expect(problems[0]!.code).to.equal('http-error');
    expect(provider.shadowRoot!.querySelector('slot')!.hidden).to.equal(true);
    expect(provider.querySelector('twinning-map')!.getBoundingClientRect().height).to.equal(0);
  });

  it('axe finds no violations on a provider with all three elements', async () => {
    const { provider } = await dashboard();
    await expectNoAxeViolations(provider.parentElement!);
  });
});

describe('<twinning-data sync-url>', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 1100, height: 2400 }));
  const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);
  afterEach(clearHash);

  const syncedDashboard = () => mount(html`<twinning-data sync-url .data=${data}>
      <twinning-map></twinning-map><twinning-timeline .now=${NOW}></twinning-timeline><twinning-activity-chart></twinning-activity-chart>
    </twinning-data>`);

  it('reads the state from the hash on connect', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#selected=burnaby-kushiro&status=active`);
    const { provider, map } = await syncedDashboard();
    expect(provider.selected).to.equal('burnaby-kushiro');
    expect(linkIds(map)).to.deep.equal(data.twinnings.filter((t) => t.status === 'active').map((t) => t.id).sort());
    expect(q(map, '[part~="link--selected"]').map((l) => l.getAttribute('data-twinning'))).to.deep.equal(['burnaby-kushiro']);
  });

  it('writes changes to the hash; history.back() restores the previous state, as the map draws it', async () => {
    clearHash();
    const { provider, map } = await syncedDashboard();
    const all = data.twinnings.map((t) => t.id).sort();
    expect(linkIds(map)).to.deep.equal(all);
    await sendMouse({ type: 'click', position: pointOn(map, 'burnaby-kushiro') });
    await settle(provider, map);
    expect(location.hash).to.equal('#selected=burnaby-kushiro');
    provider.status = 'ended';
    await settle(provider, map);
    expect(location.hash).to.equal('#selected=burnaby-kushiro&status=ended');
    expect(linkIds(map)).to.deep.equal(['dundas-kaga']);

    let popped = nextEvent(window as unknown as HTMLElement, 'popstate' as keyof HTMLElementEventMap);
    history.back();
    await popped;
    await settle(provider, map);
    expect(provider.status).to.equal(undefined);
    expect(linkIds(map)).to.deep.equal(all);
    expect(q(map, '[part~="link--selected"]').map((l) => l.getAttribute('data-twinning'))).to.deep.equal(['burnaby-kushiro']);

    popped = nextEvent(window as unknown as HTMLElement, 'popstate' as keyof HTMLElementEventMap);
    history.back();
    await popped;
    await settle(provider, map);
    expect(provider.selected).to.equal(undefined);
    expect(q(map, '[part~="link--selected"]').length).to.equal(0);

    popped = nextEvent(window as unknown as HTMLElement, 'popstate' as keyof HTMLElementEventMap);
    history.forward();
    await popped;
    await settle(provider, map);
    expect(provider.selected).to.equal('burnaby-kushiro');
  });

  it('keeps other key=value pairs of the hash', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#tab=map`);
    const { provider, map } = await syncedDashboard();
    provider.since = 1990;
    await settle(provider, map);
    expect(location.hash).to.equal('#tab=map&since=1990');
    expect(linkIds(map)).to.deep.equal(inForce(1990, Infinity));
  });
});
