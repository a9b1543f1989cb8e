import type { Kysely } from 'kysely';

// The duplicate check (enrolment, file edits, every imported row) looks people up by date of birth
// first: an index instead of a scan over every member.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('members_birth_date').on('members').columns(['birth_date']).execute();
}
