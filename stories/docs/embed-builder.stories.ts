/**
 * The embed builder as a page of the docs site: pick a view, data, focus, language, theme, size
 * and options; preview; copy the code. Full screen, no controls of its own.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../docs/embed-builder/twinning-embed-builder.ts';

const meta: Meta = {
  title: 'Embed builder',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen', controls: { disable: true }, actions: { disable: true } },
  render: () => html`<main><h1 style="font: 600 1.4rem system-ui, sans-serif; margin: 1rem">Embed builder</h1>
    <twinning-embed-builder></twinning-embed-builder></main>`,
};
export default meta;

export const Builder: StoryObj = { name: 'Embed builder' };
