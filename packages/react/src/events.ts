/**
 * React prop names of the Twinning events, each typed with its event class so a handler such as
 * `onTwinningSelect={(e) => e.twinning}` is checked by TypeScript.
 */
import type { EventName } from '@lit/react';
import type {
  TwinningCategoryToggleEvent, TwinningErrorEvent, TwinningExportEvent, TwinningRangeChangeEvent, TwinningSelectEvent,
} from '@twinning/core';
import type { TwinningStepChangeEvent } from '@twinning/story';

/** Events every element fires. */
export const sharedEvents = {
  onTwinningSelect: 'twinning-select' as EventName<TwinningSelectEvent>,
  onTwinningError: 'twinning-error' as EventName<TwinningErrorEvent>,
  onTwinningExport: 'twinning-export' as EventName<TwinningExportEvent>,
};

/** Events of the elements that show time and categories (timeline, activity chart, provider). */
export const linkedEvents = {
  ...sharedEvents,
  onTwinningRangeChange: 'twinning-range-change' as EventName<TwinningRangeChangeEvent>,
  onTwinningCategoryToggle: 'twinning-category-toggle' as EventName<TwinningCategoryToggleEvent>,
};

/** Events of `<twinning-story>`: the active step changed. */
export const storyEvents = {
  onTwinningStepChange: 'twinning-step-change' as EventName<TwinningStepChangeEvent>,
};
