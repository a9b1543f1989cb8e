// Budget rule sets (versioned: a new version is dated from a day, never edits the past) and a
// household's budget override set by a social worker.
import { z } from 'zod';
import { channel } from './define';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cents = z.number().int().nonnegative().max(1_000_000);

export const ruleSetInputSchema = z.object({
  effectiveFrom: isoDate,
  period: z.enum(['week', 'month']),
  baseCents: cents,
  perAdultCents: cents,
  perChildCents: cents,
  childAgeLimit: z.number().int().min(1).max(30).default(18),
  capCents: cents.nullable(),
  visitLimit: z.number().int().min(1).max(31).nullable(),
});

const money = z.number().int();
const bandSchema = z.enum(['1', '2', '3', '4', '5+']);

export const simulationSchema = z.object({
  /** The month simulated: the one containing today (a week rule counts once per Monday in it). */
  monthKey: z.string(),
  today: isoDate,
  /** The version the proposal would replace on its date; null before the first rule set. */
  oldRuleSetId: z.number().int().nullable(),
  households: z.number().int(),
  oldMonthlyCents: money,
  newMonthlyCents: money,
  bands: z.array(
    z.object({ band: bandSchema, households: z.number().int(), oldMonthlyCents: money, newMonthlyCents: money }),
  ),
});
export type RuleSimulation = z.infer<typeof simulationSchema>;

export const itemLimitInputSchema = z.object({
  targetKind: z.enum(['product', 'category']),
  targetId: z.number().int().positive(),
  perVisit: z.number().int().min(1).max(999).nullable(),
  perPeriod: z.number().int().min(1).max(9999).nullable(),
  period: z.enum(['week', 'month']),
  scaling: z.enum(['household', 'per-person', 'per-adult', 'per-child']),
  /** Only households with a member younger than this many years may take it (nappies: 3). */
  childUnderAge: z.number().int().min(1).max(18).nullable(),
});
export type ItemLimitInput = z.infer<typeof itemLimitInputSchema>;

const namedSchema = z.object({ id: z.number().int(), nameNl: z.string(), nameFr: z.string() });

export const ruleChannels = {
  'rules:list-rule-sets': channel({
    input: z.object({}),
    output: z.object({
      today: isoDate,
      currentId: z.number().int().nullable(),
      ruleSets: z.array(ruleSetInputSchema.extend({ id: z.number().int(), childAgeLimit: z.number().int() })),
    }),
    access: ['coordinator', 'social-worker'],
  }),
  'rules:add-rule-set': channel({
    input: ruleSetInputSchema,
    output: z.object({ id: z.number().int() }),
    access: ['coordinator'],
  }),
  /** The proposal's effect on today's enrolled households, before it is saved; writes nothing. */
  'rules:simulate-rule-set': channel({
    input: ruleSetInputSchema,
    output: simulationSchema,
    access: ['coordinator'],
  }),
  'rules:list-item-limits': channel({
    input: z.object({}),
    output: z.object({
      limits: z.array(
        itemLimitInputSchema.extend({ id: z.number().int(), targetNameNl: z.string(), targetNameFr: z.string() }),
      ),
      categories: z.array(namedSchema),
    }),
    access: ['coordinator'],
  }),
  'rules:add-item-limit': channel({
    input: itemLimitInputSchema,
    output: z.object({ id: z.number().int() }),
    access: ['coordinator'],
  }),
  /** Ends a limit from now on (kept for the audit trail, no longer applied). */
  'rules:end-item-limit': channel({
    input: z.object({ limitId: z.number().int().positive() }),
    output: z.object({ ended: z.boolean() }),
    access: ['coordinator'],
  }),
  'rules:set-household-override': channel({
    input: z.object({
      householdId: z.number().int().positive(),
      amountCents: cents,
      reason: z.string().trim().min(3).max(300),
      validUntil: isoDate,
    }),
    output: z.object({ id: z.number().int() }),
    access: ['social-worker', 'coordinator'],
  }),
};
