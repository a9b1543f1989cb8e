// Search result rows for the hits: ONE statement whatever the number of hits. The reference person,
// municipality, live card, periods and suspensions of every hit come back together (periods and
// suspensions as JSON arrays), and the ids go in as one JSON parameter so the SQL text never changes.
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema';
import type { SearchHit } from '../../contract/households';
import { enrolmentStatus } from '../../domain/enrolment-status';
import { summariseStatus } from './status-summary';

interface HitRow {
  household_id: number;
  first_name: string | null;
  last_name: string | null;
  birth_date: string;
  municipality: string | null;
  card: string | null;
  periods: string;
  suspensions: string;
}

const periodsJson = z.array(z.tuple([z.number(), z.string(), z.string(), z.string().nullable()]));
const suspensionsJson = z.array(
  z.tuple([z.number(), z.string(), z.string().nullable(), z.string(), z.string().nullable()]),
);

export interface HitRequest {
  householdId: number;
  /** The member the name matched, when it is not the reference person ("found via"). */
  matchedMember: string | null;
}

export async function searchHits(
  db: Kysely<DB>,
  hits: readonly HitRequest[],
  today: string,
  expiringDays: number,
): Promise<SearchHit[]> {
  if (hits.length === 0) return [];
  const ids = JSON.stringify(hits.map((h) => h.householdId));
  const { rows } = await sql<HitRow>`
    SELECT m.household_id, m.first_name, m.last_name, m.birth_date, h.municipality,
      (SELECT c.number FROM cards c WHERE c.household_id = m.household_id AND c.blocked_at IS NULL
        ORDER BY c.id DESC LIMIT 1) AS card,
      (SELECT json_group_array(json_array(e.id, e.valid_from, e.valid_until, e.ended_on))
        FROM enrolments e WHERE e.household_id = m.household_id) AS periods,
      (SELECT json_group_array(json_array(s.id, s.from_date, s.until_date, s.reason, s.lifted_on))
        FROM suspensions s WHERE s.household_id = m.household_id) AS suspensions
    FROM members m JOIN households h ON h.id = m.household_id
    WHERE m.household_id IN (SELECT value FROM json_each(${ids})) AND m.is_reference = 1
      AND h.anonymised_at IS NULL`.execute(db);
  const byHousehold = new Map(rows.map((r) => [r.household_id, r]));
  const result: SearchHit[] = [];
  for (const hit of hits) {
    const row = byHousehold.get(hit.householdId);
    if (!row) continue;
    const status = enrolmentStatus(
      periodsJson.parse(JSON.parse(row.periods)).map(([id, validFrom, validUntil, endedOn]) => ({
        id: String(id),
        validFrom,
        validUntil,
        endedOn,
      })),
      suspensionsJson.parse(JSON.parse(row.suspensions)).map(([id, from, until, reason, liftedOn]) => ({
        id: String(id),
        from,
        until,
        reason,
        liftedOn,
      })),
      today,
      { expiringWithinDays: expiringDays },
    );
    result.push({
      householdId: hit.householdId,
      firstName: row.first_name ?? '',
      lastName: row.last_name ?? '',
      dateOfBirth: row.birth_date,
      municipality: row.municipality,
      matchedMember: hit.matchedMember,
      cardNumber: row.card,
      status: summariseStatus(status),
    });
  }
  return result;
}
