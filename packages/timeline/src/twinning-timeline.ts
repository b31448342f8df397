/** Registers <twinning-timeline>. Safe to load twice: a second definition is skipped. */
import { defineElement } from '@twinning/core';
import { TwinningTimeline } from './twinning-timeline.element.ts';

defineElement('twinning-timeline', TwinningTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'twinning-timeline': TwinningTimeline;
  }
}
