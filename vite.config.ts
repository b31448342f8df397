/**
 * Vite serves the demo (`npm start`) and builds it as a static site (`npm run build`).
 * Workspace packages resolve from source through the `twinning-source` condition of their `exports`
 * (a consumer resolves `dist/`).
 */
import { defaultClientConditions, defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, 'demo');

export default defineConfig({
  root,
  base: './',
  resolve: { conditions: ['twinning-source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/site'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(root, 'index.html'),
        story: resolve(root, 'story.html'),
        storyFr: resolve(root, 'story.fr.html'),
        storyJa: resolve(root, 'story.ja.html'),
      },
    },
  },
});
