/**
 * The public names of @twinning/story without registering `<twinning-story>`: for apps that
 * define the tag themselves or only need `proposeStory` and the helpers.
 * Keep in step with index.ts (test/consumer checks both export the same names).
 */
export { TwinningStory, STEP_SELECTOR } from './twinning-story.element.ts';
export { TwinningStepChangeEvent, type StepChange } from './step-change-event.ts';
export { proposeStory, BUSINESS_REFERENCE_SHARE, type StoryStep, type StepKind, type ProposeOptions } from './propose-story.ts';
export { toStoryHtml, escapeHtml } from './story-html.ts';
export { readStepState, stepAttributes, STEP_ATTRIBUTES, type StoryState } from './story-state.ts';
export { storyTemplates, type StoryTemplates, type StepText } from './story-templates.ts';
export { storyMessages, type StoryMessages } from './twinning-story.messages.ts';
export { StepObserver, BAND_MARGIN } from './step-observer.ts';
export { MIDDLE_BAND, LOW_BAND, type Band } from './step-band.ts';
