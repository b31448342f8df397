/**
 * `<twinning-activity-chart>`: the playground, one story per option, then the shared states,
 * languages and themes. Args and the docs tables come from custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@twinning/activity-chart';
import { renderFor, type ElementArgs } from '../support/render.ts';
import { sharedStories } from '../support/shared-stories.ts';

const meta: Meta<ElementArgs> = {
  title: 'Elements/twinning-activity-chart',
  component: 'twinning-activity-chart',
  render: renderFor('twinning-activity-chart'),
  argTypes: {
    mode: { control: 'inline-radio', options: ['share', 'by-decade', 'by-region', 'compare'] },
    count: { control: 'inline-radio', options: ['activities', 'tags'] },
    facet: { control: 'inline-radio', options: ['region', 'twinning'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'ja'] },
  },
  parameters: { docs: { description: { component: 'Each activity category\'s share of the recorded activities. Reads `activities` (their `categories`) and, to filter, `twinnings`; the caption states the counting rule and the coverage.' } } },
};
export default meta;

type Story = StoryObj<ElementArgs>;
const shared = sharedStories();

export const Playground: Story = { name: 'Playground', args: { mode: 'share', count: 'activities', lang: 'en', theme: 'light' } };
export const ModeByDecade: Story = { name: 'Option: mode="by-decade"', args: { mode: 'by-decade' } };
export const ModeByRegion: Story = { name: 'Option: mode="by-region"', args: { mode: 'by-region' } };
export const ModeCompare: Story = { name: 'Option: mode="compare"', args: { mode: 'compare' } };
export const CountTags: Story = { name: 'Option: count="tags"', args: { count: 'tags' } };
export const FacetTwinning: Story = { name: 'Option: facet="twinning"', args: { mode: 'by-region', facet: 'twinning', 'max-facets': 6 } };
export const Patterns: Story = { name: 'Option: patterns', args: { patterns: true } };
export const Place: Story = { name: 'Option: place', args: { place: 'ca-bc-burnaby' } };
export const Twinning: Story = { name: 'Option: twinning (one agreement)', args: { twinning: 'burnaby-kushiro' } };
export const SinceUntil: Story = { name: 'Option: since and until', args: { since: 2000, until: 2019 } };
export const Categories: Story = { name: 'Option: categories', args: { categories: 'youth,education,culture' } };
export const Loading: Story = { ...shared.Loading, name: 'State: loading' };
export const Empty: Story = { ...shared.Empty, name: 'State: empty' };
export const ErrorState: Story = { ...shared.ErrorState, name: 'State: error' };
export const LargeData: Story = { ...shared.LargeData, name: 'State: large data' };
export const English: Story = { ...shared.English, name: 'Language: English' };
export const French: Story = { ...shared.French, name: 'Language: French' };
export const Japanese: Story = { ...shared.Japanese, name: 'Language: Japanese' };
export const Light: Story = { ...shared.Light, name: 'Theme: light' };
export const Dark: Story = { ...shared.Dark, name: 'Theme: dark' };
export const ForcedColours: Story = { ...shared.ForcedColours, name: 'Theme: forced colours' };
