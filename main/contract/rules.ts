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
