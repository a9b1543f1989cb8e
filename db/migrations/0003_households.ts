import { type Kysely, sql } from 'kysely';
import { timestamp, withId } from './portable';

// Households, their members (the reference person is a member), enrolment periods, suspensions,
// referring organisations, cards and proxy shoppers. Status is computed, never stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('referring_organisations'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('ocmw-cpas', 'caw', 'debt-counselling', 'other')`))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await withId(db, db.schema.createTable('households'))
    .addColumn('postal_code', 'text')
    .addColumn('municipality', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('anonymised_at', timestamp)
    .execute();
  await withId(db, db.schema.createTable('members'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('is_reference', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('members_household').on('members').columns(['household_id']).execute();
  await db.schema.createIndex('members_search').on('members').columns(['search_name']).execute();
  await withId(db, db.schema.createTable('enrolments'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('organisation_id', 'integer', (c) => c.references('referring_organisations.id'))
    .addColumn('social_worker_id', 'integer', (c) => c.references('users.id'))
    .addColumn('basis', 'text', (c) =>
      c.check(sql`basis is null or basis in ('income-check', 'debt-settlement', 'living-wage', 'other')`),
    )
    .addColumn('referral_date', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('new').check(sql`kind in ('new', 'renewal')`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addCheckConstraint('enrolments_dates', sql`valid_until >= valid_from`)
    .execute();
  await db.schema
    .createIndex('enrolments_household')
    .on('enrolments')
    .columns(['household_id', 'valid_from'])
    .execute();
  await withId(db, db.schema.createTable('suspensions'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('until_date', 'text', (c) => c.notNull())
    .addColumn('lifted_on', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('cards'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', timestamp, (c) => c.notNull())
    .addColumn('blocked_at', timestamp)
    .addColumn('block_reason', 'text')
    .execute();
  await db.schema.createIndex('cards_household').on('cards').columns(['household_id']).execute();
  await withId(db, db.schema.createTable('proxies'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .execute();
}
