/**
 * The story proposer without the element: what a command line or a build script needs to draft
 * a story from a dataset. Registers nothing.
 */
export { proposeStory, BUSINESS_REFERENCE_SHARE, type StoryStep, type StepKind, type ProposeOptions } from './propose-story.ts';
export { toStoryHtml, escapeHtml } from './story-html.ts';
