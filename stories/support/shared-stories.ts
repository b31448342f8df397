/**
 * The stories every element has after its own options, in the same order everywhere: states
 * (loading, empty, error, large data), languages (en, fr, ja) and themes (light, dark, forced
 * colours). Each element's stories module re-exports them by name.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { darkPage, forcedColours, type ElementArgs } from './render.ts';
import { largeDataset, MISSING_URL, neverLoads, UNUSED_STATUS } from './states.ts';

type Story = StoryObj<ElementArgs>;

/** The shared stories; `base` holds args every story of this element starts from. */
export function sharedStories(base: ElementArgs = {}) {
  const story = (name: string, args: ElementArgs, extra: Partial<Story> = {}): Story => ({ name, args: { ...base, ...args }, ...extra });
  return {
    Loading: story('State: loading', {}, { decorators: [neverLoads] }),
    Empty: story('State: empty', { status: UNUSED_STATUS }),
    ErrorState: story('State: error', { src: MISSING_URL }),
    LargeData: story('State: large data', { data: largeDataset() }),
    English: story('Language: English', { lang: 'en' }),
    French: story('Language: French', { lang: 'fr' }),
    Japanese: story('Language: Japanese', { lang: 'ja' }),
    Light: story('Theme: light', { theme: 'light' }),
    Dark: story('Theme: dark', { theme: 'dark' }, { decorators: [darkPage] }),
    ForcedColours: story('Theme: forced colours', { theme: 'light' }, { decorators: [forcedColours] }),
  };
}
