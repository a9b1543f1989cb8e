// Before any migration touches an existing file, a backup of it is taken (to the shop's backup
// folder, else a `till-backups` folder next to the file): a migration that goes wrong can be undone
// with `till restore`. A new, empty file needs none.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Connection } from '../../../db/connect';
import { migrateToLatest, pendingMigrations } from '../../../db/migrate';
import { rawSync } from '../../../db/sync-transaction';
import type { Clock } from '../../api/clock';
import type { BackupRecord } from '../../contract/trust';
import { backupFileName, backupFolderProblem, backupToFile } from './backup';
import type { BackupKey } from './crypto';
import { preMigrationBackupsToDelete } from './rotation';

function appliedCount(raw: Database.Database): number {
  const table = raw.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'kysely_migration'").get();
  return table ? Number(raw.prepare('SELECT COUNT(*) FROM kysely_migration').pluck().get()) : 0;
}

function configuredFolder(raw: Database.Database): string | null {
  try {
    const row = raw.prepare("SELECT value FROM settings WHERE key = 'backupFolder'").pluck().get();
    const value: unknown = typeof row === 'string' ? JSON.parse(row) : null;
    return typeof value === 'string' && value.length > 0 ? value : null;
  } catch {
    return null; // no settings table yet, or an unreadable value: use the folder next to the file
  }
}

function storedKey(raw: Database.Database): BackupKey | null {
  try {
    const row = raw.prepare('SELECT salt, key FROM backup_key WHERE id = 1').get() as
      | { salt: string; key: string }
      | undefined;
    return row ? { salt: Buffer.from(row.salt, 'base64'), key: Buffer.from(row.key, 'base64') } : null;
  } catch {
    return null;
  }
}

async function backupBefore(connection: Connection, dbPath: string, now: Date): Promise<BackupRecord> {
  const { key, configured } = await rawSync(connection.db, (raw) => ({
    key: storedKey(raw),
    configured: configuredFolder(raw),
  }));
  const name = backupFileName(now, key !== null).replace(/\.(db|tillbak)$/, '-pre-migration.$1');
  const folders = [configured, join(dirname(dbPath), 'till-backups')].filter((f) => f !== null);
  let last = '';
  for (const folder of folders) {
    try {
      // The chosen folder (a USB stick) is never created: not mounted, the fallback next to the file is used.
      if (folder === configured) {
        const problem = backupFolderProblem(folder);
        if (problem) throw new Error(`${problem}: ${folder}`);
      } else if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
      const result = await backupToFile(connection.raw, join(folder, name), { key });
      if (result.ok) {
        for (const old of preMigrationBackupsToDelete(readdirSync(folder))) rmSync(join(folder, old), { force: true });
        return { at: now.toISOString(), kind: 'pre-migration', ...result };
      }
      last = result.detail ?? 'check failed';
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`no backup could be taken before migrating, so nothing was migrated: ${last}`);
}

/** Migrates to the latest schema, backing the file up first when it already holds data. */
export async function migrateWithBackup(connection: Connection, dbPath: string, clock: Clock): Promise<void> {
  const db = connection.db as Kysely<unknown>;
  let record: BackupRecord | null = null;
  if ((await rawSync(connection.db, appliedCount)) > 0 && (await pendingMigrations(db)).length > 0)
    record = await backupBefore(connection, dbPath, clock.now());
  await migrateToLatest(db);
  if (record)
    await connection.db
      .insertInto('backup_log')
      .values({ ...record, encrypted: record.encrypted ? 1 : 0, ok: 1 })
      .execute();
}
