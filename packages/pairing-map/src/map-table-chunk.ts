/** The map's data table model (map-table.ts): a chunk of its own, loaded when the table opens or with `actions`. */
import { lazyModule } from '@twinning/core';

export const mapTableChunk = lazyModule(() => import('./map-table.ts'));
