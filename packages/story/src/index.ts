/** Public names of @twinning/story. Importing this module registers `<twinning-story>`. */
import './twinning-story.ts';
export { TwinningStory, STEP_SELECTOR } from './twinning-story.element.ts';
export { TwinningStepChangeEvent, type StepChange } from './step-change-event.ts';
export { proposeStory, BUSINESS_REFERENCE_SHARE, type StoryStep, type StepKind, type ProposeOptions } from './propose-story.ts';
export { toStoryHtml, escapeHtml } from './story-html.ts';
export { readStepState, stepAttributes, STEP_ATTRIBUTES, type StoryState } from './story-state.ts';
export { storyTemplates, type StoryTemplates, type StepText } from './story-templates.ts';
export { storyMessages, type StoryMessages } from './twinning-story.messages.ts';
export { StepObserver, BAND_MARGIN } from './step-observer.ts';
export { MIDDLE_BAND, LOW_BAND, type Band } from './step-band.ts';
