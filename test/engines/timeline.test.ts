/** <twinning-timeline> in every engine: it draws, real clicks select and open details, the keyboard selects. */
import '../../packages/timeline/src/index.ts';
import { waitUntil } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.ts';
import { click, DATA, drawn, expect, focusedIn, marks, press, settle, stage, stroked, tabInto, type Host } from './support.ts';

type TimelineHost = Host & { data?: unknown; now?: Date };

async function mount(): Promise<{ timeline: TimelineHost; start: HTMLButtonElement }> {
  const timeline = document.createElement('twinning-timeline') as TimelineHost;
  timeline.data = DATA;
  timeline.now = new Date(Date.UTC(2026, 10, 28));
  const { start } = stage(timeline);
  await drawn(timeline, "[part~='lane']");
  return { timeline, start };
}

const lane = (el: Element, id: string) => marks(el, `[part~='lane'][data-twinning='${id}']`)[0]!;

describe('engines: <twinning-timeline>', function () {
  this.timeout(40000);

  it('draws one lane per agreement and one mark per activity', async () => {
    const { timeline } = await mount();
    expect(marks(timeline, "[part~='lane']").map((l) => l.dataset['twinning']).sort()).to.deep.equal(DATA.twinnings.map((t) => t.id).sort());
    expect(marks(timeline, "[part~='activity']").map((m) => m.dataset['activity']).sort()).to.deep.equal(DATA.activities!.map((a) => a.id).sort());
    const box = marks(timeline, "[part~='activity']")[0]!.getBoundingClientRect();
    expect(box.width * box.height, 'an activity mark has no size on screen').to.be.greaterThan(4);
  });

  it('a real click on a lane selects its agreement', async () => {
    const { timeline } = await mount();
    const hit = lane(timeline, 'burnaby-kushiro').querySelector('.hit')!;
    const selected = nextEvent(timeline, 'twinning-select');
    // On the lane's label, left of every activity mark.
    await click(hit, [12, Math.min(hit.getBoundingClientRect().height, 28) / 2]);
    expect((await selected).twinning).to.equal('burnaby-kushiro');
    await settle(timeline);
    expect(lane(timeline, 'burnaby-kushiro').getAttribute('aria-pressed')).to.equal('true');
    expect(lane(timeline, 'burnaby-kushiro').getAttribute('part')).to.contain('lane--selected');
  });

  it('a real click on an activity opens its details, with the title as text', async () => {
    const { timeline } = await mount();
    const activity = DATA.activities!.find((a) => a.id === 'bk-1982')!;
    await click(marks(timeline, "[part~='activity'][data-activity='bk-1982']")[0]!);
    await waitUntil(() => marks(timeline, "[part~='detail']").length > 0, 'no detail panel opened');
    const title = (activity.title as Record<string, string>)['en']!;
    expect(marks<HTMLElement>(timeline, "[part~='detail'] h3")[0]!.textContent).to.equal(title);
  });

  it('Tab reaches one lane, ArrowDown moves with a visible focus, Enter selects', async () => {
    const { timeline, start } = await mount();
    const order = marks(timeline, "[part~='lane']").map((l) => l.dataset['twinning']);
    const first = await tabInto(timeline, start, "[part~='lane']");
    expect((first as SVGElement).dataset['twinning']).to.equal(order[0]);
    await press('ArrowDown');
    await settle(timeline);
    const focused = focusedIn(timeline) as SVGElement;
    expect(focused.dataset['twinning']).to.equal(order[1]);
    expect(stroked(focused.querySelector('.hit')!), 'the focused lane shows no focus outline').to.equal(true);
    const selected = nextEvent(timeline, 'twinning-select');
    await press('Enter');
    expect((await selected).twinning).to.equal(order[1]);
  });
});
