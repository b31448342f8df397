/** The map's interaction chunk (map-interaction.ts), loaded once per page on first need. */
import { lazyModule } from '@twinning/core';

export const interactionChunk = lazyModule(() => import('./map-interaction.ts'));

type InteractionChunk = typeof import('./map-interaction.ts');

/** Runs `use` with the chunk: at once when it is in, else once it has arrived (never if it fails to load). */
export function withInteraction(use: (chunk: InteractionChunk) => void): void {
  const run = () => {
    const chunk = interactionChunk.get();
    if (chunk) use(chunk);
  };
  const loading = interactionChunk.loading();
  if (loading) void loading.then(run);
  else run();
}
