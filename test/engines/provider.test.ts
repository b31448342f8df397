/** <twinning-data> in every engine: a selection made in one element, by mouse or keyboard, shows in the others. */
import '../../packages/provider/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/timeline/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import { waitUntil } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.ts';
import { click, DATA, drawn, expect, marks, press, settle, stage, tabInto, type Host } from './support.ts';

interface Dashboard { provider: Host; map: Host; timeline: Host; chart: Host; start: HTMLButtonElement }

async function mount(): Promise<Dashboard> {
  const provider = document.createElement('twinning-data') as Host & { data?: unknown };
  provider.data = DATA;
  const [map, timeline, chart] = ['twinning-map', 'twinning-timeline', 'twinning-activity-chart'].map((tag) => document.createElement(tag) as Host);
  (timeline as Host & { now?: Date }).now = new Date(Date.UTC(2026, 10, 28));
  provider.append(map!, timeline!, chart!);
  const { start } = stage(provider);
  await drawn(map!, "[part~='link']");
  await drawn(timeline!, "[part~='lane']");
  await drawn(chart!, "[part~='bar']");
  await settle(provider, map!, timeline!, chart!);
  return { provider, map: map!, timeline: timeline!, chart: chart!, start };
}

/** Per category, how many of the agreement's activities carry it, from the fixture. */
function countsOf(twinning: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of DATA.activities!.filter((x) => x.twinning === twinning)) for (const c of new Set(a.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}
const barCounts = (chart: Element) => new Map(marks(chart, "[part~='bar']").map((b) => [b.dataset['category']!, Number(/: (\d+) activit/.exec(b.getAttribute('aria-label')!)![1])]));
const selectedLanes = (timeline: Element) => marks(timeline, "[part~='lane--selected']").map((l) => l.dataset['twinning']);
const selectedLinks = (map: Element) => marks(map, "[part~='link--selected']").map((l) => l.getAttribute('data-twinning'));

describe('engines: <twinning-data> linking', function () {
  this.timeout(60000);

  it('a real click on a map link selects the lane in the timeline and narrows the chart to its activities', async () => {
    const { provider, map, timeline, chart } = await mount();
    const selected = nextEvent(provider, 'twinning-select');
    await click(marks(map, "[part~='link'][data-twinning='burnaby-kushiro']")[0]!);
    expect((await selected).twinning).to.equal('burnaby-kushiro');
    await waitUntil(() => selectedLanes(timeline).length === 1, 'the timeline marked no lane');
    await settle(provider, map, timeline, chart);
    expect(provider.getAttribute('selected')).to.equal('burnaby-kushiro');
    expect(selectedLanes(timeline)).to.deep.equal(['burnaby-kushiro']);
    expect(barCounts(chart)).to.deep.equal(countsOf('burnaby-kushiro'));
  });

  it('a lane chosen with the keyboard in the timeline is the selected link on the map; Escape clears both', async () => {
    const { provider, map, timeline, start } = await mount();
    await tabInto(timeline, start, "[part~='lane']", 20);
    await press('ArrowDown');
    await settle(timeline);
    const id = (timeline.shadowRoot!.activeElement as SVGElement).dataset['twinning']!;
    const selected = nextEvent(provider, 'twinning-select');
    await press('Enter');
    expect((await selected).twinning).to.equal(id);
    await waitUntil(() => selectedLinks(map).length === 1, 'the map marked no link');
    expect(selectedLinks(map)).to.deep.equal([id]);
    const cleared = nextEvent(provider, 'twinning-select');
    await press('Escape');
    expect((await cleared).twinning).to.equal(null);
    await settle(provider, map, timeline);
    expect(selectedLinks(map)).to.deep.equal([]);
    expect(provider.hasAttribute('selected')).to.equal(false);
  });

  it('a real click on a chart legend button hides that category\'s marks in the timeline', async () => {
    const { provider, timeline, chart } = await mount();
    const button = chart.shadowRoot!.querySelector("[part='legend'] button[data-category='commemoration']")!;
    await click(button);
    await waitUntil(() => (provider.getAttribute('categories') ?? '').length > 0, 'the provider kept every category');
    await settle(provider, timeline, chart);
    const kept = DATA.activities!.filter((a) => a.categories.some((c) => c !== 'commemoration')).map((a) => a.id).sort();
    expect(marks(timeline, "[part~='activity']").map((m) => m.dataset['activity']).sort()).to.deep.equal(kept);
  });
});
