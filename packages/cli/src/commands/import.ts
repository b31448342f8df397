/** `twinning import TWINNINGS.csv [ACTIVITIES.csv] [--annotations ANNOTATIONS.csv] [--meta META.json] -o OUT.json`. */
import { writeFileSync } from 'node:fs';
import { importSpreadsheets, type Problem } from '@twinning/schema';
import { countLine, formatProblem, hasErrors, totalsLine } from '../format.ts';
import { locatePointer } from '../json-locate.ts';
import { loadJsonValue, unreadable } from '../load.ts';
import type { Output } from '../output.ts';
import { readTextFile } from '../read-file.ts';

/** Options of the import command. */
export interface ImportOptions {
  readonly twinnings: string;
  readonly activities?: string;
  readonly annotations?: string;
  readonly meta?: string;
  readonly out: string;
}

/** Imports the sheets and writes the dataset; with any error, lists every problem and writes nothing. */
export function importCommand(options: ImportOptions, out: Output): number {
  const fail = (problems: readonly Problem[]): number => {
    for (const p of problems) out.error(formatProblem(p, options.twinnings));
    out.error(`${countLine(problems)}; ${options.out} was not written`);
    return 1;
  };
  const readSheet = (file: string): { text: string; file: string } | Problem[] => {
    const read = readTextFile(file);
    return read.ok ? { text: read.text, file } : [...unreadable(file, read.code, read.message).problems];
  };
  const twinnings = readSheet(options.twinnings);
  const activities = options.activities === undefined ? undefined : readSheet(options.activities);
  const annotations = options.annotations === undefined ? undefined : readSheet(options.annotations);
  const meta = options.meta === undefined ? undefined : loadJsonValue(options.meta);
  const readProblems = [twinnings, activities, annotations].flatMap((r) => (Array.isArray(r) ? r : [])).concat(meta && !meta.ok ? meta.problems : []);
  if (readProblems.length > 0) return fail(readProblems);

  const result = importSpreadsheets({
    twinnings: twinnings as { text: string; file: string },
    activities: activities as { text: string; file: string } | undefined,
    annotations: annotations as { text: string; file: string } | undefined,
    meta: meta?.ok ? meta.value : undefined,
  });
  // Problems about meta have a pointer but no cell: place them in the meta file.
  const problems = result.problems.map((p) =>
    p.file === undefined && meta?.ok && options.meta !== undefined
      ? { ...p, file: options.meta, ...(p.pointer === '' ? {} : locatePointer(meta.text, p.pointer)) }
      : p,
  );
  if (result.dataset === null || hasErrors(problems)) return fail(problems);
  try {
    writeFileSync(options.out, JSON.stringify(result.dataset, null, 2) + '\n');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    out.error(`${options.out}: error unwritable: cannot write the output (${code === 'EISDIR' ? 'it is a directory' : code === 'ENOENT' ? 'its directory does not exist' : String(code ?? error)})`);
    return 1;
  }
  for (const p of problems) out.error(formatProblem(p, options.twinnings));
  out.log(`wrote ${options.out}: ${totalsLine(result.dataset)} (${countLine(problems)})`);
  return 0;
}
