import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import { localeLoading } from '../../packages/core/src/index.ts';
import '../../packages/timeline/src/index.ts';
import '../../packages/provider/src/index.ts';
import '../../packages/story/src/index.ts';
import type { TwinningStory } from '../../packages/story/src/index.ts';
import type { TwinningTimeline } from '../../packages/timeline/src/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import data from '../fixtures/timeline-small.json' with { type: 'json' };

const small = data as unknown as TwinningDataset;
const NOW = new Date(Date.UTC(2026, 10, 28));
/** Sixty agreements, each with the small fixture's activities of the agreement it copies: a list no article could hold unfolded. */
const many: TwinningDataset = {
  ...small,
  twinnings: Array.from({ length: 60 }, (_, i) => ({ ...small.twinnings[i % small.twinnings.length]!, id: `${small.twinnings[i % small.twinnings.length]!.id}-${i}` })),
  activities: Array.from({ length: 60 }, (_, i) => small.activities!
    .filter((a) => a.twinning === small.twinnings[i % small.twinnings.length]!.id)
    .map((a) => ({ ...a, id: `${a.id}-${i}`, twinning: `${a.twinning}-${i}` }))).flat(),
};

async function mount(dataset: TwinningDataset, lang = 'en'): Promise<TwinningTimeline> {
  const el = await fixture<TwinningTimeline>(html`<div><button id="before">before</button>
    <twinning-timeline lang=${lang} style="width:390px" .now=${NOW} .data=${dataset}></twinning-timeline></div>`).then((d) => d.querySelector('twinning-timeline')!);
  await waitUntil(() => el.shadowRoot!.querySelector('.narrow .disclosure'), 'the narrow list renders', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.narrow .disclosure')];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const activities = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>("[part~='activity']")];
/** Elements a Tab press can reach inside the list. */
const tabbable = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.narrow button, .narrow [tabindex]')].filter((b) => b.tabIndex >= 0);

describe('<twinning-timeline> at 390 px', function () {
  this.timeout(30000);
  // Reduced motion: the list scrolls at once, so no test waits on animation frames.
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows sixty agreements as collapsed rows in a box of bounded height', async () => {
    const el = await mount(many);
    expect(rows(el)).to.have.length(60);
    expect(activities(el), 'no activity is drawn while every row is collapsed').to.have.length(0);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.narrow')!;
    expect(box.scrollHeight, 'the list scrolls inside its box').to.be.greaterThan(box.clientHeight * 2);
    expect(el.getBoundingClientRect().height, 'the element stays short enough for an article').to.be.lessThan(900);
    const burnaby = rows(el).find((r) => r.closest('[data-row]')!.getAttribute('data-row') === 'burnaby-kushiro-1')!;
    expect(burnaby.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Burnaby – Kushiro since 1965 · last activity 2025 · 10 recorded activities');
    expect(burnaby.getAttribute('aria-expanded')).to.equal('false');
  });

  it('is one tab stop; arrows, Home and End move between agreements; Enter opens one at a time', async () => {
    const el = await mount(small);
    expect(tabbable(el), 'one tab stop for the whole list').to.have.length(1);
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    // Tab past the range sliders to the list's one tab stop.
    for (let i = 0; i < 6 && !focused(el)?.classList.contains('disclosure'); i++) await sendKeys({ press: 'Tab' });
    const order = rows(el).map((r) => r.dataset['disclosure']);
    expect(focused(el)?.dataset['disclosure']).to.equal(order[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset['disclosure']).to.equal(order[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)?.dataset['disclosure']).to.equal(order.at(-1));
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.dataset['disclosure']).to.equal(order.at(-2));
    expect(tabbable(el)).to.have.length(1);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const opened = order.at(-2)!;
    const row = () => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-disclosure="${opened}"]`)!;
    expect(row().getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.getElementById(row().getAttribute('aria-controls')!), 'the button controls the panel').to.not.equal(null);
    const shown = activities(el).map((a) => a.dataset['twinning']);
    expect(shown.length).to.equal(small.activities!.filter((a) => a.twinning === opened).length);
    expect(new Set(shown)).to.deep.equal(new Set([opened]));
    // Inside the open row, a toggle selects the agreement (for linked views and host pages).
    const select = el.shadowRoot!.querySelector<HTMLButtonElement>('.panel .select-button')!;
    expect(select.textContent!.trim()).to.equal('Select this agreement');
    const picked = new Promise<string | null>((resolve) => el.addEventListener('twinning-select', (e) => resolve((e as Event & { twinning: string | null }).twinning), { once: true }));
    select.click();
    expect(await picked).to.equal(opened);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.panel .select-button')!.getAttribute('aria-pressed')).to.equal('true');
    row().focus();

    await sendKeys({ press: 'Home' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(row().getAttribute('aria-expanded'), 'opening another closes the first').to.equal('false');
    expect(rows(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(rows(el).every((r) => r.getAttribute('aria-expanded') === 'false')).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('opens and shows the selected agreement', async () => {
    const el = await mount(many);
    el.setAttribute('selected', 'quebec-kyoto-55');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-disclosure="quebec-kyoto-55"]')?.getAttribute('aria-expanded') === 'true', 'the selected row opens');
    const box = el.shadowRoot!.querySelector<HTMLElement>('.narrow')!;
    await waitUntil(() => {
      const row = el.shadowRoot!.querySelector('[data-row="quebec-kyoto-55"]')!.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      return row.top >= outer.top - 1 && row.top < outer.bottom;
    }, 'the selected row scrolls into the box', { timeout: 5000 });
  });

  it('speaks French and Japanese', async () => {
    await Promise.all([localeLoading('fr'), localeLoading('ja')]);
    const fr = await mount(small, 'fr');
    const text = (el: Element, id: string) => el.shadowRoot!.querySelector(`[data-disclosure="${id}"] .dates`)!.textContent!.trim();
    expect(text(fr, 'burnaby-kushiro')).to.equal('depuis 1965 · dernière activité en 2025 · 10 activités recensées');
    const ja = await mount(small, 'ja');
    expect(text(ja, 'burnaby-kushiro')).to.match(/^1965年から · 最新の活動 2025年 · /);
  });

  it('in a story on a phone, a step opens its agreement and brings the row into the bounded box', async () => {
    const story = await fixture<TwinningStory>(html`<twinning-story no-hash style="width:390px;display:block">
      <twinning-data slot="graphic" .data=${many}><twinning-timeline .now=${NOW} style="--twinning-timeline-max-height: 16em"></twinning-timeline></twinning-data>
      <section data-twinning-step><h2>All</h2><p>Every agreement.</p></section>
      <section data-twinning-step selected="dundas-kaga-53"><h2>Dundas</h2><p>One agreement.</p></section>
    </twinning-story>`);
    const el = story.querySelector('twinning-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.narrow .disclosure'), 'the narrow list renders', { timeout: 8000 });
    story.goTo(1, 'instant');
    const row = () => el.shadowRoot!.querySelector('[data-row="dundas-kaga-53"]');
    await waitUntil(() => row()?.querySelector('.disclosure')?.getAttribute('aria-expanded') === 'true', 'the step\'s agreement opens');
    const box = el.shadowRoot!.querySelector<HTMLElement>('.narrow')!;
    await waitUntil(() => {
      const top = row()!.getBoundingClientRect().top;
      const outer = box.getBoundingClientRect();
      return top >= outer.top - 1 && top < outer.bottom;
    }, 'the row scrolls into the box', { timeout: 5000 });
    expect(el.getBoundingClientRect().height).to.be.lessThan(700);
    expect(activities(el).map((a) => a.dataset['twinning'])).to.deep.equal(['dundas-kaga-53', 'dundas-kaga-53']);
  });
});
