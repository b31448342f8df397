/** `twinning import --partners PARTNERS.csv [-o OUT.json]`: a clerk's partners sheet into a dataset. */
import { writeFileSync } from 'node:fs';
import { importPartnersSheet } from '@twinning/schema';
import { countLine, formatProblem, hasErrors, totalsLine } from '../format.ts';
import { unreadable } from '../load.ts';
import type { Output } from '../output.ts';
import { readTextFile } from '../read-file.ts';

/** Options of the partners import. */
export interface ImportPartnersOptions {
  readonly partners: string;
  /** Where to write the dataset; standard output when absent. */
  readonly out?: string | undefined;
}

/**
 * Imports the sheet. With any error: every problem as FILE:LINE:COL, nothing written, exit 1 (the
 * rows without errors are not written either: a page built from part of the sheet would miss
 * partners without a word). Otherwise the dataset, the warnings, and the home place's id, which is
 * what the elements' `place` attribute takes.
 */
export function importPartnersCommand(options: ImportPartnersOptions, out: Output): number {
  const file = options.partners;
  const target = options.out ?? 'standard output';
  const read = readTextFile(file);
  const result = read.ok ? importPartnersSheet(read.text, file) : { dataset: null, home: null, problems: unreadable(file, read.code, read.message).problems };
  for (const p of result.problems) out.error(formatProblem(p, file));
  if (result.dataset === null || hasErrors(result.problems)) {
    out.error(`${countLine(result.problems)}; ${options.out ?? 'the dataset'} was not written`);
    return 1;
  }
  const json = JSON.stringify(result.dataset, null, 2) + '\n';
  if (options.out === undefined) process.stdout.write(json);
  else {
    try {
      writeFileSync(options.out, json);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      out.error(`${options.out}: error unwritable: cannot write the output (${code === 'EISDIR' ? 'it is a directory' : code === 'ENOENT' ? 'its directory does not exist' : String(code ?? error)})`);
      return 1;
    }
  }
  const done = `wrote ${target}: ${totalsLine(result.dataset)} (${countLine(result.problems)}); home place: ${result.home} (use place="${result.home}")`;
  // With the dataset on standard output, the note goes to standard error so the JSON stays clean.
  if (options.out === undefined) out.error(done);
  else out.log(done);
  return 0;
}
