// One backup: SQLite's online backup API copies the live file page by page while the till keeps
// selling (each step sees one consistent snapshot), the copy is checked in full, then encrypted
// when a key is set, and only then renamed into place — a half-written backup never looks whole.
// It reads the handle outside rawSync on purpose: the copy spans many event-loop turns, and SQLite
// answers a step with BUSY (retried next turn) while this connection holds a write transaction, so
// another call's uncommitted rows are never copied.
import { accessSync, constants, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupFolderProblem } from '../../contract/trust';
import { type BackupKey, encryptFile } from './crypto';
import { checkFileInChunks } from './integrity';

export interface BackupResult {
  file: string;
  bytes: number;
  encrypted: boolean;
  ok: boolean;
  detail: string | null;
}

export async function backupToFile(
  raw: Database.Database,
  outPath: string,
  options: { key?: BackupKey | null; onProgress?: (share: number) => void; nativeBinding?: string | undefined } = {},
): Promise<BackupResult> {
  const progress = options.onProgress ?? (() => {});
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  // An encrypted backup's plain copy is staged next to the live file, never on the stick: a deleted
  // file on a USB stick can often be read back.
  const plain = join(dirname(options.key ? raw.name : outPath), `.till-backup-${stamp}.partial`);
  const sealed = `${outPath}.partial`;
  try {
    await raw.backup(plain, {
      progress: ({ totalPages, remainingPages }) => {
        progress(totalPages === 0 ? 0.6 : 0.6 * (1 - remainingPages / totalPages));
        return 200; // pages per step: small steps let the till's writes in between
      },
    });
    const check = await checkFileInChunks(plain, (share) => progress(0.6 + 0.3 * share), {
      nativeBinding: options.nativeBinding,
    });
    if (!check.ok) return { file: outPath, bytes: 0, encrypted: false, ok: false, detail: check.fault };
    if (options.key) {
      await encryptFile(plain, sealed, options.key);
      renameSync(sealed, outPath);
    } else {
      renameSync(plain, outPath);
    }
    progress(1);
    return { file: outPath, bytes: statSync(outPath).size, encrypted: Boolean(options.key), ok: true, detail: null };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(plain + suffix, { force: true });
    rmSync(sealed, { force: true });
  }
}

/** `till-backup-20261124T093000Z.db` (or `.tillbak` when encrypted): sortable, one per moment. */
export function backupFileName(at: Date, encrypted: boolean): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `till-backup-${stamp}.${encrypted ? 'tillbak' : 'db'}`;
}

export const BACKUP_NAME = /^till-backup-(\d{8}T\d{6}Z)(-[a-z-]+)?\.(db|tillbak)$/;

/**
 * Whether backups can go into this folder as it is. It is never created: the folder is usually a USB
 * stick's mount point, and creating a missing one would put the backups on the till's own disk
 * while the screen says they were saved (the stick not plugged in would go unnoticed).
 */
export function backupFolderProblem(folder: string): BackupFolderProblem | null {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    return 'folder-missing';
  }
  if (!isFolder) return 'not-a-folder';
  try {
    accessSync(folder, constants.W_OK);
    return null;
  } catch {
    return 'folder-not-writable';
  }
}
