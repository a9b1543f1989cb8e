// `import products`: a product spreadsheet into the file. Exit 0 when every row was valid, 1 when
// rows failed (nothing written unless --valid-only), 2 when the file or database cannot be read.
import { readFileSync } from 'node:fs';
import { systemClock } from '../api/clock';
import { createApp } from '../app';
import { importProducts } from '../services/products/import';
import { CliError, EXIT_FAULTS, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runImportProducts(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    db: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'valid-only': { type: 'boolean' },
  });
  const dbPath = requireExistingFile(requireFlag(flags.db, 'db'));
  const filePath = requireExistingFile(requireFlag(flags.file, 'file'), 'file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    throw new CliError(`cannot read ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const app = await createApp({ dbPath, mustExist: true, clock: systemClock, background: false });
  try {
    const report = await importProducts(app.db, bytes, {
      dryRun: flags['dry-run'] ?? false,
      validOnly: flags['valid-only'] ?? false,
      now: systemClock.now(),
      userId: null,
    });
    if (report.fileProblems.length > 0) {
      const what = report.fileProblems.map((p) =>
        p.reason === 'missing-column' ? `${p.reason} ${p.column}` : p.reason,
      );
      throw new CliError(`cannot import ${filePath}: ${what.join(', ')}`);
    }
    for (const problem of report.problems) {
      const extra = problem.firstLine === undefined ? (problem.detail ?? '') : `first on line ${problem.firstLine}`;
      console.error(
        `line ${problem.line}: ${problem.reason} (${problem.column}: '${problem.value}')${extra ? ` ${extra}` : ''}`,
      );
    }
    const verb = report.written
      ? `imported: ${report.created} new, ${report.updated} updated, ${report.priceChanges} price change(s)`
      : 'not written';
    console.log(
      `${report.rowCount} row(s), ${report.products.length} valid, ${report.problems.length} problem(s): ${verb}${flags['dry-run'] ? ' (dry run)' : ''}`,
    );
    return report.problems.length > 0 ? EXIT_FAULTS : EXIT_OK;
  } finally {
    await app.close();
  }
}
