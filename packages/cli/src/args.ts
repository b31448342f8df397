/** Command-line arguments, parsed by hand: a command, files, and a few flags. */

/** The commands of `twinning`. */
export const COMMANDS = ['validate', 'import', 'stats', 'story'] as const;
export type Command = (typeof COMMANDS)[number];

/** Parsed arguments. */
export interface Args {
  readonly command: Command | 'help' | 'version';
  readonly files: readonly string[];
  /** `-o` / `--out` (import). */
  readonly out?: string;
  /** `--meta` (import). */
  readonly meta?: string;
  /** `--partners` (import): a clerk's partners sheet instead of twinnings sheets. */
  readonly partners?: string;
  /** `--annotations` (import): the annotations sheet. */
  readonly annotations?: string;
  /** `--json` (stats). */
  readonly json: boolean;
  /** `--lang` (story). */
  readonly lang?: string;
  /** `--now` (story). */
  readonly now?: string;
}

/** Which flags each command takes (the value flags take the next argument, or `--flag=value`). */
const FLAGS: { readonly [c in Command]: readonly string[] } = {
  validate: [],
  import: ['-o', '--out', '--meta', '--partners', '--annotations'],
  stats: ['--json'],
  story: ['--lang', '--now'],
};
const VALUE_FLAGS = new Set(['-o', '--out', '--meta', '--lang', '--now', '--partners', '--annotations']);

/** Parses `argv` (without node and the script); a string is a usage error to print. */
export function parseArgs(argv: readonly string[]): Args | string {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help', files: [], json: false };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version', files: [], json: false };
  const [name, ...rest] = argv as [string, ...string[]];
  if (!(COMMANDS as readonly string[]).includes(name)) return `unknown command "${name}"; expected one of ${COMMANDS.join(', ')}`;
  const command = name as Command;
  const files: string[] = [];
  const values: { [flag: string]: string } = {};
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!FLAGS[command].includes(flag)) return `unknown option "${flag}" for ${command}`;
    if (VALUE_FLAGS.has(flag)) {
      const value = flag !== arg ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === '') return `option ${flag} needs a value`;
      values[flag === '--out' ? '-o' : flag] = value;
    } else if (flag !== arg) {
      return `option ${flag} takes no value`;
    } else {
      json = true;
    }
  }
  if (command === 'import' && values['--partners'] !== undefined) {
    if (files.length > 0) return 'import --partners takes one PARTNERS.csv and no other sheet';
    if (values['--meta'] !== undefined) return 'import --partners takes no --meta (the sheet names its own sources)';
    return { command, files, out: values['-o'], partners: values['--partners'], json };
  }
  if (files.length === 0) return `${command} needs a file`;
  if (command === 'import') {
    if (files.length > 2) return 'import takes TWINNINGS.csv and at most one ACTIVITIES.csv';
    if (values['-o'] === undefined) return 'import needs -o OUT.json';
  }
  if (command === 'stats' && files.length > 1) return 'stats takes one file';
  if (command === 'story') {
    if (files.length > 1) return 'story takes one file';
    const lang = values['--lang'];
    if (lang !== undefined && !['en', 'fr', 'ja'].includes(lang)) return `invalid --lang: "${lang}"; expected one of en, fr, ja`;
  }
  return { command, files, out: values['-o'], meta: values['--meta'], annotations: values['--annotations'], json, lang: values['--lang'], now: values['--now'] };
}

/** The help text. */
export const USAGE = `Usage:
  twinning validate FILE…                   check datasets (.json) or twinnings sheets (.csv)
  twinning import TWINNINGS.csv [ACTIVITIES.csv] [--annotations ANNOTATIONS.csv] [--meta META.json] -o OUT.json
                                            turn spreadsheets into a dataset
  twinning import --partners PARTNERS.csv [-o OUT.json]
                                            turn a municipality's partners sheet into a dataset
                                            (standard output without -o)
  twinning stats FILE [--json]              counts by country, region, decade, type, status, category
  twinning story FILE [--lang en|fr|ja] [--now YYYY-MM-DD]
                                            propose story steps from a dataset, as HTML sections
                                            for an editor to check and rewrite (default: en, today)
  twinning --help | --version

Problems are printed as FILE:LINE:COL: error|warning CODE: message (at POINTER).
Exit status: 0 when there are no errors, 1 when a file has errors or cannot be read, 2 for a usage error.`;
