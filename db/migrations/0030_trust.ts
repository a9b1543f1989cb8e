import { type Kysely, sql } from 'kysely';
import { isPostgres, timestamp, withId } from './portable';

// Trust: the audit log becomes append-only (it records ids, never names, so anonymising a household
// needs no rewrite of it); a log of backups taken; the backup encryption key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('backup_log'))
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('scheduled', 'manual', 'pre-migration')`))
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('encrypted', 'integer', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  // One row at most: the scrypt-derived key (never the passphrase) and its salt. It protects the
  // copies that leave the building (a USB stick); whoever holds this file holds the data anyway.
  await db.schema
    .createTable('backup_key')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  if (isPostgres(db)) return;
  // SQLite-only: RAISE(ABORT) is how SQLite refuses an edit.
  await sql
    .raw(
      "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    )
    .execute(db);
  await sql
    .raw(
      "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    )
    .execute(db);
}
