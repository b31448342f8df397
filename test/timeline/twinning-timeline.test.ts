import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Activity, Twinning, TwinningDataset } from '@twinning/schema';
import '../../packages/timeline/src/index.ts';
import type { TwinningTimeline } from '../../packages/timeline/src/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { nextEvent } from '../helpers/events.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const dataset = data as unknown as TwinningDataset;
const NOW = new Date(Date.UTC(2026, 10, 28));

async function mount(attrs: Record<string, string> = {}, width = 1000, input: unknown = dataset): Promise<TwinningTimeline> {
  const el = await fixture<TwinningTimeline>(html`<twinning-timeline style=${`width:${width}px`} .now=${NOW} .data=${input}></twinning-timeline>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await waitUntil(() => el.shadowRoot!.querySelector("[part~='lane'], .disclosure, [part~='empty'], [part~='error']"), 'timeline did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const laneIds = (el: Element) => all(el, "[part~='lane']").map((l) => l.dataset['twinning']);
const markIds = (el: Element) => all(el, "[part~='activity']").map((m) => m.dataset['activity']);
const activitiesOf = (keep: (t: Twinning) => boolean): Activity[] => {
  const kept = new Set(dataset.twinnings.filter(keep).map((t) => t.id));
  return dataset.activities!.filter((a) => kept.has(a.twinning));
};

describe('<twinning-timeline>', function () {
  // Pointer, viewport and axe steps go through the test server; allow for a loaded machine.
  this.timeout(30000);
  it('draws one lane per agreement and one mark per activity', async () => {
    const el = await mount();
    expect(laneIds(el).sort()).to.deep.equal(dataset.twinnings.map((t) => t.id).sort());
    expect(markIds(el).sort()).to.deep.equal(dataset.activities!.map((a) => a.id).sort());
    for (const mark of all(el, "[part~='activity']")) {
      const activity = dataset.activities!.find((a) => a.id === mark.dataset['activity'])!;
      expect(mark.dataset['twinning']).to.equal(activity.twinning);
    }
  });

  it('status and categories filters change the lanes and marks drawn', async () => {
    const el = await mount({ status: 'active' });
    await el.updateComplete;
    const active = dataset.twinnings.filter((t) => t.status === 'active');
    expect(laneIds(el).sort()).to.deep.equal(active.map((t) => t.id).sort());
    expect(markIds(el).length).to.equal(activitiesOf((t) => t.status === 'active').length);
    el.removeAttribute('status');
    el.setAttribute('categories', 'commemoration');
    await el.updateComplete;
    expect(markIds(el).sort()).to.deep.equal(dataset.activities!.filter((a) => a.categories.includes('commemoration')).map((a) => a.id).sort());
  });

  it('draws a year-only date as a span one year wide, labelled "1965"', async () => {
    const el = await mount();
    const mark = el.shadowRoot!.querySelector<SVGGElement>("[data-activity='bk-1965']")!;
    expect(mark.dataset['kind']).to.equal('span');
    const day = el.shadowRoot!.querySelector<SVGGElement>("[data-activity='bk-2005']")!;
    expect(day.dataset['kind']).to.equal('point');
    expect(day.querySelector('rect.span')).to.equal(null);
    // One year in pixels, read from two labelled axis ticks ten years apart.
    const ticks = all(el, "[part~='axis'] .tick");
    const xOf = (label: string) => Number(/translate\(([\d.]+)/.exec(ticks.find((t) => t.textContent!.trim().startsWith(label))!.getAttribute('transform')!)![1]);
    const perYear = (xOf('1980') - xOf('1970')) / 10;
    expect(Number(mark.querySelector('rect.span')!.getAttribute('width'))).to.be.closeTo(perYear, 0.5);
    const label = mark.getAttribute('aria-label')!;
    expect(label).to.contain(', 1965,');
    expect(label).not.to.match(/January|1965-01/);
  });

  it('shades quiet periods where the data has gaps, and only there', async () => {
    const el = await mount();
    const quiet = (id: string) => all(el, `.quiet-layer[data-twinning='${id}'] .quiet`).map((q) => [q.dataset['from'], q.dataset['to']]);
    // Burnaby–Kushiro: records 1965, 1982, 1986-05, 1990, 1995, 2005-06-30, 2015-07-09/10, 2025-07-13.
    expect(quiet('burnaby-kushiro')).to.deep.equal([['1966', '1981'], ['1996', '2005'], ['2005', '2015'], ['2015', '2025']]);
    // Quebec–Kyoto: signed 2016, nothing since: quiet from 2017 to now (9.9 years).
    expect(quiet('quebec-kyoto')).to.deep.equal([['2017', '2026']]);
    // Thunder Bay–Gifu has no date and no activity: nothing can be claimed.
    expect(quiet('thunderbay-gifu')).to.deep.equal([]);
    el.quietYears = 10;
    await el.updateComplete;
    expect(quiet('burnaby-kushiro')).to.deep.equal([['1966', '1981'], ['2005', '2015'], ['2015', '2025']]);
    expect(quiet('quebec-kyoto')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.quiet text')!.textContent).to.equal('no recorded activity');
  });

  it('a brush made with real pointer events fires twinning-range-change and sets since/until', async () => {
    const el = await mount();
    const bar = (year: number) => el.shadowRoot!.querySelector(`[part~='overview'] rect.bar[data-year='${year}']`)!.getBoundingClientRect();
    const from = bar(1965);
    const to = bar(1980);
    const y = Math.round(from.bottom - 2);
    const event = nextEvent(el, 'twinning-range-change');
    await sendMouse({ type: 'move', position: [Math.round(from.left + from.width / 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round((from.left + to.left) / 2), y] });
    await sendMouse({ type: 'move', position: [Math.round(to.left + to.width / 2), y] });
    await sendMouse({ type: 'up' });
    const { from: a, to: b } = await event;
    expect([a, b]).to.deep.equal([1965, 1980]);
    await el.updateComplete;
    expect([el.getAttribute('since'), el.getAttribute('until')]).to.deep.equal(['1965', '1980']);
    // Quebec–Kyoto (signed 2016) is outside the range now.
    expect(laneIds(el)).not.to.include('quebec-kyoto');
  });

  it('the range sliders change the range with the keyboard', async () => {
    const el = await mount();
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('input.range-to')!;
    slider.focus();
    const event = nextEvent(el, 'twinning-range-change');
    await sendKeys({ press: 'ArrowLeft' });
    const { to } = await event;
    expect(to).to.equal(Number(slider.max) - 1);
  });

  it('keyboard moves between lanes, selects with Enter, opens and closes details', async () => {
    const el = await mount();
    const order = laneIds(el);
    const first = el.shadowRoot!.querySelector<SVGGElement>("[part~='lane'][tabindex='0']")!;
    expect(first.dataset['twinning']).to.equal(order[0]);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused()?.dataset['twinning']).to.equal('burnaby-kushiro');
    const selected = nextEvent(el, 'twinning-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).twinning).to.equal('burnaby-kushiro');
    expect(el.getAttribute('selected')).to.equal('burnaby-kushiro');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()?.dataset['activity']).to.equal('bk-1965');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()?.dataset['activity']).to.equal('bk-1982');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector<HTMLElement>("[part~='detail']")!;
    expect(panel.querySelector('h3')!.textContent).to.equal('Kushiro Cup and Burnaby Cup created');
    expect(panel.textContent).to.contain('1982');
    await waitUntil(() => focused() === panel, 'detail panel did not take focus');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector("[part~='detail']")).to.equal(null);
    await waitUntil(() => focused()?.dataset['activity'] === 'bk-1982', 'focus did not return to the mark');
  });

  it('the detail panel shows description text as text and sources as links', async () => {
    const el = await mount();
    el.shadowRoot!.querySelector<SVGGElement>("[data-activity='bk-1986']")!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector("[part~='detail']")!;
    expect(panel.querySelector('.description')!.textContent).to.contain('<b>not bold</b>');
    expect(panel.querySelector('b')).to.equal(null);
    const link = panel.querySelector<HTMLAnchorElement>('.sources a')!;
    expect(link.href).to.equal(dataset.sources.find((s) => s.id === 'apf-harrison')!.url);
    expect(panel.querySelector('.date')!.textContent).to.contain('May 1986');
  });

  it('formats dates, numbers and eras in fr and ja', async () => {
    const fr = await mount({ lang: 'fr' });
    fr.shadowRoot!.querySelector<SVGGElement>("[data-activity='bk-1986']")!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await fr.updateComplete;
    expect(fr.shadowRoot!.querySelector("[part~='detail'] .date")!.textContent).to.contain('mai 1986');
    expect(fr.shadowRoot!.querySelector("[part~='summary']")!.textContent).to.contain('7 ententes');
    expect(all(fr, '.era')).to.have.length(0);
    const ja = await mount({ lang: 'ja' });
    const tickTexts = all(ja, "[part~='axis'] .tick").map((t) => t.textContent!.replace(/\s+/g, ''));
    expect(tickTexts).to.include('1970年昭和45年');
    expect(all(ja, '.era').map((e) => e.dataset['era'])).to.deep.equal(['showa', 'heisei', 'reiwa']);
    expect(ja.shadowRoot!.querySelector("[part~='lane'][data-twinning='burnaby-kushiro'] text")!.textContent).to.contain('釧路市');
    ja.shadowRoot!.querySelector<SVGGElement>("[data-activity='bk-1986']")!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await ja.updateComplete;
    expect(ja.shadowRoot!.querySelector("[part~='detail'] .date")!.textContent).to.contain('1986年5月');
    // English titles inside Japanese UI carry lang="en".
    expect(ja.shadowRoot!.querySelector("[part~='detail'] h3")!.getAttribute('lang')).to.equal('en');
    // …and say so visibly, in the reader's language, never silently mixed in.
    expect(ja.shadowRoot!.querySelector("[part~='detail'] h3 .data-text-marker")!.textContent).to.equal('（英語）');
    const off = await mount({ lang: 'ja', era: 'off' });
    expect(all(off, '.era')).to.have.length(0);
  });

  it('tags Japanese place names with lang="ja" in an English chart', async () => {
    const el = await mount();
    const spans = all(el, "[part~='lane'] text tspan[lang]");
    expect(spans).to.have.length(0);
    const ja = await mount({ lang: 'en' }, 1000, {
      ...dataset,
      places: dataset.places.map((p) => (p.country === 'JP' ? { ...p, name: { ja: (p.name as Record<string, string>)['ja']! } } : p)),
    });
    const tagged = all(ja, "[part~='lane'][data-twinning='burnaby-kushiro'] tspan[lang='ja']");
    expect(tagged.map((t) => t.textContent)).to.deep.equal(['釧路市']);
  });

  it('switches to the list layout at 375 px', async () => {
    // The element sized to a phone's width. (setViewport and wrapper fixtures wait for animation
    // frames, which never come while another test file has the browser's foreground.)
    const el = await mount({}, 375);
    await waitUntil(() => el.shadowRoot!.querySelector('.list'), 'no list layout', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.lanes')).to.equal(null);
    // Every agreement as a collapsed row; a click opens one and shows its activities.
    expect(all(el, '.disclosure').length).to.equal(dataset.twinnings.length);
    expect(markIds(el).length).to.equal(0);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-disclosure="burnaby-kushiro"]')!.click();
    await el.updateComplete;
    expect(laneIds(el)).to.deep.equal(['burnaby-kushiro']);
    expect(markIds(el).length).to.equal(dataset.activities!.filter((a) => a.twinning === 'burnaby-kushiro').length);
    const burnaby = all(el, "[part~='activity'][data-twinning='burnaby-kushiro'] .date").map((d) => d.textContent);
    expect(burnaby.slice(0, 3)).to.deep.equal(['1965', '1982', 'May 1986']);
    expect(el.getBoundingClientRect().width).to.equal(375);
    // Opening an activity shows its details under the agreement.
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>("[data-activity='bk-1982'] button")!;
    button.click();
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector("[part~='lane'][data-twinning='burnaby-kushiro'] [part~='detail']")!;
    expect(panel.querySelector('h3')!.textContent).to.equal('Kushiro Cup and Burnaby Cup created');
    // axe on one agreement's list keeps the run short (axe's timers crawl in a background tab).
    el.setAttribute('twinning', 'burnaby-kushiro');
    await el.updateComplete;
    expect(laneIds(el)).to.deep.equal(['burnaby-kushiro']);
    await expectNoAxeViolations(el);
  });

  it('twinning="burnaby-kushiro" shows one expanded lane and its activities in order', async () => {
    const el = await mount({ twinning: 'burnaby-kushiro' });
    await el.updateComplete;
    expect(laneIds(el)).to.deep.equal(['burnaby-kushiro']);
    const hit = el.shadowRoot!.querySelector("[part~='lane'] rect.hit")!;
    expect(Number(hit.getAttribute('height'))).to.be.greaterThan(60);
    const story = all(el, '.story li button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    // Chronological; a year comes before the months inside it (1990, then February 1990).
    const dates = ['1965', '1982', 'May 1986', '1990', 'February 1990', '1995', 'June 30, 2005', 'July 9, 2015', 'July 10, 2015', 'July 13, 2025'];
    expect(story).to.have.length(dates.length);
    story.forEach((text, i) => expect(text.startsWith(dates[i]!), `${text} should start with ${dates[i]}`).to.equal(true));
    expect(story[1]).to.contain('Kushiro Cup and Burnaby Cup created');
  });

  it('renders only the lanes in view when there are many (windowing)', async () => {
    const twinnings = Array.from({ length: 600 }, (_, i) => ({ ...dataset.twinnings[0]!, id: `t${i}`, signed: String(1960 + (i % 60)) }));
    const el = await mount({}, 1000, { ...dataset, twinnings, activities: [] });
    const drawn = laneIds(el).length;
    expect(drawn).to.be.greaterThan(5).and.lessThan(60);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.lanes')!;
    box.scrollTop = 30 * 400;
    box.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    const ys = all(el, "[part~='lane'] rect.hit").map((r) => Number(r.getAttribute('y')));
    expect(ys.length).to.be.lessThan(60);
    // Everything drawn is near the scrolled-to position, except the lane holding the tab stop.
    expect(ys.filter((y) => y >= 30 * 400 - 400).length).to.be.greaterThan(5);
    expect(ys.filter((y) => y < 30 * 400 - 400).length).to.be.at.most(1);
  });

  it('shows the empty state when filters leave nothing', async () => {
    const el = await mount({ status: 'dormant' });
    await el.updateComplete;
    const empty = el.shadowRoot!.querySelector("[part~='empty']")!;
    expect(empty.textContent).to.contain('No agreements match');
    expect(empty.textContent).to.contain('dormant');
    await expectNoAxeViolations(el);
  });

  it('shows the error state with the URL and HTTP status for a bad src', async () => {
    const el = await fixture<TwinningTimeline>(html`<twinning-timeline src="/test/fixtures/no-such-timeline.json"></twinning-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelector("[part~='error']"), 'no error state', { timeout: 5000 });
    const error = el.shadowRoot!.querySelector("[part~='error']")!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('/test/fixtures/no-such-timeline.json');
    expect(error.textContent).to.contain('404');
  });

  it('axe reports no violations in the ready state with the table and a detail open', async () => {
    const el = await mount();
    await expectNoAxeViolations(el);
    el.shadowRoot!.querySelector<SVGGElement>("[data-activity='bk-1986']")!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    all(el, "[part~='actions'] button")[0]!.click();
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('the data table lists exactly the agreements and activities drawn', async () => {
    const el = await mount({ status: 'active,ended' });
    await el.updateComplete;
    all(el, "[part~='actions'] button")[0]!.click();
    await el.updateComplete;
    const rows = all(el, "[part~='table'] tbody tr").map((r) => r.getAttribute('data-record')!);
    expect(rows.filter((r) => r.startsWith('twinning:')).map((r) => r.slice(9)).sort()).to.deep.equal(laneIds(el).sort());
    expect(rows.filter((r) => r.startsWith('activity:')).map((r) => r.slice(9)).sort()).to.deep.equal(markIds(el).sort());
    const row = el.shadowRoot!.querySelector("[part~='table'] tr[data-record='activity:bk-1965']")!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.include('1965');
  });
});
