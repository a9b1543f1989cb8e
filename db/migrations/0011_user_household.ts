import type { Kysely } from 'kysely';

// A volunteer may also be a client: linking the user to their household lets the till refuse to
// let them serve it, and the report count clients who also volunteer.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('household_id', 'integer', (c) => c.references('households.id'))
    .execute();
}
