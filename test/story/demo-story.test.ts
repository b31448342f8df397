/**
 * The demo story pages (demo/story.html, story.fr.html, story.ja.html) as a reader meets them:
 * the page's own article, on the bundled data, scrolled, stepped by keyboard, opened from a link.
 */
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import { localeLoading } from '../../packages/core/src/index.ts';
import '../../packages/provider/src/index.ts';
import '../../packages/pairing-map/src/index.ts';
import '../../packages/activity-chart/src/index.ts';
import '../../packages/story/src/index.ts';
import type { TwinningData } from '../../packages/provider/src/index.ts';
import type { TwinningStory } from '../../packages/story/src/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';

const PAGES = { en: '/demo/story.html', fr: '/demo/story.fr.html', ja: '/demo/story.ja.html' } as const;
type Lang = keyof typeof PAGES;

/** What each step of the demo story shows, written out here from the story's intent. */
const VIEWS = [
  { id: 'first', selected: 'newwestminster-moriguchi', since: undefined, until: 1963, categories: undefined, mode: 'share' },
  { id: 'wave', selected: undefined, since: 1980, until: 1989, categories: undefined, mode: 'share' },
  { id: 'kamui-mintara', selected: 'burnaby-kushiro', since: undefined, until: undefined, categories: 'indigenous,culture', mode: 'share' },
  { id: 'alberta-hokkaido', selected: 'alberta-hokkaido', since: 1980, until: undefined, categories: undefined, mode: 'share' },
  { id: 'business', selected: undefined, since: undefined, until: undefined, categories: undefined, mode: 'share' },
  { id: 'explore', selected: undefined, since: undefined, until: undefined, categories: undefined, mode: 'share' },
];
const COUNTER: Record<Lang, (n: number) => string> = {
  en: (n) => `Step ${n} of 6`,
  fr: (n) => `Étape ${n} sur 6`,
  ja: (n) => `ステップ ${n}／6`,
};

interface Demo {
  story: TwinningStory;
  provider: TwinningData;
  map: HTMLElement & { updateComplete: Promise<boolean> };
  chart: HTMLElement & { mode: string };
  steps: HTMLElement[];
}

/** The page's `<twinning-story>`, as written in the demo file, mounted under the page's language. */
async function openDemo(lang: Lang): Promise<Demo> {
  const text = await (await fetch(PAGES[lang])).text();
  const page = new DOMParser().parseFromString(text, 'text/html');
  expect(page.documentElement.lang).to.equal(lang);
  const markup = page.querySelector('twinning-story')!.outerHTML;
  const host = await fixture<HTMLElement>(html`<div lang=${lang}>${unsafeStatic(markup)}</div>`);
  const story = host.querySelector('twinning-story')!;
  const provider = story.querySelector('twinning-data')!;
  await waitUntil(() => provider.loaded !== null, 'the bundled dataset loads', { timeout: 15000 });
  return {
    story, provider,
    map: story.querySelector('twinning-map') as Demo['map'],
    chart: story.querySelector('twinning-activity-chart') as Demo['chart'],
    steps: [...story.querySelectorAll<HTMLElement>('[data-twinning-step]')],
  };
}

const counter = (story: TwinningStory) => story.shadowRoot!.querySelector('[part~="counter"]')!.textContent!.trim();
const selectedLinks = (map: Element) => [...map.shadowRoot!.querySelectorAll('[part~="link--selected"]')].map((l) => l.getAttribute('data-twinning'));

function expectStep(d: Demo, index: number): void {
  const want = VIEWS[index]!;
  const { provider, chart } = d;
  expect({
    id: d.steps[index]!.id, selected: provider.selected ?? undefined, since: provider.since ?? undefined,
    until: provider.until ?? undefined, categories: provider.categories ?? undefined, mode: chart.mode,
  }, `view of step ${index + 1}`).to.deep.equal(want);
}

describe('demo story pages', function () {
  this.timeout(120000);
  before(async () => {
    await setViewport({ width: 1100, height: 700 });
    await Promise.all([localeLoading('fr'), localeLoading('ja')]);
  });
  beforeEach(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });

  for (const lang of ['en', 'fr', 'ja'] as const) {
    it(`${lang}: scrolling through the story sets the linked view step by step, and the map shows it`, async () => {
      const d = await openDemo(lang);
      expect(d.steps).to.have.length(VIEWS.length);
      for (let i = 0; i < d.steps.length; i++) {
        d.steps[i]!.scrollIntoView({ block: 'center', behavior: 'instant' });
        await waitUntil(() => d.story.activeIndex === i, `${lang}: step ${i + 1} becomes active by scrolling`);
        expectStep(d, i);
        await d.story.updateComplete;
        expect(counter(d.story)).to.equal(COUNTER[lang](i + 1));
        const selected = VIEWS[i]!.selected;
        await waitUntil(() => JSON.stringify(selectedLinks(d.map)) === JSON.stringify(selected ? [selected] : []), `${lang}: the map shows step ${i + 1}'s selection`);
      }
    });
  }

  it('fr: Alt+ArrowDown and Alt+ArrowUp move one step, instantly under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const d = await openDemo('fr');
    expect(d.story.scrollBehavior()).to.equal('instant');
    d.story.goTo(0);
    d.story.shadowRoot!.querySelector<HTMLButtonElement>('[part~="controls"] button:last-of-type')!.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await waitUntil(() => d.story.activeIndex === 2, 'two steps down');
    expectStep(d, 2);
    // Instant: the step is already in the middle band, with no animation still running.
    const box = d.steps[2]!.getBoundingClientRect();
    expect(Math.abs(box.top + box.height / 2 - innerHeight / 2)).to.be.lessThan(innerHeight * 0.2);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await waitUntil(() => d.story.activeIndex === 1, 'one step up');
    expectStep(d, 1);
    await d.story.updateComplete;
    expect(counter(d.story)).to.equal('Étape 2 sur 6');
  });

  it('ja: a link to #alberta-hokkaido opens that step', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#alberta-hokkaido`);
    const d = await openDemo('ja');
    await waitUntil(() => d.story.activeIndex === 3, 'the step named in the URL is active');
    expectStep(d, 3);
    await d.story.updateComplete;
    expect(counter(d.story)).to.equal('ステップ 4／6');
    d.story.goTo(4, 'instant');
    await waitUntil(() => location.hash === '#business', 'the URL follows the reader');
  });

  for (const lang of ['en', 'fr', 'ja'] as const) {
    it(`${lang}: axe finds nothing at any step`, async () => {
      const d = await openDemo(lang);
      for (let i = 0; i < d.steps.length; i++) {
        d.story.goTo(i, 'instant');
        await d.story.updateComplete;
        await d.provider.updateComplete;
        await d.map.updateComplete;
        await expectNoAxeViolations(d.story);
      }
    });
  }
});
