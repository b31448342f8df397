import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TwinningDataset } from '@twinning/schema';
import '../../packages/provider/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import '../../packages/story/src/index.ts';
import type { TwinningData } from '../../packages/provider/src/index.ts';
import type { TwinningStory } from '../../packages/story/src/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import small from '../fixtures/timeline-small.json' with { type: 'json' };

const data = small as unknown as TwinningDataset;

interface Story {
  story: TwinningStory;
  provider: TwinningData;
  map: HTMLElement & { layout: string; updateComplete: Promise<boolean> };
  chart: HTMLElement & { mode: string };
  steps: HTMLElement[];
}

/** What each step of the fixture story sets, written out here and not read from the code. */
const EXPECTED = [
  { selected: 'newwestminster-moriguchi', since: undefined, until: 1963, categories: undefined, layout: 'auto', mode: 'share' },
  { selected: undefined, since: 1965, until: 1980, categories: undefined, layout: 'globe', mode: 'share' },
  { selected: 'burnaby-kushiro', since: undefined, until: undefined, categories: 'indigenous,culture', layout: 'auto', mode: 'by-decade' },
  { selected: undefined, since: undefined, until: undefined, categories: undefined, layout: 'auto', mode: 'share' },
];

async function makeStory(lang = 'en'): Promise<Story> {
  const story = await fixture<TwinningStory>(html`<twinning-story lang=${lang}>
    <twinning-data slot="graphic" .data=${data}>
      <twinning-map></twinning-map>
      <twinning-activity-chart></twinning-activity-chart>
    </twinning-data>
    <h1>A story</h1>
    <section data-twinning-step id="s-first" selected="newwestminster-moriguchi" until="1963"><h2>The first</h2><p>One.</p></section>
    <section data-twinning-step id="s-wave" since="1965" until="1980" layout="globe"><h2>A wave</h2><p>Two.</p></section>
    <section data-twinning-step id="s-burnaby" selected="burnaby-kushiro" categories="indigenous, culture" mode="by-decade"><h2>Burnaby</h2><p>Three.</p></section>
    <twinning-step id="s-all"><h2>Everything</h2><p>Four.</p></twinning-step>
  </twinning-story>`);
  const provider = story.querySelector('twinning-data')!;
  await waitUntil(() => provider.loaded !== null, 'dataset loads');
  return {
    story, provider,
    map: story.querySelector('twinning-map') as Story['map'],
    chart: story.querySelector('twinning-activity-chart') as Story['chart'],
    steps: [...story.querySelectorAll<HTMLElement>('[data-twinning-step], twinning-step')],
  };
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const counter = (story: TwinningStory) => part(story, 'counter').textContent!.trim();
const live = (story: TwinningStory) => story.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const buttons = (story: TwinningStory) => [...story.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')];
const selectedLinks = (map: Element) => [...map.shadowRoot!.querySelectorAll('[part~="link--selected"]')].map((l) => l.getAttribute('data-twinning'));

function expectView(s: Story, index: number): void {
  const want = EXPECTED[index]!;
  const { provider, map, chart } = s;
  expect({
    selected: provider.selected ?? undefined, since: provider.since ?? undefined, until: provider.until ?? undefined,
    categories: provider.categories ?? undefined, layout: map.layout, mode: chart.mode,
  }, `view of step ${index + 1}`).to.deep.equal(want);
  s.steps.forEach((step, i) => expect(step.getAttribute('aria-current')).to.equal(i === index ? 'step' : null));
}

/** Whether the step's middle is inside the band in the middle of the viewport. */
function inBand(step: Element): boolean {
  const box = step.getBoundingClientRect();
  const middle = window.innerHeight / 2;
  return box.top <= middle + window.innerHeight * 0.05 && box.bottom >= middle - window.innerHeight * 0.05;
}

async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<twinning-story>', () => {
  before(() => setViewport({ width: 1100, height: 700 }));
  beforeEach(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });

  it('sets the linked view step by step as the page scrolls', async () => {
    const s = await makeStory();
    for (let i = 0; i < s.steps.length; i++) {
      s.steps[i]!.scrollIntoView({ block: 'center', behavior: 'instant' });
      await waitUntil(() => s.story.activeIndex === i, `step ${i + 1} becomes active by scrolling`);
      expectView(s, i);
      expect(counter(s.story)).to.equal(`Step ${i + 1} of 4`);
    }
  });

  it('shows the step’s selection on the map', async () => {
    const s = await makeStory();
    s.steps[2]!.scrollIntoView({ block: 'center', behavior: 'instant' });
    await waitUntil(() => selectedLinks(s.map).includes('burnaby-kushiro'), 'the map highlights the agreement');
    s.steps[1]!.scrollIntoView({ block: 'center', behavior: 'instant' });
    await waitUntil(() => selectedLinks(s.map).length === 0, 'the selection clears on a step without one');
  });

  it('moves with the next and previous buttons, updating the counter and announcing once', async () => {
    const s = await makeStory();
    const [previous, next] = buttons(s.story);
    expect(next!.textContent!.trim()).to.equal('Next step');
    s.story.goTo(0, 'instant');
    await waitUntil(() => s.story.activeIndex === 0);
    await s.story.updateComplete;
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    await click(next!);
    await waitUntil(() => s.story.activeIndex === 1);
    expect(counter(s.story)).to.equal('Step 2 of 4');
    expectView(s, 1);
    await s.story.updateComplete;
    expect(live(s.story)).to.equal('Step 2 of 4: A wave');
    await click(previous!);
    await waitUntil(() => s.story.activeIndex === 0);
    expect(counter(s.story)).to.equal('Step 1 of 4');
    expectView(s, 0);
    await s.story.updateComplete;
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    expect(s.story.shadowRoot!.activeElement, 'focus stays on the button').to.equal(previous);
  });

  it('moves with Alt+ArrowDown and Alt+ArrowUp while focus is in the story', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const s = await makeStory();
    s.story.goTo(0);
    buttons(s.story)[1]!.focus();
    await sendKeys({ down: 'Alt' });
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await waitUntil(() => s.story.activeIndex === 2);
    expectView(s, 2);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await waitUntil(() => s.story.activeIndex === 1);
    expectView(s, 1);
  });

  it('keeps the active step in the URL hash and opens the step a link names', async () => {
    const first = await makeStory();
    first.story.goTo(2, 'instant');
    expect(location.hash).to.equal('#s-burnaby');
    fixtureCleanup();
    window.scrollTo(0, 0);
    history.replaceState(null, '', `${location.pathname}${location.search}#s-wave`);
    const s = await makeStory();
    await waitUntil(() => s.story.activeIndex === 1, 'the step from the hash is active');
    expectView(s, 1);
    expect(inBand(s.steps[1]!)).to.equal(true);
  });

  it('scrolls instantly when the reader prefers reduced motion, smoothly otherwise', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const s = await makeStory();
    s.story.goTo(2);
    expect(inBand(s.steps[2]!), 'there at once').to.equal(true);
    await emulateMedia({ reducedMotion: 'no-preference' });
    s.story.goTo(0);
    expect(inBand(s.steps[0]!), 'not there at once').to.equal(false);
    await waitUntil(() => inBand(s.steps[0]!), 'arrives after the smooth scroll');
  });

  it('on a phone, reads the step in the space under the sticky graphic', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      const s = await makeStory();
      s.story.goTo(2);
      await s.story.updateComplete;
      const graphicBottom = part(s.story, 'graphic').parentElement!.getBoundingClientRect().bottom;
      expect(s.steps[2]!.getBoundingClientRect().top, 'the step is not hidden under the graphic').to.be.at.least(graphicBottom - 1);
      // Scrolling by hand: a step centred under the graphic becomes active, though it is below the middle.
      s.steps[1]!.scrollIntoView({ block: 'center', behavior: 'instant' });
      expect(s.steps[1]!.getBoundingClientRect().top).to.be.above(window.innerHeight / 2);
      await waitUntil(() => s.story.activeIndex === 1, 'step 2 becomes active below the graphic');
      expectView(s, 1);
    } finally {
      await setViewport({ width: 1100, height: 700 });
    }
  });

  it('speaks French and Japanese', async () => {
    const fr = await makeStory('fr');
    expect(counter(fr.story)).to.equal('Étape 1 sur 4');
    expect(buttons(fr.story)[1]!.textContent!.trim()).to.equal('Étape suivante');
    fixtureCleanup();
    const ja = await makeStory('ja');
    ja.story.goTo(1, 'instant');
    await ja.story.updateComplete;
    expect(counter(ja.story)).to.equal('ステップ 2／4');
    expect(live(ja.story)).to.equal('ステップ 2／4：A wave');
  });

  it('announces each step change once, from the story alone; other changes are still announced by the provider', async () => {
    const s = await makeStory();
    s.story.goTo(0, 'instant');
    await waitUntil(() => s.story.activeIndex === 0);
    await s.provider.updateComplete;
    // Every live region in the story, the provider and the elements inside, and what each says.
    const regions = [s.story, s.provider, s.map, s.chart].flatMap((el) => [...el.shadowRoot!.querySelectorAll('[aria-live]')]);
    const said: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const region = (r.target.nodeType === Node.ELEMENT_NODE ? r.target as Element : r.target.parentElement)!.closest('[aria-live]')!;
        const text = region.textContent!.trim();
        if (text && said.at(-1) !== text) said.push(text);
      }
    });
    for (const region of regions) observer.observe(region, { childList: true, characterData: true, subtree: true });
    for (const [index, heading] of [[1, 'A wave'], [2, 'Burnaby'], [3, 'Everything']] as const) {
      said.length = 0;
      s.story.goTo(index, 'instant');
      await waitUntil(() => s.story.activeIndex === index);
      await s.story.updateComplete;
      await s.provider.updateComplete;
      await s.map.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(said, `announcements for step ${index + 1}`).to.deep.equal([`Step ${index + 1} of 4: ${heading}`]);
    }
    // A change the story did not make (a reader's pick on the map, a script): the provider says so, once.
    said.length = 0;
    s.provider.selected = 'vancouver-yokohama';
    await s.provider.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('Vancouver');
    observer.disconnect();
  });

  it('is axe-clean at every step', async function () {
    this.timeout(60000);
    const s = await makeStory();
    for (let i = 0; i < s.steps.length; i++) {
      s.story.goTo(i, 'instant');
      await s.story.updateComplete;
      await s.map.updateComplete;
      await expectNoAxeViolations(s.story);
    }
  });
});
