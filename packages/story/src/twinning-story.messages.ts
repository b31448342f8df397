/** UI text of `<twinning-story>` in en, fr and ja. */
import type { Locale } from '@twinning/core';

export interface StoryMessages {
  /** Accessible name of the controls. */
  readonly controls: string;
  readonly previous: string;
  readonly next: string;
  /** "Step 2 of 6". */
  counter(step: string, total: string): string;
  /** What is announced when the step changes. */
  announce(step: string, total: string, heading: string): string;
}

const MESSAGES: Record<Locale, StoryMessages> = {
  en: {
    controls: 'Story steps',
    previous: 'Previous step',
    next: 'Next step',
    counter: (step, total) => `Step ${step} of ${total}`,
    announce: (step, total, heading) => `Step ${step} of ${total}${heading ? `: ${heading}` : ''}`,
  },
  fr: {
    controls: 'Étapes du récit',
    previous: 'Étape précédente',
    next: 'Étape suivante',
    counter: (step, total) => `Étape ${step} sur ${total}`,
    announce: (step, total, heading) => `Étape ${step} sur ${total}${heading ? ` : ${heading}` : ''}`,
  },
  ja: {
    controls: 'ストーリーのステップ',
    previous: '前のステップ',
    next: '次のステップ',
    counter: (step, total) => `ステップ ${step}／${total}`,
    announce: (step, total, heading) => `ステップ ${step}／${total}${heading ? `：${heading}` : ''}`,
  },
};

export const storyMessages = (locale: Locale): StoryMessages => MESSAGES[locale];
