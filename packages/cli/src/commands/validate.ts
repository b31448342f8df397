/** `twinning validate FILE…`: every problem of each file, then a count per file. */
import { countLine, formatProblem, hasErrors } from '../format.ts';
import { loadDataset } from '../load.ts';
import type { Output } from '../output.ts';

/** Validates each file; returns the exit status (1 when any file has an error). */
export function validateCommand(files: readonly string[], out: Output): number {
  let failed = false;
  for (const file of files) {
    const { problems } = loadDataset(file);
    for (const problem of problems) out.log(formatProblem(problem, file));
    out.log(`${countLine(problems)} in ${file}`);
    failed ||= hasErrors(problems);
  }
  return failed ? 1 : 0;
}
