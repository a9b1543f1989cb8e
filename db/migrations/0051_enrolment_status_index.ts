import type { Kysely } from 'kysely';

// Search results, card scans and the file compute a household's status from all its periods: with the
// dates in the index those rows are read from the index alone, not one table page per period.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('enrolments_household_status')
    .on('enrolments')
    .columns(['household_id', 'valid_from', 'valid_until', 'ended_on'])
    .execute();
}
