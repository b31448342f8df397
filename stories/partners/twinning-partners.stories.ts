/**
 * `<twinning-partners>`: the playground (an invented city with partners in seven countries), one
 * story per option, then the shared states, languages and themes on the bundled data (Burnaby).
 * Ages and anniversaries are pinned with `now` so the stories never drift.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@twinning/partners';
import multiCountry from '../../test/fixtures/multi-country-city.json';
import { renderFor, type ElementArgs } from '../support/render.ts';
import { sharedStories } from '../support/shared-stories.ts';

const NOW = '2026-06-01';
const PORT_ALDER = { data: multiCountry, place: 'ca-bc-port-alder', now: NOW };

const meta: Meta<ElementArgs> = {
  title: 'Elements/twinning-partners',
  component: 'twinning-partners',
  render: renderFor('twinning-partners'),
  argTypes: {
    locator: { control: 'inline-radio', options: ['card', 'none'] },
    activities: { control: { type: 'number', min: 0, max: 20 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'ja'] },
  },
  parameters: {
    docs: {
      description: {
        component: 'A municipality\'s sister-city page: for one `place`, a card per partner ordered by signing date. Reads `places` (names in every language, country, region, coordinates), the place\'s `twinnings` (type, status, dates, sources, `contact`) and their `activities`. The playground uses an invented city (Port Alder) with partners in seven countries.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ElementArgs>;
const shared = sharedStories({ place: 'ca-bc-burnaby', now: NOW });

export const Playground: Story = { name: 'Playground', args: { ...PORT_ALDER, lang: 'en', theme: 'light', activities: 3, locator: 'card' } };
export const Place: Story = { name: 'Option: place (bundled data, Burnaby)', args: { place: 'ca-bc-burnaby', now: NOW } };
export const Now: Story = { name: 'Option: now (a year with anniversaries)', args: { ...PORT_ALDER, now: '2025-03-01' } };
export const Activities: Story = { name: 'Option: activities="1"', args: { ...PORT_ALDER, activities: 1 } };
export const NoLocator: Story = { name: 'Option: locator="none"', args: { ...PORT_ALDER, locator: 'none' } };
export const Selected: Story = { name: 'Option: selected', args: { ...PORT_ALDER, selected: 'port-alder-odesa' } };
export const Status: Story = { name: 'Option: status', args: { ...PORT_ALDER, status: 'active' } };
export const Loading: Story = { ...shared.Loading, name: 'State: loading' };
export const Empty: Story = { ...shared.Empty, name: 'State: empty' };
export const ErrorState: Story = { ...shared.ErrorState, name: 'State: error' };
export const LargeData: Story = { ...shared.LargeData, name: 'State: large data' };
export const English: Story = { ...shared.English, args: { ...PORT_ALDER, lang: 'en' }, name: 'Language: English' };
export const French: Story = { ...shared.French, args: { ...PORT_ALDER, lang: 'fr' }, name: 'Language: French' };
export const Japanese: Story = { ...shared.Japanese, args: { ...PORT_ALDER, lang: 'ja' }, name: 'Language: Japanese' };
export const Light: Story = { ...shared.Light, name: 'Theme: light' };
export const Dark: Story = { ...shared.Dark, name: 'Theme: dark' };
export const ForcedColours: Story = { ...shared.ForcedColours, name: 'Theme: forced colours' };
