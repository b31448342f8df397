/**
 * Every story renders and is axe-clean: each story of each stories module is drawn as Storybook
 * would draw it, must reach the state it is named for (ready, loading, empty, error), and axe
 * must find no violation in each element's shadow root. A story that rots fails by name.
 */
import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import * as map from '../../stories/pairing-map/twinning-map.stories.ts';
import * as timeline from '../../stories/timeline/twinning-timeline.stories.ts';
import * as chart from '../../stories/activity-chart/twinning-activity-chart.stories.ts';
import * as provider from '../../stories/provider/twinning-data.stories.ts';
import * as partners from '../../stories/partners/twinning-partners.stories.ts';
import { expectedState, renderStory, storiesOf, waitForState, type StoriesModule } from './render-story.ts';

const modules = { map, timeline, chart, provider, partners } as unknown as Record<string, StoriesModule>;
const sources: Record<string, string> = {
  map: '/stories/pairing-map/twinning-map.stories.ts',
  timeline: '/stories/timeline/twinning-timeline.stories.ts',
  chart: '/stories/activity-chart/twinning-activity-chart.stories.ts',
  provider: '/stories/provider/twinning-data.stories.ts',
  partners: '/stories/partners/twinning-partners.stories.ts',
};

for (const module of Object.values(modules)) {
  const meta = module.default;
  describe(`stories of ${meta.title}`, () => {
    for (const { name, story } of storiesOf(module)) {
      it(`renderStory(${JSON.stringify(name)}) reaches its state with no axe violations`, async function () {
        this.timeout(60000);
        const container = document.createElement('div');
        container.style.width = '900px';
        document.body.append(container);
        try {
          renderStory(meta, story, container);
          const expected = expectedState(name);
          const targets = await waitForState(container, expected);
          expect(targets.length).to.be.greaterThan(0);
          for (const el of targets) {
            const root = el.shadowRoot!;
            await expectNoAxeViolations((root.querySelector('[part~="base"]') ?? root.querySelector('[part~="error"]'))!);
          }
        } finally {
          container.remove();
        }
      });
    }
  });
}

describe('stories order', () => {
  it('each stories file exports Playground, then options, states, languages, themes', async () => {
    // A module namespace lists exports alphabetically; Storybook uses source order, so read the source.
    for (const [key, module] of Object.entries(modules)) {
      const source = await (await fetch(sources[key]!)).text();
      const ids = [...source.matchAll(/^export const (\w+)/gm)].map((m) => m[1]!);
      const byId = new Map(storiesOf(module).map((s) => [s.id, s.name]));
      const names = ids.map((id) => byId.get(id)!);
      expect(names[0]).to.equal('Playground');
      const rank = (n: string) => ['Playground', 'Option', 'State', 'Language', 'Theme'].findIndex((p) => n.startsWith(p));
      expect(names.map(rank)).to.deep.equal([...names.map(rank)].sort((a, b) => a - b));
      expect(names).to.include.members(['State: empty', 'State: error', 'State: large data', 'Language: French', 'Language: Japanese', 'Theme: dark', 'Theme: forced colours']);
    }
  });
});
