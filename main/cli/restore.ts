import { systemClock } from '../api/clock';
import { RestoreRefused, restoreBackup } from '../services/trust/restore';
import { readPassphrase } from './backup';
import { EXIT_FAULTS, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runRestore(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    from: { type: 'string' },
    db: { type: 'string' },
    'passphrase-file': { type: 'string' },
  });
  const from = requireExistingFile(requireFlag(flags.from, 'from'), 'backup');
  const db = requireFlag(flags.db, 'db');
  try {
    const result = await restoreBackup(from, db, {
      passphrase: readPassphrase(flags['passphrase-file']),
      now: systemClock.now(),
    });
    console.log(`restored ${from} to ${result.restored}`);
    if (result.previous) console.log(`the previous file was kept as ${result.previous}`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(`restore refused, nothing changed: ${error.message}`);
    return EXIT_FAULTS;
  }
}
