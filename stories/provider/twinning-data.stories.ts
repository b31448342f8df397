/**
 * `<twinning-data>`: a linked dashboard (map, timeline and chart inside one provider). Selecting
 * an agreement in one selects it in all; a range brushed on the timeline filters the others.
 * The provider draws nothing itself, so its states show in the elements inside it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@twinning/activity-chart';
import '@twinning/pairing-map';
import '@twinning/timeline';
import '../../packages/provider/src/index.ts';
import { renderElement, type ElementArgs } from '../support/render.ts';
import { sharedStories } from '../support/shared-stories.ts';

/** The provider with the three elements inside; `lang` and `theme` go to each element. */
function renderDashboard(args: ElementArgs): HTMLElement {
  const { lang, theme, ...rest } = args;
  const provider = renderElement('twinning-data', rest);
  for (const tag of ['twinning-map', 'twinning-timeline', 'twinning-activity-chart']) {
    provider.append(renderElement(tag, { lang, theme }));
  }
  return provider;
}

const meta: Meta<ElementArgs> = {
  title: 'Elements/twinning-data',
  component: 'twinning-data',
  render: renderDashboard,
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'ja'] },
  },
  parameters: { docs: { description: { component: 'Loads a dataset once and links the elements inside it. Its attributes hold the shared state; an element\'s own attributes override them for that element.' } } },
};
export default meta;

type Story = StoryObj<ElementArgs>;
const { Loading: _loading, ...shared } = sharedStories();

export const Playground: Story = { name: 'Playground', args: { lang: 'en', theme: 'light' } };
export const Selected: Story = { name: 'Option: selected', args: { selected: 'vancouver-yokohama' } };
export const SinceUntil: Story = { name: 'Option: since and until', args: { since: 1985, until: 1995 } };
export const Categories: Story = { name: 'Option: categories', args: { categories: 'youth,education' } };
export const Status: Story = { name: 'Option: status', args: { status: 'active' } };
export const Type: Story = { name: 'Option: type', args: { type: 'sister-province' } };
export const SyncUrl: Story = { name: 'Option: sync-url', args: { 'sync-url': true } };
export const Empty: Story = { ...shared.Empty, name: 'State: empty' };
export const ErrorState: Story = { ...shared.ErrorState, name: 'State: error' };
export const LargeData: Story = { ...shared.LargeData, name: 'State: large data' };
export const English: Story = { ...shared.English, name: 'Language: English' };
export const French: Story = { ...shared.French, name: 'Language: French' };
export const Japanese: Story = { ...shared.Japanese, name: 'Language: Japanese' };
export const Light: Story = { ...shared.Light, name: 'Theme: light' };
export const Dark: Story = { ...shared.Dark, name: 'Theme: dark' };
export const ForcedColours: Story = { ...shared.ForcedColours, name: 'Theme: forced colours' };
