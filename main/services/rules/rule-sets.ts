// Rule sets are versioned data: a change is a NEW row dated from a day; rows are never edited, so
// past sales (which keep their rule_set_id) and earlier figures never move.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { BudgetRuleSet } from '../../domain/budget';

export interface StoredRuleSet extends BudgetRuleSet {
  visitLimit: number | null;
}

export async function loadRuleSets(db: Kysely<DB>): Promise<StoredRuleSet[]> {
  const rows = await db.selectFrom('rule_sets').selectAll().orderBy('effective_from').orderBy('id').execute();
  return rows.map((row) => ({
    id: String(row.id),
    effectiveFrom: row.effective_from,
    period: row.period,
    baseCents: row.base_cents,
    perAdultCents: row.per_adult_cents,
    perChildCents: row.per_child_cents,
    childAgeLimit: row.child_age_limit,
    capCents: row.cap_cents,
    visitLimit: row.visit_limit,
  }));
}
