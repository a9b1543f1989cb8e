import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import { invalidFields, TillError } from '../../api/errors';
import { ruleSetFor } from '../../domain/budget';
import { localDate } from '../../domain/calendar';
import { audit } from '../audit';
import { readSettings } from '../settings';
import { itemLimitHandlers } from './item-limits';
import { loadRuleSets } from './rule-sets';
import { simulateProposal } from './simulator';

type RuleHandlers = Pick<
  Handlers,
  | 'rules:list-rule-sets'
  | 'rules:add-rule-set'
  | 'rules:simulate-rule-set'
  | 'rules:list-item-limits'
  | 'rules:add-item-limit'
  | 'rules:end-item-limit'
  | 'rules:set-household-override'
>;

export function ruleHandlers({ db }: { db: Kysely<DB> }): RuleHandlers {
  const today = async (now: Date) => localDate(now, (await readSettings(db)).timeZone);
  return {
    ...itemLimitHandlers({ db }),
    'rules:simulate-rule-set': async (input, ctx) => simulateProposal(db, input, await today(ctx.now)),
    'rules:list-rule-sets': async (_input, ctx) => {
      const day = await today(ctx.now);
      const ruleSets = await loadRuleSets(db);
      const current = ruleSetFor(ruleSets, day);
      return {
        today: day,
        currentId: current ? Number(current.id) : null,
        ruleSets: ruleSets.map((r) => ({ ...r, id: Number(r.id) })),
      };
    },
    'rules:add-rule-set': async (input, ctx) => {
      // Never the past: today's and earlier figures must not move.
      if (input.effectiveFrom <= (await today(ctx.now)))
        throw invalidFields([{ path: 'effectiveFrom', code: 'not-in-future' }]);
      // One version per date (unique in the table): say so on the field rather than fail the insert.
      const taken = await db
        .selectFrom('rule_sets')
        .select('id')
        .where('effective_from', '=', input.effectiveFrom)
        .executeTakeFirst();
      if (taken) throw invalidFields([{ path: 'effectiveFrom', code: 'date-taken' }]);
      const row = await db
        .insertInto('rule_sets')
        .values({
          effective_from: input.effectiveFrom,
          period: input.period,
          base_cents: input.baseCents,
          per_adult_cents: input.perAdultCents,
          per_child_cents: input.perChildCents,
          child_age_limit: input.childAgeLimit,
          cap_cents: input.capCents,
          visit_limit: input.visitLimit,
          created_by: ctx.user?.id ?? null,
          created_at: ctx.now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'rules.add-rule-set',
        entity: 'rule_set',
        entityId: row.id,
      });
      return { id: row.id };
    },
    'rules:set-household-override': async (input, ctx) => {
      if (input.validUntil < (await today(ctx.now))) throw invalidFields([{ path: 'validUntil', code: 'in-past' }]);
      const household = await db
        .selectFrom('households')
        .select('id')
        .where('id', '=', input.householdId)
        .executeTakeFirst();
      if (!household) throw new TillError('not-found', 'household-not-found', 'no such household');
      const row = await db
        .insertInto('budget_overrides')
        .values({
          household_id: input.householdId,
          amount_cents: input.amountCents,
          reason: input.reason,
          valid_until: input.validUntil,
          created_by: ctx.user?.id ?? null,
          created_at: ctx.now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'rules.household-override',
        entity: 'household',
        entityId: input.householdId,
        details: { overrideId: row.id },
      });
      return { id: row.id };
    },
  };
}
