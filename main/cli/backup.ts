import { existsSync, readFileSync } from 'node:fs';
import { connect } from '../../db/connect';
import { backupToFile } from '../services/trust/backup';
import { deriveKey } from '../services/trust/crypto';
import { CliError, EXIT_FAULTS, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

/** The passphrase is read from a file (never a flag: flags end up in shell history and `ps`). */
export function readPassphrase(path: string | undefined): string | null {
  if (path === undefined) return null;
  const text = readFileSync(requireExistingFile(path, 'passphrase file'), 'utf8').replace(/\r?\n$/, '');
  if (text.length < 12) throw new CliError('the passphrase must be at least 12 characters');
  return text;
}

export async function runBackup(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    db: { type: 'string' },
    out: { type: 'string' },
    'passphrase-file': { type: 'string' },
  });
  const path = requireExistingFile(requireFlag(flags.db, 'db'));
  const out = requireFlag(flags.out, 'out');
  if (existsSync(out)) throw new CliError(`${out} already exists; a backup never overwrites a file`);
  const passphrase = readPassphrase(flags['passphrase-file']);
  const { raw, close } = connect(path, { mustExist: true });
  try {
    let shown = -1;
    const result = await backupToFile(raw, out, {
      key: passphrase ? deriveKey(passphrase) : null,
      onProgress: (share) => {
        const pct = Math.floor(share * 10) * 10;
        if (pct === shown) return;
        shown = pct;
        process.stderr.write(`backup: ${pct} %\n`);
      },
    });
    if (!result.ok) {
      console.error(`backup refused: the copy fails its check (${result.detail}); run \`till verify --db ${path}\``);
      return EXIT_FAULTS;
    }
    console.log(
      `backup written: ${result.file} (${result.bytes} bytes${result.encrypted ? ', encrypted' : ''}), checked`,
    );
    return EXIT_OK;
  } finally {
    await close();
  }
}
