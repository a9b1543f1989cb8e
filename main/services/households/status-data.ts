// Rows → the pure status function's input. Shared by the card lookup, search results and the file.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { EnrolmentPeriod, Suspension } from '../../domain/enrolment-status';

export async function loadPeriods(db: Kysely<DB>, householdId: number): Promise<EnrolmentPeriod[]> {
  const rows = await db
    .selectFrom('enrolments')
    .select(['id', 'valid_from', 'valid_until', 'ended_on'])
    .where('household_id', '=', householdId)
    .orderBy('valid_from')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    endedOn: r.ended_on,
  }));
}

export async function loadSuspensions(db: Kysely<DB>, householdId: number): Promise<Suspension[]> {
  const rows = await db
    .selectFrom('suspensions')
    .select(['id', 'reason', 'from_date', 'until_date', 'lifted_on'])
    .where('household_id', '=', householdId)
    .orderBy('from_date')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    from: r.from_date,
    until: r.until_date,
    reason: r.reason,
    liftedOn: r.lifted_on,
  }));
}
