/** <twinning-activity-chart> in every engine: it draws, a real click filters, the keyboard filters. */
import '../../packages/activity-chart/src/index.ts';
import { nextEvent } from '../helpers/events.ts';
import { click, DATA, drawn, expect, focusedIn, marks, press, settle, stage, stroked, tabInto, type Host } from './support.ts';

type ChartHost = Host & { data?: unknown; categories?: string };

/** Per category, how many activities carry it (the chart's default counting rule), from the fixture. */
function counts(): Map<string, number> {
  const result = new Map<string, number>();
  for (const activity of DATA.activities!) for (const c of new Set(activity.categories)) result.set(c, (result.get(c) ?? 0) + 1);
  return result;
}

async function mount(): Promise<{ chart: ChartHost; start: HTMLButtonElement }> {
  const chart = document.createElement('twinning-activity-chart') as ChartHost;
  chart.data = DATA;
  const { start } = stage(chart, 800);
  await drawn(chart, "[part~='bar']");
  return { chart, start };
}

const countOf = (bar: Element) => Number(/: (\d+) activit/.exec(bar.getAttribute('aria-label')!)![1]);

describe('engines: <twinning-activity-chart>', function () {
  this.timeout(40000);

  it('draws one bar per category with the counts from the data, largest first', async () => {
    const { chart } = await mount();
    const bars = marks(chart, "[part~='bar']");
    expect(new Map(bars.map((b) => [b.dataset['category']!, countOf(b)]))).to.deep.equal(counts());
    const drawnCounts = bars.map(countOf);
    expect(drawnCounts).to.deep.equal([...drawnCounts].sort((a, b) => b - a));
    const widths = bars.map((b) => b.getBoundingClientRect().width);
    expect(widths[0]!, 'the largest bar is not the widest').to.be.greaterThan(widths[widths.length - 1]!);
  });

  it('a real click on a bar filters to that category', async () => {
    const { chart } = await mount();
    const target = marks(chart, "[part~='bar']")[1]!;
    const category = target.dataset['category']!;
    const toggled = nextEvent(chart, 'twinning-category-toggle');
    await click(target);
    await toggled;
    await settle(chart);
    expect(chart.getAttribute('categories')).to.equal(category);
    expect(marks(chart, "[part~='bar']").map((b) => `${b.dataset['category']} ${b.getAttribute('part')}`)).to.deep.equal([`${category} bar bar--active`]);
  });

  it('a real click on a legend button hides that category', async () => {
    const { chart } = await mount();
    const category = marks(chart, "[part~='bar']")[0]!.dataset['category']!;
    const button = chart.shadowRoot!.querySelector(`[part='legend'] button[data-category='${category}']`)!;
    const toggled = nextEvent(chart, 'twinning-category-toggle');
    await click(button);
    expect([(await toggled).category, (await toggled).active]).to.deep.equal([category, false]);
    await settle(chart);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(marks(chart, "[part~='bar']").map((b) => b.dataset['category'])).to.not.include(category);
  });

  it('Tab reaches one bar, ArrowDown moves with a visible focus, Enter filters, Escape clears', async () => {
    const { chart, start } = await mount();
    const order = marks(chart, "[part~='bar']").map((b) => b.dataset['category']);
    const first = await tabInto(chart, start, "[part~='bar']");
    expect((first as SVGElement).dataset['category']).to.equal(order[0]);
    await press('ArrowDown');
    await settle(chart);
    const focused = focusedIn(chart) as SVGElement;
    expect(focused.dataset['category']).to.equal(order[1]);
    expect(stroked(focused), 'the focused bar shows no focus outline').to.equal(true);
    const toggled = nextEvent(chart, 'twinning-category-toggle');
    await press('Enter');
    await toggled;
    await settle(chart);
    expect(chart.getAttribute('categories')).to.equal(order[1]);
    await press('Escape');
    await settle(chart);
    expect(chart.getAttribute('categories')).to.equal(null);
  });
});
