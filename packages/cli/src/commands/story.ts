/**
 * `twinning story FILE [--lang en|fr|ja] [--now YYYY-MM-DD]`: steps proposed from a dataset,
 * printed as `<section data-twinning-step>` HTML for an editor to check and rewrite. Notes to
 * start from, never a finished story.
 */
import { proposeStory, toStoryHtml } from '@twinning/story/propose';
import { countLine, formatProblem, hasErrors } from '../format.ts';
import { loadDataset } from '../load.ts';
import type { Output } from '../output.ts';

/** The languages the proposed text is written in. */
export const STORY_LANGS = ['en', 'fr', 'ja'] as const;
export type StoryLang = (typeof STORY_LANGS)[number];

/** A `--now` value as a date (UTC midnight), or null when it is not a real YYYY-MM-DD day. */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Prints the proposed steps; a file with errors prints its problems instead and exits 1. */
export function storyCommand(file: string, lang: StoryLang, now: Date, out: Output): number {
  const { dataset, problems } = loadDataset(file);
  if (dataset === null || hasErrors(problems)) {
    for (const p of problems) out.error(formatProblem(p, file));
    out.error(`${countLine(problems)} in ${file}; no story from a dataset with errors`);
    return 1;
  }
  const steps = proposeStory(dataset, { now });
  out.log(`<!-- Proposed from ${file} on ${now.toISOString().slice(0, 10)}: a first draft. Check every fact and rewrite every sentence in your own words before publishing. -->`);
  out.log(toStoryHtml(steps, lang).trimEnd());
  return 0;
}
