// The rule simulator's reads: today's enrolled households (birth dates only, no names) in ONE query,
// then the pure simulateRuleChange. A household counts when an enrolment period covers today and it
// was not ended before; suspended households count too (a suspension is temporary, the budget stays).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { RuleSimulation } from '../../contract/rules';
import { type BudgetRuleSet, ruleSetFor } from '../../domain/budget';
import type { LocalDate } from '../../domain/calendar';
import { type SimulatedHousehold, simulateRuleChange } from '../../domain/rule-simulator';
import { loadRuleSets } from './rule-sets';

export async function loadEnrolledHouseholds(db: Kysely<DB>, today: LocalDate): Promise<SimulatedHousehold[]> {
  const rows = await db
    .selectFrom('members')
    .select(['household_id', 'birth_date'])
    .where('household_id', 'in', (qb) =>
      qb
        .selectFrom('enrolments as e')
        .innerJoin('households as h', 'h.id', 'e.household_id')
        .select('e.household_id')
        .where('h.anonymised_at', 'is', null)
        .where('e.valid_from', '<=', today)
        .where('e.valid_until', '>=', today)
        .where((eb) => eb.or([eb('e.ended_on', 'is', null), eb('e.ended_on', '>', today)])),
    )
    .orderBy('household_id')
    .execute();
  const households: SimulatedHousehold[] = [];
  let currentId = -1;
  let births: string[] = [];
  for (const row of rows) {
    if (row.household_id !== currentId) {
      births = [];
      households.push({ memberBirthDates: births });
      currentId = row.household_id;
    }
    births.push(row.birth_date);
  }
  return households;
}

/** The proposal against the version it would replace on its date (today's, unless one is scheduled). */
export async function simulateProposal(
  db: Kysely<DB>,
  proposal: Omit<BudgetRuleSet, 'id'>,
  today: LocalDate,
): Promise<RuleSimulation> {
  const [ruleSets, households] = await Promise.all([loadRuleSets(db), loadEnrolledHouseholds(db, today)]);
  const old = ruleSetFor(ruleSets, proposal.effectiveFrom > today ? proposal.effectiveFrom : today);
  const result = simulateRuleChange({
    households,
    oldRuleSet: old,
    newRuleSet: { ...proposal, id: 'proposal' },
    today,
  });
  return { ...result, today, oldRuleSetId: old ? Number(old.id) : null, bands: [...result.bands] };
}
