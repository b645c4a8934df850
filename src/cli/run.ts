import { parseArgs } from 'node:util';
import { readPlain } from '../_internal/plain.js';
import { readTextFile } from '../_internal/textFile.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDatasetJson } from '../interchange/parseDatasetJson.js';
import type { Dataset } from '../models/types.js';
import { REPEATABLE, rejectRepeatedFlags } from './_flags.js';
import { printable } from './_printable.js';

/** What the command needs from the outside world, so tests can run it in memory. */
export interface CliIo {
  /** Reads a file as UTF-8 text. */
  readonly readFile: (path: string) => string;
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Writes a file as UTF-8 text (init, rollup --out). */
  readonly writeFile?: (path: string, text: string) => void;
  /** The names of the entries of a folder, or `null` when the path is not a folder. */
  readonly listFolder?: (path: string) => readonly string[] | null;
}

/** A command's output, printed only once the whole of it is ready. */
export type CommandResult = { readonly output: string };

/** A subcommand: parses its own arguments and returns its whole output, or throws. */
export type Command = (args: readonly string[], io: CliIo) => CommandResult;

export const USAGE = `Usage: tianmu-indicators <command> [options]

Commands:
  scorecard            assess every target of a plan (the shipped Tianmushan dataset by default)
      --plan ID              a plan id (default: every plan)
      --as-of YYYY-MM-DD     the date of the assessment (default: end of the latest observed period)
      --observations FILE    add figures from a CSV (indicator,period,value,unit,status,qualifier,
                             yoy_percent,price_basis) or JSON file; 2022-01/2022-06 is 1–6月,
                             and judges an annual target by it until the year's figure is known
      --dataset FILE         assess another dataset (JSON) instead of the shipped one
      --method M             progress-ratio | current-status | projection | schedule
      --locale L             zh-CN | en
      --format F             table | json | csv
  audit [FILE]         check the report's arithmetic: stated changes, rates, cumulative goals
                       (FILE: a dataset JSON file, as --dataset FILE)
      --observations FILE, --dataset FILE, --locale L, --format F as above
  validate FILE        check a dataset JSON file against the schema and its references
  init                 write a starter dataset for a town: catalogue indicators, an empty plan
      --area NAME            the town's Chinese name (平湖镇); --area-en NAME, --id ID, --year YYYY
      --out FILE             where to write it (its name gives the id by default)
  scorecard --dataset A --dataset B …   (or --dataset FOLDER) the district table, then each town
      --summary              the district table and alerts alone, without each town's card
  rollup               combine towns into one dataset: sums, ratios from rolled-up parts
      --dataset FILE|FOLDER  repeatable; --id ID, --area NAME, --area-en NAME, --out FILE
  rank                 rank towns: --dataset … --indicator ID --period P
      --by B                 value | growth | completion (--from P, --target ID)
      --order O              descending | ascending (default: by the indicator's direction)

  A flag given twice is an error, except --dataset where a command takes several.

  --help, -h           show this help
  --version, -v        show the version
`;

/** Reads and validates a dataset file, naming the file in any error (see {@link parseDatasetJson}). */
export function readDatasetFile(path: string, io: CliIo): Dataset {
  return parseDatasetJson(readTextFile(path, io.readFile), { file: path });
}

const validate: Command = (args, io) => {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true });
  const [file, extra] = positionals;
  if (file === undefined || extra !== undefined) {
    throw new IndicatorError('invalid-argument', {
      field: 'validate',
      reason: 'expected one FILE',
    });
  }
  const dataset = readDatasetFile(file, io);
  const targets = dataset.plans.reduce((sum, plan) => sum + plan.targets.length, 0);
  return {
    output: `${file}: valid dataset "${dataset.id}" (${dataset.indicators.length} indicators, ${dataset.observations.length} observations, ${dataset.claims.length} claims, ${dataset.plans.length} plans with ${targets} targets, ${dataset.projects.length} projects)\n`,
  };
};

/**
 * Runs the command line with its arguments and returns the exit status: 0 done, 2 bad input
 * (arguments, files, data), 1 an unexpected failure. Output is written whole or not at all.
 */
export function run(
  argv: readonly string[],
  io: CliIo,
  commands: Record<string, Command> = {},
): number {
  const all: Record<string, Command> = { validate, ...commands };
  let args: string[];
  try {
    args = readArgs(argv);
  } catch (error) {
    io.stderr(`tianmu-indicators: ${(error as IndicatorError).message}\n`);
    return 2;
  }
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // Own names only: `constructor` or `__proto__` are no commands.
  const command = Object.hasOwn(all, name) ? all[name] : undefined;
  if (command === undefined) {
    io.stderr(`tianmu-indicators: unknown command "${printable(name)}"\n\n${USAGE}`);
    return 2;
  }
  try {
    rejectRepeatedFlags(rest, REPEATABLE[name] ?? []);
    const { output } = command(rest, io);
    io.stdout(output);
    return 0;
  } catch (error) {
    if (error instanceof IndicatorError) {
      // The message quotes the file's text: nothing in it may reach the terminal raw.
      io.stderr(`tianmu-indicators ${name}: ${printable(error.message, true)}\n`);
      return 2;
    }
    if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`tianmu-indicators ${name}: ${printable(error.message, true)}\n`);
      return 2;
    }
    io.stderr(
      `tianmu-indicators ${name}: unexpected failure: ${(error as Error).stack ?? String(error)}\n`,
    );
    return 1;
  }
}

/** The package version, replaced at build time. */
declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The arguments as plain strings, read once (an argument list is the caller's object). */
function readArgs(argv: readonly string[]): string[] {
  const args = readPlain(argv, 'argv');
  if (!Array.isArray(args) || args.some((arg) => typeof arg !== 'string')) {
    throw new IndicatorError('invalid-argument', {
      field: 'argv',
      reason: 'expected a list of strings',
    });
  }
  return args;
}
