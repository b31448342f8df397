/**
 * The event `<twinning-story>` fires when the active step changes. A `CustomEvent` whose `detail`
 * is `{ index, id }` (as before), with the same values as typed read-only fields.
 */

/** Which step is active: its index in reading order and its id (given, or `step-N`). */
export interface StepChange {
  readonly index: number;
  readonly id: string;
}

export class TwinningStepChangeEvent extends CustomEvent<StepChange> {
  static readonly eventName = 'twinning-step-change';
  readonly index: number;
  readonly id: string;

  constructor(index: number, id: string) {
    super(TwinningStepChangeEvent.eventName, { detail: { index, id }, bubbles: true, composed: true });
    this.index = index;
    this.id = id;
  }
}

declare global {
  interface HTMLElementEventMap {
    'twinning-step-change': TwinningStepChangeEvent;
  }
}
