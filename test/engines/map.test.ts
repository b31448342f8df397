/** <twinning-map> in every engine: it draws, a real click selects, the keyboard selects. */
import '../../packages/pairing-map/src/index.ts';
import { nextEvent } from '../helpers/events.ts';
import { click, DATA, drawn, expect, focusedIn, marks, press, settle, stage, stroked, tabInto, type Host } from './support.ts';

type MapHost = Host & { data?: unknown; selected?: string | null };

async function mount(): Promise<{ map: MapHost; start: HTMLButtonElement }> {
  const map = document.createElement('twinning-map') as MapHost;
  map.data = DATA;
  const { start } = stage(map);
  await drawn(map, "[part~='link']");
  return { map, start };
}

describe('engines: <twinning-map>', function () {
  this.timeout(40000);

  it('draws one link per agreement, one dot per place, the land, and a summary', async () => {
    const { map } = await mount();
    const links = marks(map, "[part~='link']").map((l) => l.getAttribute('data-twinning')).sort();
    expect(links).to.deep.equal(DATA.twinnings.map((t) => t.id).sort());
    const places = marks(map, '[data-place]').map((p) => p.getAttribute('data-place')).sort();
    expect(places).to.deep.equal([...new Set(DATA.twinnings.flatMap((t) => t.places))].sort());
    await drawn(map, "[part~='land']");
    const box = marks(map, "[part~='link']")[0]!.getBoundingClientRect();
    expect(box.width + box.height, 'a link has no size on screen').to.be.greaterThan(4);
    expect(marks<HTMLElement>(map, "[part~='summary']")[0]!.textContent).to.contain(`${DATA.twinnings.length}`);
  });

  it('a real click on a link selects that agreement', async () => {
    const { map } = await mount();
    const link = marks(map, "[part~='link'][data-twinning='burnaby-kushiro']")[0]!;
    const selected = nextEvent(map, 'twinning-select');
    await click(link);
    expect((await selected).twinning).to.equal('burnaby-kushiro');
    await settle(map);
    expect(map.getAttribute('selected')).to.equal('burnaby-kushiro');
    expect(marks(map, "[data-twinning='burnaby-kushiro']")[0]!.getAttribute('part')).to.contain('link--selected');
  });

  it('a real click on a dot selects its agreement', async () => {
    const { map } = await mount();
    const selected = nextEvent(map, 'twinning-select');
    await click(marks(map, "[data-place='jp-01-kushiro'] circle")[0]!);
    expect((await selected).twinning).to.equal('burnaby-kushiro');
  });

  it('Tab reaches one dot, an arrow moves, the focus ring shows, Enter selects, Escape clears', async () => {
    const { map, start } = await mount();
    const first = await tabInto(map, start, '[data-place]');
    await press('ArrowRight');
    await settle(map);
    const second = focusedIn(map)!;
    expect(second.getAttribute('data-place')).to.be.a('string').and.not.equal(first.getAttribute('data-place'));
    const ring = second.querySelector('.mark-focus');
    expect(ring, 'no focus ring on the focused dot').to.not.equal(null);
    expect(stroked(ring!), 'the focus ring is not drawn').to.equal(true);
    const selected = nextEvent(map, 'twinning-select');
    await press('Enter');
    const id = (await selected).twinning;
    expect(DATA.twinnings.find((t) => t.id === id)!.places).to.include(second.getAttribute('data-place'));
    const cleared = nextEvent(map, 'twinning-select');
    await press('Escape');
    expect((await cleared).twinning).to.equal(null);
  });
});
