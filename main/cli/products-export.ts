// `export products`: every product as a CSV Belgian Excel opens as it is and that imports back unchanged.
import { writeFileSync } from 'node:fs';
import { systemClock } from '../api/clock';
import { createApp } from '../app';
import { exportProducts } from '../services/products/export';
import { CliError, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runExportProducts(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, { db: { type: 'string' }, out: { type: 'string' } });
  const dbPath = requireExistingFile(requireFlag(flags.db, 'db'));
  const out = requireFlag(flags.out, 'out');
  const app = await createApp({ dbPath, mustExist: true, clock: systemClock, background: false });
  try {
    const text = await exportProducts(app.db);
    try {
      writeFileSync(out, text, 'utf8');
    } catch (error) {
      throw new CliError(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    }
    console.log(`${text.split('\r\n').length - 2} product(s) written to ${out}`);
    return EXIT_OK;
  } finally {
    await app.close();
  }
}
