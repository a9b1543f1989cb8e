import { systemClock } from '../api/clock';
import { RestoreRefused, restoreBackup } from '../services/trust/restore';
import { readPassphrase } from './backup';
import { type Command, EXIT_FAULTS, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup after checking it in full; the current file is kept as FILE.before-restore-<time>',
  usage: 'restore --from FILE --db FILE [--passphrase-file F]   (stop the till first)',
  async run(argv) {
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
  },
};
