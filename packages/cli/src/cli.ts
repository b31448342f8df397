/**
 * The `twinning` command: validate, import and summarise Twinning datasets, and draft stories from them.
 * Every failure ends as a one-line message and a non-zero exit status, never a stack trace.
 */
import pkg from '../package.json' with { type: 'json' };
import { parseArgs, USAGE } from './args.ts';
import { importCommand } from './commands/import.ts';
import { importPartnersCommand } from './commands/import-partners.ts';
import { statsCommand } from './commands/stats.ts';
import { parseDay, storyCommand, type StoryLang } from './commands/story.ts';
import { validateCommand } from './commands/validate.ts';
import { processOutput, type Output } from './output.ts';

/** Runs the command line `argv` (without node and the script); returns the exit status. */
export function main(argv: readonly string[], out: Output = processOutput): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    out.error(`twinning: ${args} (see twinning --help)`);
    return 2;
  }
  switch (args.command) {
    case 'help':
      out.log(USAGE);
      return 0;
    case 'version':
      out.log(pkg.version);
      return 0;
    case 'validate':
      return validateCommand(args.files, out);
    case 'import':
      if (args.partners !== undefined) return importPartnersCommand({ partners: args.partners, out: args.out }, out);
      return importCommand({ twinnings: args.files[0]!, activities: args.files[1], annotations: args.annotations, meta: args.meta, out: args.out! }, out);
    case 'stats':
      return statsCommand(args.files[0]!, args.json, out);
    case 'story': {
      const now = args.now === undefined ? new Date() : parseDay(args.now);
      if (!now) {
        out.error(`twinning: invalid --now: "${args.now}"; expected a day as YYYY-MM-DD (see twinning --help)`);
        return 2;
      }
      return storyCommand(args.files[0]!, (args.lang ?? 'en') as StoryLang, now, out);
    }
  }
}

// Output piped into `head` closes early; that is not an error worth a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug, not bad input; still one line, so users can report it.
  process.stderr.write(`twinning: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
}
