/** How the CLI prints problems, summaries and tables. */
import type { Problem } from '@twinning/schema';

/** `FILE:LINE:COL: error CODE: message (at POINTER)`; line and column are left out when unknown. */
export function formatProblem(problem: Problem, file: string): string {
  const where = [problem.file ?? file, problem.line, problem.line === undefined ? undefined : problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  const at = problem.pointer === '' ? '' : ` (at ${problem.pointer})`;
  return `${where}: ${problem.severity} ${problem.code}: ${problem.message}${at}`;
}

/** `1 twinning`, `2 twinnings`, `1 activity`, `0 activities`: the count and the noun that agrees with it. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `N errors, N warnings`. */
export function countLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`;
}

/** `2 places, 1 twinning, 0 activities, 1 source`. */
export function totalsLine(d: { places: readonly unknown[]; twinnings: readonly unknown[]; activities?: readonly unknown[]; sources: readonly unknown[] }, twinningNoun = 'twinning'): string {
  return [
    counted(d.places.length, 'place'),
    counted(d.twinnings.length, twinningNoun),
    counted(d.activities?.length ?? 0, 'activity', 'activities'),
    counted(d.sources.length, 'source'),
  ].join(', ');
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** A titled two-column table: labels left-aligned, counts right-aligned. */
export function table(title: string, rows: readonly (readonly [string, number])[]): string {
  const labelWidth = Math.max(title.length, ...rows.map(([label]) => label.length));
  const countWidth = Math.max(5, ...rows.map(([, n]) => String(n).length));
  const line = (label: string, n: string): string => `${label.padEnd(labelWidth)}  ${n.padStart(countWidth)}`;
  const body = rows.length === 0 ? ['(none)'] : rows.map(([label, n]) => line(label, String(n)));
  return [line(title, 'count'), '-'.repeat(labelWidth + 2 + countWidth), ...body].join('\n');
}
