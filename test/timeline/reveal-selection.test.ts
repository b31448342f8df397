import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/provider/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/timeline/src/index.ts';
import type { TwinningData } from '../../packages/provider/src/index.ts';
import type { TwinningTimeline } from '../../packages/timeline/src/index.ts';
import { scrollTopToReveal } from '../../packages/timeline/src/reveal-selection-controller.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const dataset = data as unknown as TwinningDataset;
const NOW = new Date(Date.UTC(2026, 10, 28));

interface Linked {
  provider: TwinningData;
  map: HTMLElement;
  timeline: TwinningTimeline;
}

/** A map and a timeline linked by a provider; the timeline's lane box shows about three lanes. */
async function mount(): Promise<Linked> {
  const provider = await fixture<TwinningData>(html`<twinning-data .data=${dataset} style="display:block;width:900px">
    <twinning-map style="height:380px"></twinning-map>
    <twinning-timeline .now=${NOW} style="--twinning-timeline-max-height: 7em"></twinning-timeline>
  </twinning-data>`);
  const map = provider.querySelector('twinning-map')!;
  const timeline = provider.querySelector('twinning-timeline')!;
  await waitUntil(() => timeline.shadowRoot!.querySelector("[part~='lane']") && map.shadowRoot!.querySelector("[part~='link']"), 'both render', { timeout: 8000 });
  return { provider, map, timeline };
}

const box = (timeline: TwinningTimeline) => timeline.shadowRoot!.querySelector<HTMLElement>('.lanes')!;
const laneOf = (timeline: TwinningTimeline, id: string) => timeline.shadowRoot!.querySelector(`[part~='lane'][data-twinning="${id}"]`);

/** The agreement in the lowest lane, as drawn. */
function lowestLane(timeline: TwinningTimeline): string {
  const lanes = [...timeline.shadowRoot!.querySelectorAll<SVGGElement>("[part~='lane']")];
  const y = (lane: Element) => Number(lane.querySelector('rect.hit')!.getAttribute('y'));
  return lanes.reduce((a, b) => (y(b) > y(a) ? b : a)).dataset['twinning']!;
}

/** Whether the lane is entirely inside the visible part of the scroll box. */
function laneInView(timeline: TwinningTimeline, id: string): boolean {
  const lane = laneOf(timeline, id)?.querySelector('rect.hit');
  if (!lane) return false;
  const inner = lane.getBoundingClientRect();
  const outer = box(timeline).getBoundingClientRect();
  return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
}

/** A point on the agreement's map link where the link itself is the topmost mark. */
function pointOnLink(map: HTMLElement, id: string): [number, number] {
  const link = map.shadowRoot!.querySelector<SVGPathElement>(`[part~='link'][data-twinning="${id}"]`)!;
  const svg = link.ownerSVGElement!.getBoundingClientRect();
  const length = link.getTotalLength();
  for (let f = 0.5; f < 0.95; f += 0.05) {
    for (const at of [f, 1 - f]) {
      const p = link.getPointAtLength(length * at);
      const [x, y] = [Math.round(svg.x + p.x), Math.round(svg.y + p.y)];
      const hit = map.shadowRoot!.elementFromPoint(x, y)?.closest('[data-twinning]');
      if (hit?.getAttribute('data-twinning') === id) return [x, y];
    }
  }
  throw new Error(`no clickable point on the link of ${id}`);
}

describe('scrollTopToReveal', () => {
  it('scrollTopToReveal leaves a visible lane alone and scrolls the least to show a hidden one', () => {
    expect(scrollTopToReveal({ top: 40, height: 30 }, 0, 100)).to.equal(0);
    expect(scrollTopToReveal({ top: 200, height: 30 }, 0, 100)).to.equal(130);
    expect(scrollTopToReveal({ top: 20, height: 30 }, 100, 100)).to.equal(20);
    // Taller than the box: its top shows.
    expect(scrollTopToReveal({ top: 300, height: 150 }, 0, 100)).to.equal(300);
  });
});

describe('<twinning-timeline> keeps the selection in view', function () {
  this.timeout(30000);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('scrolls the lowest lane into its box when the provider selects it, without scrolling the page', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { provider, timeline } = await mount();
    const id = lowestLane(timeline);
    expect(box(timeline).scrollHeight, 'the lanes overflow their box').to.be.greaterThan(box(timeline).clientHeight + 30);
    expect(laneInView(timeline, id), 'hidden at first').to.equal(false);
    const pageY = window.scrollY;
    provider.selected = id;
    await waitUntil(() => laneInView(timeline, id), 'the selected lane comes into view', { timeout: 5000 });
    expect(laneOf(timeline, id)!.getAttribute('part')).to.contain('lane--selected');
    expect(window.scrollY, 'the page itself did not move').to.equal(pageY);
  });

  it('follows a real click on the map', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { map, timeline } = await mount();
    const id = lowestLane(timeline);
    expect(laneInView(timeline, id)).to.equal(false);
    await sendMouse({ type: 'click', position: pointOnLink(map, id) });
    await waitUntil(() => laneOf(timeline, id)?.getAttribute('part')?.includes('lane--selected'), 'the timeline shows the selection');
    await waitUntil(() => laneInView(timeline, id), 'the lane scrolls into view', { timeout: 5000 });
  });

  it('alone, the selected attribute brings its lane into view', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const timeline = await fixture<TwinningTimeline>(html`<twinning-timeline .now=${NOW} .data=${dataset} style="width:900px;--twinning-timeline-max-height: 7em"></twinning-timeline>`);
    await waitUntil(() => timeline.shadowRoot!.querySelector("[part~='lane']"), 'renders', { timeout: 5000 });
    const id = lowestLane(timeline);
    timeline.setAttribute('selected', id);
    await waitUntil(() => laneInView(timeline, id), 'the selected lane comes into view', { timeout: 5000 });
    // A re-render (a new width) does not pull the reader back once they scrolled away.
    box(timeline).scrollTop = 0;
    box(timeline).dispatchEvent(new Event('scroll'));
    timeline.style.width = '880px';
    await waitUntil(() => timeline.shadowRoot!.querySelector('.lanes') !== null);
    await timeline.updateComplete;
    expect(box(timeline).scrollTop).to.equal(0);
  });

  it('scrolls the box smoothly, unless the reader prefers reduced motion', async () => {
    const behaviours: (ScrollBehavior | undefined)[] = [];
    const { provider, timeline } = await mount();
    const lanes = box(timeline);
    const scrollTo = lanes.scrollTo.bind(lanes) as (options: ScrollToOptions) => void;
    // Records how the box is asked to scroll, then scrolls it.
    lanes.scrollTo = ((options: ScrollToOptions) => { behaviours.push(options.behavior); scrollTo(options); }) as typeof lanes.scrollTo;
    const id = lowestLane(timeline);
    provider.selected = id;
    await waitUntil(() => behaviours.length === 1, 'the box is asked to scroll');
    await emulateMedia({ reducedMotion: 'reduce' });
    const first = [...timeline.shadowRoot!.querySelectorAll<SVGGElement>("[part~='lane']")][0]!.dataset['twinning']!;
    lanes.scrollTo({ top: lanes.scrollHeight, behavior: 'instant' });
    provider.selected = first;
    await waitUntil(() => behaviours.length === 3, 'asked again');
    expect([behaviours[0], behaviours[2]]).to.deep.equal(['smooth', 'instant']);
  });
});
