/**
 * The error list and the notice of records not drawn: a chunk of its own (see TwinningElement),
 * loaded only when an element has an error or a skipped record to show, so a first paint that
 * has neither does not download them.
 */
import type { Problem } from '@twinning/schema';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from './messages.ts';
import type { SkippedRecords } from './twinning-element.ts';

const MAX_LISTED_PROBLEMS = 8;

/** The error part's look, added to the element's shadow root with the part (see added-styles.ts). */
export const problemStyles = css`
  [part~='error'] {
    border: 2px solid var(--_error); border-radius: 4px; padding: 0.75em 1em; color: var(--_fg);
    min-height: var(--_chart-min-height, 200px);
  }
  [part~='error'] strong { color: var(--_error); }
  [part~='error'] ul { margin: 0.5em 0 0; padding-left: 1.2em; }
  [part~='error'] code { font-size: 0.9em; word-break: break-all; }
`;

/** The errors, the first few listed with where they are, for inside the error part. */
export function renderProblemList(errors: readonly Problem[], m: Messages): TemplateResult {
  const listed = errors.slice(0, MAX_LISTED_PROBLEMS);
  return html`<ul>${listed.map((p) => html`<li>${p.message}${location(p) ? html` <code>${location(p)}</code>` : nothing}</li>`)}</ul>
    ${errors.length > listed.length ? html`<p>${m.moreProblems(errors.length - listed.length)}</p>` : nothing}`;
}

/** The notice of records that could not be drawn, with one line per record. */
export function renderNotice(skipped: SkippedRecords, m: Messages): TemplateResult {
  return html`<details part="notice"><summary>${m.notDrawn(skipped.count, skipped.total, skipped.noun)} — ${m.details}</summary>
    <ul>${skipped.details.map((line) => html`<li>${line}</li>`)}</ul></details>`;
}

function location(problem: Problem): string {
  if (problem.file) return `${problem.file}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}`;
  return problem.pointer;
}
