/**
 * The Vite config Storybook builds with. The repo's decorators are TypeScript's legacy ones
 * (`experimentalDecorators` in tsconfig.json), which Vite's TypeScript transform lowers; standard
 * decorators would reach the browser untransformed and fail with a SyntaxError.
 */
import { defaultClientConditions, defineConfig } from 'vite';
import { resolve } from 'node:path';

const pkg = (name: string) => resolve(import.meta.dirname, '../packages', name, 'src/index.ts');

export default defineConfig({
  // Packages added after the last `npm install` are not linked in node_modules yet.
  resolve: {
    alias: { '@twinning/provider': pkg('provider'), '@twinning/elements': pkg('elements') },
    // Sibling packages from their sources, not their dist/.
    conditions: ['twinning-source', ...defaultClientConditions],
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
