/**
 * The events every Twinning element fires. Each is a class extending `Event`, bubbling and
 * composed so that a host page hears it through shadow roots, with typed read-only fields.
 */
import type { Problem } from '@twinning/schema';

const init: EventInit = { bubbles: true, composed: true };

/** The user selected an agreement, or cleared the selection (`twinning` is null). */
export class TwinningSelectEvent extends Event {
  static readonly eventName = 'twinning-select';
  constructor(readonly twinning: string | null) {
    super(TwinningSelectEvent.eventName, init);
  }
}

/** Loading or validating the data failed; `problems` are the validator's problems. */
export class TwinningErrorEvent extends Event {
  static readonly eventName = 'twinning-error';
  constructor(readonly problems: readonly Problem[]) {
    super(TwinningErrorEvent.eventName, init);
  }
}

/** The user chose a time range (years, inclusive). */
export class TwinningRangeChangeEvent extends Event {
  static readonly eventName = 'twinning-range-change';
  constructor(
    readonly from: number | null,
    readonly to: number | null,
  ) {
    super(TwinningRangeChangeEvent.eventName, init);
  }
}

/** The user switched an activity category on or off. */
export class TwinningCategoryToggleEvent extends Event {
  static readonly eventName = 'twinning-category-toggle';
  constructor(
    readonly category: string,
    readonly active: boolean,
  ) {
    super(TwinningCategoryToggleEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'twinning-select': TwinningSelectEvent;
    'twinning-error': TwinningErrorEvent;
    'twinning-range-change': TwinningRangeChangeEvent;
    'twinning-category-toggle': TwinningCategoryToggleEvent;
  }
}
