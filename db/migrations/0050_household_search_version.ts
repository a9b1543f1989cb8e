import { type Kysely, sql } from 'kysely';
import { isPostgres } from './portable';

// The household search keeps names in memory; this one-row counter, bumped by triggers whenever a
// member or a household's anonymisation changes (from any service or connection), tells it when to
// reload — cheaper than comparing names, and exact.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('household_search_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO household_search_version (id, version) VALUES (1, 0)`.execute(db);
  if (isPostgres(db)) return; // A shared registry would use LISTEN/NOTIFY instead.
  const bump = 'UPDATE household_search_version SET version = version + 1 WHERE id = 1;';
  await sql.raw(`CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN ${bump} END`).execute(db);
  await sql.raw(`CREATE TRIGGER members_search_update AFTER UPDATE ON members BEGIN ${bump} END`).execute(db);
  await sql.raw(`CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN ${bump} END`).execute(db);
  await sql
    .raw(`CREATE TRIGGER households_search_anonymise AFTER UPDATE OF anonymised_at ON households BEGIN ${bump} END`)
    .execute(db);
}
