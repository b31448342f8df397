/**
 * Choosing among a place's agreements from the keyboard or by clicking a place again: which place
 * is being chosen from, here; what an activation or a step selects is place-choice.ts in the
 * interaction chunk. An activation before the chunk is in waits for it; a step needs a choice,
 * which only an activation starts.
 */
import type { Twinning } from '@twinning/schema';
import { interactionChunk, withInteraction } from './interaction-chunk.ts';

export interface PlaceChooserOptions {
  /** The agreements in view of a place. */
  readonly agreementsOf: (placeId: string) => readonly Twinning[];
  /** The selected agreement's id. */
  readonly selectedId: () => string | undefined;
  readonly select: (twinning: Twinning) => void;
  /** Called when a place with `count` (> 1) agreements starts a choice. */
  readonly announceChoice: (count: number) => void;
}

export class PlaceChooser {
  /** @internal for place-choice.ts: the place chosen from and the index of its selected agreement. */
  choosing: { place: string; index: number } | null = null;

  constructor(readonly options: PlaceChooserOptions) {}

  /** Whether the reader is choosing among `placeId`'s agreements. */
  isChoosing(placeId?: string): boolean {
    return placeId === undefined ? this.choosing !== null : this.choosing?.place === placeId;
  }

  stop(): void {
    this.choosing = null;
  }

  /** Click, Enter or Space on a place: select its agreement; with several, start choosing among them. */
  activate(placeId: string): void {
    withInteraction((chunk) => chunk.activatePlace(this, placeId));
  }

  /** While choosing among `placeId`'s agreements, selects the previous (-1) or next (+1) one; false otherwise. */
  step(placeId: string, step: -1 | 1): boolean {
    if (!this.isChoosing(placeId)) return false;
    interactionChunk.get()!.stepChoice(this, step);
    return true;
  }
}
