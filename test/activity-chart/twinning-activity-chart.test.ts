import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/activity-chart/src/index.ts';
import type { TwinningActivityChart } from '../../packages/activity-chart/src/index.ts';
import { CLAIR_SISTER_EXCHANGES, HARRISON_APF_BUSINESS } from '../../packages/activity-chart/src/references.ts';
import small from '../fixtures/activities-small.json';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { nextEvent } from '../helpers/events.ts';

const data = small as unknown as TwinningDataset;

// Counted here, independently of the element: per category, the activities that carry it
// (rule "activities") and the tags (rule "tags").
function expectedCounts(rule: 'activities' | 'tags'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const activity of data.activities!) {
    const tags = rule === 'activities' ? [...new Set(activity.categories)] : activity.categories;
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}
const totalTags = data.activities!.reduce((sum, a) => sum + a.categories.length, 0);

async function ready(el: TwinningActivityChart): Promise<TwinningActivityChart> {
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part~="bar"], [part~="empty"], [part~="error"] ul'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

async function mount(template: ReturnType<typeof html>, width = 800): Promise<TwinningActivityChart> {
  const host = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  return ready(host.firstElementChild as TwinningActivityChart);
}

const q = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const bars = (el: Element) => q(el, '[part~="bar"]') as SVGRectElement[];
const barByCategory = (el: Element, category: string) => bars(el).find((b) => b.dataset.category === category)!;
const legendButton = (el: Element, category: string) => el.shadowRoot!.querySelector(`[part="legend"] button[data-category="${category}"]`) as HTMLButtonElement;

function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('<twinning-activity-chart> share mode', () => {
  it('draws one bar per category with the counts computed from the fixture, largest first', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    const expected = expectedCounts('activities');
    expect(bars(el).map((b) => b.dataset.category).sort()).to.deep.equal([...expected.keys()].sort());
    const drawnCounts = bars(el).map((b) => expected.get(b.dataset.category!)!);
    expect(drawnCounts).to.deep.equal([...drawnCounts].sort((a, b) => b - a));
    // Bar lengths are proportional to counts: education (5) is five times business (1).
    const ratio = barByCategory(el, 'education').width.baseVal.value / barByCategory(el, 'business').width.baseVal.value;
    expect(ratio).to.be.closeTo(expected.get('education')! / expected.get('business')!, 0.01);
    expect(barByCategory(el, 'education').getAttribute('aria-label')).to.equal('Education: 5 activities, 62.5%');
  });

  it('count="activities" states its rule in the caption and lets shares exceed 100% in sum', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    const caption = el.shadowRoot!.querySelector('[part="caption"]')!.textContent!;
    expect(caption).to.contain('Based on 8 recorded activities from 3 agreements; records are incomplete.');
    expect(caption).to.contain('Each activity counts once under each of its categories');
    const expected = expectedCounts('activities');
    const n = data.activities!.length;
    // The shares the element states on its bars (not the fixture's counts) add up to more than 100%.
    const drawnShares = bars(el).map((b) => Number(/([\d.]+)%$/.exec(b.getAttribute('aria-label') ?? '')?.[1]));
    expect(drawnShares.every((v) => v > 0 && v <= 100), drawnShares.join(', ')).to.equal(true);
    expect(drawnShares.reduce((s, v) => s + v, 0)).to.be.greaterThan(100);
    expect(barByCategory(el, 'culture').getAttribute('aria-label')).to.contain(`${(expected.get('culture')! / n) * 100}%`);
  });

  it('count="tags" divides by all tags, so shares sum to 100%', async () => {
    const el = await mount(html`<twinning-activity-chart count="tags" .data=${data}></twinning-activity-chart>`);
    const expected = expectedCounts('tags');
    const educationShare = Math.round((expected.get('education')! / totalTags) * 1000) / 10;
    expect(barByCategory(el, 'education').getAttribute('aria-label')).to.equal(`Education: 5 activities, ${educationShare}%`);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('Each category tag counts once');
  });

  it('the data table lists exactly the drawn bars with their counts and shares', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    (el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    const rows = q(el, '[part="table"] tbody tr');
    expect(rows.length).to.equal(bars(el).length);
    const expected = expectedCounts('activities');
    for (const row of rows) {
      const cells = [...row.querySelectorAll('td, th')].map((c) => c.textContent!.trim());
      const category = row.getAttribute('data-category')!;
      expect(Number(cells[1])).to.equal(expected.get(category));
      expect(cells[2]).to.equal(`${Math.round((expected.get(category)! / 8) * 1000) / 10}%`);
    }
  });
});

describe('<twinning-activity-chart> modes', () => {
  it('mode="by-decade" draws one segment per decade and category, with n per decade', async () => {
    const el = await mount(html`<twinning-activity-chart mode="by-decade" .data=${data}></twinning-activity-chart>`);
    const pairs = new Set<string>();
    const perDecade = new Map<number, number>();
    for (const a of data.activities!) {
      const decade = Math.floor(Number(a.date.slice(0, 4)) / 10) * 10;
      perDecade.set(decade, (perDecade.get(decade) ?? 0) + 1);
      for (const c of a.categories) pairs.add(`${decade}:${c}`);
    }
    expect(bars(el).map((b) => `${b.dataset.decade}:${b.dataset.category}`).sort()).to.deep.equal([...pairs].sort());
    const nLabels = q(el, '.n-label').map((t) => t.textContent);
    expect(nLabels).to.deep.equal([...perDecade.keys()].sort().map((d) => `n = ${perDecade.get(d)}`));
  });

  it('mode="by-region" draws a panel per province and prefecture, counting a Canada–Japan activity in both', async () => {
    const el = await mount(html`<twinning-activity-chart mode="by-region" .data=${data}></twinning-activity-chart>`);
    const titles = q(el, '.facet h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    // BC: a1, a2, a6 (Alder Bay) + a5, a7 (Cedar Point) = 5; Alberta: a3, a4, a8 = 3; Hokkaido: a1, a2, a6 = 3.
    expect(titles).to.include.members(['British Columbia n = 5', 'Alberta n = 3', 'Hokkaido n = 3', 'Tokyo n = 3', 'Osaka n = 2']);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('counted in both panels');
  });

  it('mode="compare" draws reference ticks only where the reference has a figure; the Harrison figure is cited, not flagged unverified', async () => {
    const el = await mount(html`<twinning-activity-chart mode="compare" .reference=${HARRISON_APF_BUSINESS} .data=${data}></twinning-activity-chart>`);
    expect(q(el, '[part="reference"]').length).to.equal(1);
    const caption = el.shadowRoot!.querySelector('[part="caption"]')!;
    expect(caption.querySelector('.unverified')).to.equal(null);
    expect(caption.textContent).to.contain('Harrison');
    expect(caption.querySelector('a')!.getAttribute('href')).to.equal(HARRISON_APF_BUSINESS.source.url);
    expect(barByCategory(el, 'business').getAttribute('aria-label')).to.contain('reference 2%');
    expect(barByCategory(el, 'education').getAttribute('aria-label')).to.contain('reference no figure');
  });

  it('mode="compare" with the reference unset draws CLAIR\'s group figure (from the modes chunk); null draws no reference', async () => {
    const el = await mount(html`<twinning-activity-chart mode="compare" .data=${data}></twinning-activity-chart>`);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('CLAIR');
    expect(el.shadowRoot!.querySelector('[part="caption"] a')!.getAttribute('href')).to.equal(CLAIR_SISTER_EXCHANGES.source.url);
    expect(q(el, '[part="reference"]').length, 'one tick, for the education and administration group').to.equal(1);
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('Reference');
    const none = await mount(html`<twinning-activity-chart mode="compare" .reference=${null} .data=${data}></twinning-activity-chart>`);
    expect(q(none, '[part="reference"]').length).to.equal(0);
    expect(none.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.not.contain('CLAIR');
  });

  it('mode="compare" flags a reference marked verified: false as unverified', async () => {
    const unchecked = { ...HARRISON_APF_BUSINESS, verified: false };
    const el = await mount(html`<twinning-activity-chart mode="compare" .reference=${unchecked} .data=${data}></twinning-activity-chart>`);
    expect(el.shadowRoot!.querySelector('[part="caption"] .unverified')!.textContent).to.equal('(unverified)');
  });

  it('an invalid mode warns with its code and the valid values, and falls back to share', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await mount(html`<twinning-activity-chart mode="pie" .data=${data}></twinning-activity-chart>`);
      expect(bars(el).length).to.equal(expectedCounts('activities').size);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.match(/\[invalid-attribute\] invalid mode: "pie"; expected one of share, by-decade, by-region, compare/);
  });
});

describe('<twinning-activity-chart> interaction', () => {
  it('a legend button click (real mouse) fires twinning-category-toggle and hides the category', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    const button = legendButton(el, 'culture');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const event = nextEvent(el, 'twinning-category-toggle');
    await sendMouse({ type: 'click', position: centre(button) });
    const fired = await event;
    expect([fired.category, fired.active]).to.deep.equal(['culture', false]);
    await el.updateComplete;
    expect(legendButton(el, 'culture').getAttribute('aria-pressed')).to.equal('false');
    expect(el.categories!.split(',')).to.not.include('culture');
    expect(bars(el).map((b) => b.dataset.category)).to.not.include('culture');
    // Hiding a category does not change the others' shares (they stay shares of all activities).
    expect(barByCategory(el, 'education').getAttribute('aria-label')).to.equal('Education: 5 activities, 62.5%');
  });

  it('a bar click (real mouse) filters to that category and marks the bar active', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    const events: [string, boolean][] = [];
    el.addEventListener('twinning-category-toggle', (e) => events.push([e.category, e.active]));
    await sendMouse({ type: 'click', position: centre(barByCategory(el, 'youth')) });
    await el.updateComplete;
    expect(el.categories).to.equal('youth');
    expect(el.getAttribute('categories')).to.equal('youth');
    expect(bars(el).map((b) => b.getAttribute('part'))).to.deep.equal(['bar bar--active']);
    const others = [...expectedCounts('activities').keys()].filter((c) => c !== 'youth').sort();
    expect(events.map(([c]) => c).sort()).to.deep.equal(others);
    expect(events.every(([, active]) => active === false)).to.equal(true);
  });

  it('arrow keys move the single tab stop between bars, the tooltip follows, Enter filters', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    const stops = bars(el).filter((b) => b.getAttribute('tabindex') === '0');
    expect(stops.length).to.equal(1);
    stops[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as SVGElement;
    expect(focused.dataset.category).to.equal(bars(el)[1]!.dataset.category);
    expect(focused.getAttribute('tabindex')).to.equal('0');
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.contain(focused.getAttribute('aria-label')!);
    const event = nextEvent(el, 'twinning-category-toggle');
    await sendKeys({ press: 'Enter' });
    await event;
    expect(el.categories).to.equal(focused.dataset.category);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.categories).to.equal(undefined);
  });
});

describe('<twinning-activity-chart> locales and states', () => {
  it('lang="fr" formats shares as "12,5 %" with a no-break space', async () => {
    const el = await mount(html`<twinning-activity-chart lang="fr" .data=${data}></twinning-activity-chart>`);
    const label = q(el, '.value-label').map((t) => t.textContent!).join(' | ');
    expect(label).to.match(/1 · 12,5[\u00a0\u202f]%/);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('les relevés sont incomplets');
  });

  it('lang="ja" formats shares as "12.5%" and names categories in Japanese', async () => {
    const el = await mount(html`<twinning-activity-chart lang="ja" .data=${data}></twinning-activity-chart>`);
    expect(barByCategory(el, 'sport').getAttribute('aria-label')).to.equal('スポーツ：1件、12.5%');
  });

  it('compare mode speaks the page language: its caption and legend text arrive with the modes chunk', async () => {
    const el = await mount(html`<twinning-activity-chart lang="fr" mode="compare" .data=${data}></twinning-activity-chart>`);
    const caption = el.shadowRoot!.querySelector('[part="caption"]')!.textContent!;
    expect(caption).to.contain('Activités d’échange des jumelages');
    expect(caption).to.contain('la référence ne donne aucun chiffre');
    expect(caption).to.contain('CLAIR');
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('Référence');
    // The tick's look comes with the modes chunk too: drawn, not left unstyled.
    const tick = el.shadowRoot!.querySelector('[part~="reference"]')!;
    expect(getComputedStyle(tick).strokeWidth).to.equal('3px');
  });

  it('by-decade mode in Japanese states its rule in Japanese', async () => {
    const el = await mount(html`<twinning-activity-chart lang="ja" mode="by-decade" .data=${data}></twinning-activity-chart>`);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('各棒はその年代に数えた分野タグの100%を表します');
  });

  it('filters that leave no activity show a sentence saying so', async () => {
    const el = await mount(html`<twinning-activity-chart categories="tourism" .data=${data}></twinning-activity-chart>`);
    expect(bars(el).length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No recorded activities match the current filters (categories: tourism).');
  });

  it('invalid data shows the error part with role="alert"', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${{ schemaVersion: '1.0', places: 'nope' }}></twinning-activity-chart>`);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('The data could not be shown.');
  });

  it('axe reports no violations in share and compare modes, with the table open', async () => {
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    (el.shadowRoot!.querySelector('[part="actions"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    await expectNoAxeViolations(el);
    const compare = await mount(html`<twinning-activity-chart mode="compare" patterns .data=${data}></twinning-activity-chart>`);
    await expectNoAxeViolations(compare);
  });

  it('is safe to register twice', async () => {
    // A second copy of the registration module (a new URL) must not throw on define.
    const registered = customElements.get('twinning-activity-chart');
    const again = new URL('../../packages/activity-chart/src/twinning-activity-chart.ts?again', import.meta.url).href;
    const second = (await import(/* @vite-ignore */ again)) as { TwinningActivityChart: CustomElementConstructor };
    // The second copy ran, exported the same class, and left the first registration in place.
    expect(second.TwinningActivityChart).to.equal(registered);
    expect(customElements.get('twinning-activity-chart')).to.equal(registered);
    // A chart created after the second load still upgrades and draws its bars.
    const el = await mount(html`<twinning-activity-chart .data=${data}></twinning-activity-chart>`);
    expect(el).to.be.instanceOf(registered!);
    expect(bars(el).length).to.equal(expectedCounts('activities').size);
  });
});
