/**
 * `<twinning-timeline>`: the playground, one story per option, then the shared states, languages
 * and themes. Args and the docs tables come from custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@twinning/timeline';
import { renderFor, type ElementArgs } from '../support/render.ts';
import { sharedStories } from '../support/shared-stories.ts';

const meta: Meta<ElementArgs> = {
  title: 'Elements/twinning-timeline',
  component: 'twinning-timeline',
  render: renderFor('twinning-timeline'),
  argTypes: {
    'group-by': { control: 'inline-radio', options: ['region', 'type', 'status', 'none'] },
    era: { control: 'inline-radio', options: ['on', 'off'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'ja'] },
  },
  parameters: { docs: { description: { component: 'One lane per agreement from signing to end (or today), its activities as marks, gaps in the record shaded. Reads `twinnings` and `activities`; agreements without a signing date are listed in the notice.' } } },
};
export default meta;

type Story = StoryObj<ElementArgs>;
const shared = sharedStories();

export const Playground: Story = { name: 'Playground', args: { 'group-by': 'region', 'quiet-years': 5, lang: 'en', theme: 'light' } };
export const GroupByType: Story = { name: 'Option: group-by="type"', args: { 'group-by': 'type' } };
export const GroupByStatus: Story = { name: 'Option: group-by="status"', args: { 'group-by': 'status' } };
export const GroupByNone: Story = { name: 'Option: group-by="none"', args: { 'group-by': 'none' } };
export const QuietYears: Story = { name: 'Option: quiet-years="10"', args: { 'quiet-years': 10 } };
export const Era: Story = { name: 'Option: era="on" (Japanese eras)', args: { era: 'on' } };
export const Place: Story = { name: 'Option: place', args: { place: 'ca-bc-burnaby' } };
export const Twinning: Story = { name: 'Option: twinning (one agreement)', args: { twinning: 'burnaby-kushiro' } };
export const Status: Story = { name: 'Option: status', args: { status: 'active' } };
export const Type: Story = { name: 'Option: type', args: { type: 'sister-province' } };
export const SinceUntil: Story = { name: 'Option: since and until', args: { since: 1985, until: 2000 } };
export const Categories: Story = { name: 'Option: categories', args: { categories: 'youth,education' } };
export const Selected: Story = { name: 'Option: selected', args: { selected: 'vancouver-yokohama' } };
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
