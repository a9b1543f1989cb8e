// Retention: once a household's last enrolment ended more than `retentionMonths` ago, its personal
// data is anonymised. It keeps its id (sales stay against it, for statistics), the municipality and
// what age bands need (the birth year); names, exact birth dates, phone, notes, search text, proxy
// names and free-text reasons are scrubbed, cards blocked, receipts of its sales emptied. Then the
// file itself forgets: secure_delete zeroes freed content, the WAL is checkpointed and truncated,
// and VACUUM rewrites the file, so the names are gone from its bytes too. The audit log records ids,
// never names, so it needs no rewrite (and is append-only). Journal hashes cover sales by household
// id only, so `till verify` stays green.
import type Database from 'better-sqlite3';

export interface RetentionCandidate {
  householdId: number;
  municipality: string | null;
  lastEnrolmentEnded: string | null;
  members: number;
  sales: number;
}

/** The date before which an enrolment's end makes a household due: now − retentionMonths. */
export function retentionCutoff(now: Date, retentionMonths: number): string {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - retentionMonths);
  return d.toISOString().slice(0, 10);
}

export function retentionCandidates(raw: Database.Database, cutoff: string): RetentionCandidate[] {
  // A household never enrolled counts from its creation date.
  return raw
    .prepare(
      `SELECT h.id AS householdId, h.municipality,
         (SELECT MAX(COALESCE(e.ended_on, e.valid_until)) FROM enrolments e WHERE e.household_id = h.id) AS lastEnrolmentEnded,
         (SELECT COUNT(*) FROM members m WHERE m.household_id = h.id) AS members,
         (SELECT COUNT(*) FROM sales s WHERE s.household_id = h.id) AS sales
       FROM households h
       WHERE h.anonymised_at IS NULL
         AND COALESCE((SELECT MAX(COALESCE(e.ended_on, e.valid_until)) FROM enrolments e WHERE e.household_id = h.id),
                      substr(h.created_at, 1, 10)) < ?
       ORDER BY h.id`,
    )
    .all(cutoff) as RetentionCandidate[];
}

/** Anonymises the households in one transaction, then scrubs the file. Returns how many. */
export function anonymiseHouseholds(raw: Database.Database, ids: readonly number[], now: Date): number {
  if (ids.length === 0) return 0;
  const at = now.toISOString();
  const previous = raw.pragma('secure_delete', { simple: true });
  raw.pragma('secure_delete = ON');
  try {
    const statements = [
      `UPDATE households SET phone = NULL, notes = NULL, search_text = '', postal_code = NULL, anonymised_at = @at
         WHERE id = @id`,
      // Age bands need the birth year only; the middle of the year keeps any age within six months.
      `UPDATE members SET first_name = NULL, last_name = NULL, search_name = '',
         birth_date = substr(birth_date, 1, 4) || '-07-01' WHERE household_id = @id`,
      `UPDATE proxies SET name = '' WHERE household_id = @id`,
      `UPDATE cards SET blocked_at = COALESCE(blocked_at, @at), block_reason = 'anonymised' WHERE household_id = @id`,
      `UPDATE enrolments SET referral_date = NULL WHERE household_id = @id`,
      `UPDATE suspensions SET reason = '' WHERE household_id = @id`,
      `UPDATE budget_overrides SET reason = '' WHERE household_id = @id`,
      `UPDATE line_overrides SET reason = '' WHERE household_id = @id`,
      `UPDATE print_jobs SET payload = '{}' WHERE sale_id IN (SELECT id FROM sales WHERE household_id = @id)`,
      // A volunteer who was also a client: the link to a named user would identify the household.
      ...(hasColumn(raw, 'users', 'household_id')
        ? ['UPDATE users SET household_id = NULL WHERE household_id = @id']
        : []),
    ].map((sql) => raw.prepare(sql));
    raw
      .transaction(() => {
        for (const id of ids) for (const statement of statements) statement.run({ id, at });
      })
      .immediate();
    scrubFile(raw);
  } finally {
    raw.pragma(`secure_delete = ${Number(previous) === 1 ? 'ON' : 'OFF'}`);
  }
  return ids.length;
}

function hasColumn(raw: Database.Database, table: string, column: string): boolean {
  return (raw.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
}

/** Every table that points at a household, and what anonymising does with it. A table missing here
 * (a new one) is reported by `unclassifiedHouseholdTables` and fails the retention test. */
export const householdTables: Record<string, 'scrubbed' | 'no-personal-data'> = {
  households: 'scrubbed',
  members: 'scrubbed',
  proxies: 'scrubbed',
  cards: 'scrubbed',
  enrolments: 'scrubbed',
  suspensions: 'scrubbed',
  budget_overrides: 'scrubbed',
  line_overrides: 'scrubbed',
  users: 'scrubbed',
  sales: 'no-personal-data',
  budget_ledger: 'no-personal-data',
  appointments: 'no-personal-data',
};

export function unclassifiedHouseholdTables(raw: Database.Database): string[] {
  const tables = raw
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.filter((t) => !(t in householdTables) && hasColumn(raw, t, 'household_id'));
}

/** Old page images live on in the WAL and in free pages: checkpoint, truncate, rewrite. */
export function scrubFile(raw: Database.Database): void {
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.exec('VACUUM');
  raw.pragma('wal_checkpoint(TRUNCATE)');
}
