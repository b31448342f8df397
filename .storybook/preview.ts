/**
 * Every story: the elements registered, argument tables and docs generated from the merged
 * custom-elements.json of the element packages, and axe (addon-a11y) run on each story.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mergedManifest } from '../stories/support/manifest.ts';
import './preview.css';

setCustomElementsManifest(mergedManifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Fail the a11y panel (not just warn) on violations; the story-axe test enforces it in CI.
    a11y: { test: 'error' },
    // The docs page shows each story at its real size rather than in a small scrolling frame.
    docs: { story: { inline: true } },
    options: { storySort: { order: ['Docs', ['Introduction', 'Getting started', 'For municipalities'], 'Elements', ['twinning-map', 'twinning-timeline', 'twinning-activity-chart', 'twinning-partners', 'twinning-data'], 'Embed builder'] } },
  },
  tags: ['autodocs'],
  // The manifest types these as `string | undefined`, which Storybook can't map to a control.
  argTypes: Object.fromEntries([
    ...['src', 'twinning', 'place', 'status', 'type', 'categories', 'selected'].map((name) => [name, { control: 'text' }]),
    ...['since', 'until', 'quiet-years', 'max-facets'].map((name) => [name, { control: 'number' }]),
  ]),
};

export default preview;
