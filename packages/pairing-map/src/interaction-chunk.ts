/** The map's interaction chunk (map-interaction.ts), loaded once per page on first need. */
import { lazyModule } from '@twinning/core';

export const interactionChunk = lazyModule(() => import('./map-interaction.ts'));
