import { type Kysely, sql } from 'kysely';
import { timestamp, withId } from './portable';

// Receipts, Z reports and labels wait here, written in the same transaction as what they print.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('print_jobs'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('receipt', 'z-report', 'labels', 'test')`))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'printed', 'failed', 'skipped')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('printed_at', timestamp)
    .addColumn('is_copy', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sale_id', 'integer', (c) => c.references('sales.id'))
    .execute();
  await db.schema.createIndex('print_jobs_status').on('print_jobs').columns(['status', 'id']).execute();
}
