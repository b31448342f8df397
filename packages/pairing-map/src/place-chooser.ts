/**
 * Choosing among a place's agreements from the keyboard or by clicking a place again: the first
 * activation selects the place's first agreement (or the next one after the selected one); while
 * choosing, arrow keys step through the place's agreements instead of moving between places.
 */
import type { Twinning } from '@twinning/schema';

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
  private choosing: { place: string; index: number } | null = null;

  constructor(private readonly options: PlaceChooserOptions) {}

  /** Whether the reader is choosing among `placeId`'s agreements. */
  isChoosing(placeId?: string): boolean {
    return placeId === undefined ? this.choosing !== null : this.choosing?.place === placeId;
  }

  stop(): void {
    this.choosing = null;
  }

  /** Click, Enter or Space on a place: select its agreement; with several, start choosing among them. */
  activate(placeId: string): void {
    const agreements = this.options.agreementsOf(placeId);
    if (agreements.length === 0) return;
    const current = agreements.findIndex((t) => t.id === this.options.selectedId());
    const index = current >= 0 && agreements.length > 1 ? (current + 1) % agreements.length : 0;
    this.choosing = agreements.length > 1 ? { place: placeId, index } : null;
    this.options.select(agreements[index]!);
    if (agreements.length > 1) this.options.announceChoice(agreements.length);
  }

  /** While choosing among `placeId`'s agreements, selects the previous (-1) or next (+1) one; false otherwise. */
  step(placeId: string, step: -1 | 1): boolean {
    if (this.choosing?.place !== placeId) return false;
    const agreements = this.options.agreementsOf(placeId);
    const index = (this.choosing.index + step + agreements.length) % agreements.length;
    this.choosing = { place: placeId, index };
    this.options.select(agreements[index]!);
    return true;
  }
}
