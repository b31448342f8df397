/**
 * `<twinning-map>`: the playground, one story per option, then the shared states, languages and
 * themes. Args and the docs tables come from custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@twinning/pairing-map';
import multiCountryCity from '../../test/fixtures/multi-country-city.json' with { type: 'json' };
import { renderFor, type ElementArgs } from '../support/render.ts';
import { sharedStories } from '../support/shared-stories.ts';

const meta: Meta<ElementArgs> = {
  title: 'Elements/twinning-map',
  component: 'twinning-map',
  render: renderFor('twinning-map'),
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'split', 'globe', 'world'] },
    'color-by': { control: 'inline-radio', options: ['type', 'status', 'decade'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'ja'] },
  },
  parameters: { docs: { description: { component: 'Every agreement as a link between two places. Reads `places` (with coordinates) and `twinnings`; places without coordinates are listed in the notice, not drawn.' } } },
};
export default meta;

type Story = StoryObj<ElementArgs>;
const shared = sharedStories();

export const Playground: Story = { name: 'Playground', args: { layout: 'auto', 'color-by': 'type', lang: 'en', theme: 'light' } };
export const LayoutSplit: Story = { name: 'Option: layout="split"', args: { layout: 'split' } };
export const LayoutGlobe: Story = { name: 'Option: layout="globe"', args: { layout: 'globe' } };
export const LayoutWorld: Story = {
  name: 'Option: layout="world" (one place, partners in many countries)',
  args: { data: multiCountryCity, place: 'ca-bc-port-alder' },
  parameters: { docs: { description: { story: 'An invented town ("Port Alder") with partners in seven countries: `auto` picks the world layout, centred on the place framed by `place`, every link whole, the place ringed and in bold.' } } },
};
export const ColorByStatus: Story = { name: 'Option: color-by="status"', args: { 'color-by': 'status' } };
export const ColorByDecade: Story = { name: 'Option: color-by="decade"', args: { 'color-by': 'decade' } };
export const Place: Story = { name: 'Option: place (one place and its partners)', args: { place: 'ca-bc-burnaby' } };
export const Twinning: Story = { name: 'Option: twinning (one agreement)', args: { twinning: 'burnaby-kushiro' } };
export const Status: Story = { name: 'Option: status', args: { status: 'ended' } };
export const Type: Story = { name: 'Option: type', args: { type: 'friendship-city' } };
export const SinceUntil: Story = { name: 'Option: since and until', args: { since: 1980, until: 1989 } };
export const Selected: Story = { name: 'Option: selected', args: { selected: 'burnaby-kushiro' } };
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
