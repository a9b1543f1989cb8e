// `import households`: a spreadsheet of people (one row each, grouped by household key) into the
// file. Exit 0 when every row was valid, 1 when rows failed (nothing written unless --valid-only),
// 2 when the file or database cannot be read.
import { readFileSync } from 'node:fs';
import { fixedClock, systemClock } from '../api/clock';
import { createApp } from '../app';
import { localDate } from '../domain/calendar';
import { importHouseholds } from '../services/households/import';
import { CliError, EXIT_FAULTS, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runImportHouseholds(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    db: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'valid-only': { type: 'boolean' },
    now: { type: 'string' },
  });
  const dbPath = requireExistingFile(requireFlag(flags.db, 'db'));
  const filePath = requireExistingFile(requireFlag(flags.file, 'file'), 'file');
  if (flags.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.now)) throw new CliError(`bad --now ${flags.now}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    throw new CliError(`cannot read ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const clock = flags.now ? fixedClock(`${flags.now}T12:00:00Z`) : systemClock;
  const app = await createApp({ dbPath, mustExist: true, clock, background: false });
  try {
    const settings = app.settings();
    const now = clock.now();
    const report = await importHouseholds(app.db, bytes, {
      dryRun: flags['dry-run'] ?? false,
      validOnly: flags['valid-only'] ?? false,
      today: localDate(now, settings.timeZone),
      now,
      userId: null,
      cardPrefix: settings.cardPrefix,
      defaultLanguage: settings.defaultLanguage,
      expiringDays: settings.expiringDays,
    });
    if (report.fileProblems.length > 0) {
      const what = report.fileProblems.map((p) => (p.column ? `${p.reason} ${p.column}` : p.reason)).join(', ');
      throw new CliError(`cannot import ${filePath}: ${what}`);
    }
    for (const problem of report.problems)
      console.error(`line ${problem.line}: ${problem.reason}${problem.column ? ` (${problem.column})` : ''}`);
    const verb = report.written ? 'imported' : 'not written';
    console.log(
      `${report.rows} row(s), ${report.households} valid household(s) with ${report.people} people, ${report.problems.length} problem(s): ${verb}${flags['dry-run'] ? ' (dry run)' : ''}`,
    );
    return report.problems.length > 0 ? EXIT_FAULTS : EXIT_OK;
  } finally {
    await app.close();
  }
}
