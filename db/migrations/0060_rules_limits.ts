import { type Kysely, sql } from 'kysely';

// Item limits need the period they count over (week or month, independent of the budget's) and how
// they scale with the household; per_person stays for old rows and maps to scaling 'per-person'.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('item_limits')
    .addColumn('period', 'text', (c) => c.notNull().defaultTo('week'))
    .execute();
  await db.schema
    .alterTable('item_limits')
    .addColumn('scaling', 'text', (c) => c.notNull().defaultTo('household'))
    .execute();
  await sql`UPDATE item_limits SET scaling = 'per-person' WHERE per_person = 1`.execute(db);
  // The till's rule state reads these by household on every card scan.
  await db.schema.createIndex('suspensions_household').on('suspensions').columns(['household_id']).execute();
  await db.schema.createIndex('budget_overrides_household').on('budget_overrides').columns(['household_id']).execute();
}
