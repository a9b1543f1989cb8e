import type { Kysely } from 'kysely';
import { timestamp, withId } from './portable';

// Volunteers who never open a till shift (warehouse, transport, intake) still co-produce the shop:
// their hours are logged by a coordinator so the monthly report can show them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('volunteer_time'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('work_date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('volunteer_time_date').on('volunteer_time').columns(['work_date']).execute();
}
