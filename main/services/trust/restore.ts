// Restores a backup over the till's file: decrypts (authenticated) or copies it next to the target,
// checks it in full, and refuses it when anything fails. The current file is never overwritten: it is
// renamed to FILE.before-restore-<timestamp> (with its -wal, so nothing it held is lost).
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BackupAuthError, decryptFile, isEncryptedBackup } from './crypto';
import { checkFileInChunks } from './integrity';

export class RestoreRefused extends Error {}

export interface RestoreResult {
  restored: string;
  previous: string | null;
}

export async function restoreBackup(
  from: string,
  dbPath: string,
  options: { passphrase?: string | null; now: Date },
): Promise<RestoreResult> {
  if (!existsSync(from)) throw new RestoreRefused(`backup not found: ${from}`);
  const staging = join(dirname(dbPath), `.till-restore-${process.pid}-${Date.now().toString(36)}.db`);
  try {
    if (isEncryptedBackup(from)) {
      if (!options.passphrase) throw new RestoreRefused('this backup is encrypted: give its passphrase');
      try {
        await decryptFile(from, staging, options.passphrase);
      } catch (error) {
        if (error instanceof BackupAuthError) throw new RestoreRefused(error.message);
        throw error;
      }
    } else {
      copyFileSync(from, staging);
    }
    const check = await checkFileInChunks(staging);
    if (!check.ok) throw new RestoreRefused(`the backup fails its check and was not restored: ${check.fault}`);
    let previous: string | null = null;
    if (existsSync(dbPath)) {
      previous = `${dbPath}.before-restore-${options.now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}`;
      if (existsSync(previous)) throw new RestoreRefused(`${previous} already exists; try again in a second`);
      // The -wal and -shm go along under the matching names, so the old file opens as it was.
      for (const suffix of ['-wal', '-shm', ''])
        if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, previous + suffix);
    }
    renameSync(staging, dbPath);
    return { restored: dbPath, previous };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(staging + suffix, { force: true });
  }
}
