import { type Kysely, sql } from 'kysely';
import { timestamp, withId } from './portable';

// Budget rule sets are versioned data with an effective date; household overrides; item limits.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('rule_sets'))
    .addColumn('effective_from', 'text', (c) => c.notNull().unique())
    .addColumn('period', 'text', (c) => c.notNull().check(sql`period in ('week', 'month')`))
    .addColumn('base_cents', 'integer', (c) => c.notNull())
    .addColumn('per_adult_cents', 'integer', (c) => c.notNull())
    .addColumn('per_child_cents', 'integer', (c) => c.notNull())
    .addColumn('child_age_limit', 'integer', (c) => c.notNull().defaultTo(18))
    .addColumn('cap_cents', 'integer')
    .addColumn('visit_limit', 'integer')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('budget_overrides'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('item_limits'))
    .addColumn('product_id', 'integer', (c) => c.references('products.id'))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('per_visit', 'integer')
    .addColumn('per_period', 'integer')
    .addColumn('per_person', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('child_under_age', 'integer')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('item_limits_target', sql`product_id is not null or category_id is not null`)
    .execute();
}
