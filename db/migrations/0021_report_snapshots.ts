import type { Kysely } from 'kysely';
import { timestamp } from './portable';

// A closed month is frozen as the figures it had when closed; later corrections show as differences.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_snapshots')
    .addColumn('month', 'text', (c) => c.primaryKey())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', timestamp, (c) => c.notNull())
    .execute();
}
