import { type Kysely, sql } from 'kysely';
import { timestamp, withId } from './portable';

// Opening sessions per weekday split into slots, closing days, and bookings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('opening_sessions'))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('slot_minutes', 'integer', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('closing_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text')
    .execute();
  await withId(db, db.schema.createTable('appointments'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('slot_start', timestamp, (c) => c.notNull())
    .addColumn('slot_end', timestamp, (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('booked', 'checked-in', 'completed', 'cancelled', 'no-show')`),
    )
    .addColumn('walk_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('checked_in_at', timestamp)
    .addColumn('updated_at', timestamp)
    .execute();
  await db.schema.createIndex('appointments_slot').on('appointments').columns(['slot_start']).execute();
  await db.schema
    .createIndex('appointments_household')
    .on('appointments')
    .columns(['household_id', 'slot_start'])
    .execute();
}
