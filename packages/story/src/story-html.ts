/**
 * Proposed steps as HTML an editor pastes into a CMS and rewrites: one
 * `<section data-twinning-step …>` per step with a heading and a paragraph. All text is escaped.
 */
import type { Locale } from '@twinning/core';
import type { StoryStep } from './propose-story.ts';
import { stepAttributes } from './story-state.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The steps as editable HTML in `lang`, one section per step, separated by blank lines. */
export function toStoryHtml(steps: readonly StoryStep[], lang: Locale): string {
  return steps.map((step) => {
    const attributes = [['id', `step-${step.id}`], ...stepAttributes(step.state)]
      .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`).join('');
    const { heading, text } = step.text[lang];
    return `<section data-twinning-step${attributes}>\n  <h2>${escapeHtml(heading)}</h2>\n  <p>${escapeHtml(text)}</p>\n</section>`;
  }).join('\n\n') + '\n';
}
