/** Registers `<twinning-story>`; safe to load twice. */
import { defineElement } from '@twinning/core';
import { TwinningStory } from './twinning-story.element.ts';

defineElement('twinning-story', TwinningStory);

declare global {
  interface HTMLElementTagNameMap {
    'twinning-story': TwinningStory;
  }
}
