/**
 * Storybook 10 for the Twinning elements and their documentation (`npm run storybook`,
 * `npm run build-storybook` → dist/storybook). Stories live in stories/<package>/; the docs pages
 * (stories/docs/*.mdx) render the Markdown files in docs/, so the docs site and the component
 * workshop are one static build.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { resolve } from 'node:path';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // A Vite config of its own: the root vite.config.ts builds the demo (another root and input).
    options: { builder: { viteConfigPath: resolve(import.meta.dirname, 'vite.config.ts') } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
};

export default config;
