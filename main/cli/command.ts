// The CLI's shape: each command parses its own flags, prints reports to stdout and problems to
// stderr, and returns an exit code: 0 done, 1 ran and found faults, 2 could not run.
import { existsSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_FAULTS = 1;
export const EXIT_CANNOT_RUN = 2;

/** A reason the command could not run at all (bad arguments, missing file, refused host). */
export class CliError extends Error {}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  load(): Promise<(argv: string[]) => Promise<number>>;
}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

export function requireFlag(value: string | undefined, name: string): string {
  if (!value) throw new CliError(`--${name} is required`);
  return value;
}

/** Commands that read or verify a database never create one. */
export function requireExistingFile(path: string, what = 'database'): string {
  if (!existsSync(path)) throw new CliError(`${what} not found: ${path}`);
  return path;
}

export function wantsHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}
