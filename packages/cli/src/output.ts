/** Where the CLI writes: standard output for results, standard error for problems and notes. */

/** The two streams, so commands can be run and checked without a process. */
export interface Output {
  /** A line of results. */
  log(line: string): void;
  /** A line of diagnostics. */
  error(line: string): void;
}

/** The process's streams. */
export const processOutput: Output = {
  log: (line) => process.stdout.write(line + '\n'),
  error: (line) => process.stderr.write(line + '\n'),
};
