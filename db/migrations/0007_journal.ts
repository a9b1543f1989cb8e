import { type Kysely, sql } from 'kysely';
import { isPostgres, timestamp, withId } from './portable';

// The sales journal: gap-free numbers per till, each entry hashing the previous one. Committed
// sales, lines, payments and journal rows cannot be changed: triggers make an edit fail loudly.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('journal'))
    .addColumn('till_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('sale', 'return')`))
    .addColumn('sale_id', 'integer', (c) => c.notNull().references('sales.id'))
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('journal_till_number', ['till_id', 'number'])
    .execute();
  if (isPostgres(db)) return; // PostgreSQL gets its own trigger functions when that day comes.
  // SQLite-only: RAISE(ABORT) triggers are how SQLite refuses edits; the journal hash still
  // catches someone who drops them (till verify).
  for (const table of ['journal', 'sales', 'sale_lines', 'payments', 'budget_ledger']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
      )
      .execute(db);
  }
}
