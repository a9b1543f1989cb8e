import { writeFileSync } from 'node:fs';
import { connect } from '../../db/connect';
import { languageSchema } from '../contract/money';
import { isMonthKey } from '../domain/report-month';
import { exportFormats, renderReport } from '../services/reports/render';
import { readSettings } from '../services/settings';
import { CliError, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runReportMonthly(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    db: { type: 'string' },
    month: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    'csv-style': { type: 'string' },
  });
  const month = requireFlag(flags.month, 'month');
  if (!isMonthKey(month)) throw new CliError(`--month must be YYYY-MM, got ${month}`);
  const format = exportFormats.find((f) => f === requireFlag(flags.format, 'format'));
  if (!format) throw new CliError(`--format must be one of ${exportFormats.join(', ')}`);
  const out = requireFlag(flags.out, 'out');
  const lang = languageSchema.safeParse(flags.lang ?? 'nl');
  if (!lang.success) throw new CliError('--lang must be nl, fr or en');
  const csvStyle = flags['csv-style'] ?? 'excel-be';
  if (csvStyle !== 'excel-be' && csvStyle !== 'rfc4180') throw new CliError('--csv-style must be excel-be or rfc4180');
  const path = requireExistingFile(requireFlag(flags.db, 'db'));
  const { db, close } = connect(path, { readonly: true });
  try {
    const settings = await readSettings(db);
    const bytes = await renderReport(db, {
      month,
      timeZone: settings.timeZone,
      format,
      lang: lang.data,
      csvStyle,
      onProgress: (fraction, step) => process.stderr.write(`report: ${Math.round(fraction * 100)}% ${step}\n`),
    });
    writeFileSync(out, bytes);
    process.stderr.write(`report: 100% written ${out} (${bytes.length} bytes)\n`);
    return EXIT_OK;
  } finally {
    await close();
  }
}
