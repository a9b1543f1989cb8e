import { connect } from '../../db/connect';
import { verifyDatabase } from '../services/verify';
import { EXIT_FAULTS, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runVerify(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, { db: { type: 'string' } });
  const path = requireExistingFile(requireFlag(flags.db, 'db'));
  const { raw, close } = connect(path, { readonly: true });
  try {
    const report = verifyDatabase(raw);
    for (const check of report.checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
    if (!report.ok) {
      console.error(`verify failed: ${report.firstFault}`);
      return EXIT_FAULTS;
    }
    return EXIT_OK;
  } finally {
    await close();
  }
}
