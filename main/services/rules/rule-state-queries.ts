// Reads behind the till's rule state, as ONE statement: Kysely's builder costs more per query than
// SQLite does, and the till asks on every card scan. Every part is keyed by household (indexed) or
// reads a tiny table, so a scan costs the same on a shop with a million sale lines as on an empty one.
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema';
import type { BudgetRuleSet, HouseholdOverride } from '../../domain/budget';
import { localDate } from '../../domain/calendar';
import type { EnrolmentStatus as DecisionStatus } from '../../domain/eligibility-decision';
import { enrolmentStatus } from '../../domain/enrolment-status';
import type { ItemLimit } from '../../domain/limits';

const text = z.string();
const maybeText = z.string().nullable();
const int = z.number().int();
const maybeInt = z.number().int().nullable();
const json = <T extends z.ZodTypeAny>(item: T) =>
  z.string().transform((value, ctx) => {
    const parsed = z.array(item).safeParse(JSON.parse(value));
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.message });
      return z.NEVER;
    }
    return parsed.data;
  });

const ruleSetTuple = z.tuple([int, text, z.enum(['week', 'month']), int, int, int, int, maybeInt, maybeInt]);
const limitTuple = z.tuple([
  int,
  maybeInt,
  maybeInt,
  maybeInt,
  maybeInt,
  z.enum(['week', 'month']),
  z.enum(['household', 'per-person', 'per-adult', 'per-child']),
  maybeInt,
]);
const lineTuple = z.tuple([
  int,
  z.enum(['sale', 'return']),
  text,
  maybeText,
  maybeInt,
  maybeInt,
  maybeInt,
  maybeInt,
  maybeInt,
]);

const rowSchema = z.object({
  members: json(text),
  enrolments: json(z.tuple([int, text, text, maybeText])),
  suspensions: json(z.tuple([int, text, text, text, maybeText])),
  override: json(z.union([int, text])).nullable(),
  rule_sets: json(ruleSetTuple),
  limits: json(limitTuple),
  lines: json(lineTuple),
  spent: json(z.tuple([text, int])),
});

export interface RecentLine {
  saleId: number;
  kind: 'sale' | 'return';
  /** Local date of the sale, or for a return of its ORIGINAL sale (returns count where the sale did). */
  countsOn: string;
  productId: string | null;
  categoryId: string;
  quantity: number;
  overridden: boolean;
  inBudget: boolean;
}

export interface RuleRows {
  status: DecisionStatus;
  birthDates: string[];
  override: HouseholdOverride | null;
  ruleSets: BudgetRuleSet[];
  visitLimits: Map<string, number | null>;
  itemLimits: ItemLimit[];
  lines: RecentLine[];
  /** Ledger sums for the period keys asked for. */
  spent: Map<string, number>;
}

export async function loadRuleRows(
  db: Kysely<DB>,
  q: { householdId: number; today: string; since: Date; periodKeys: readonly string[]; tz: string },
): Promise<RuleRows> {
  const h = q.householdId;
  const keys = sql.join(q.periodKeys.map((key) => sql`${key}`));
  const result = await sql<Record<string, unknown>>`SELECT
    (SELECT json_group_array(birth_date) FROM members WHERE household_id = ${h}) AS members,
    (SELECT json_group_array(json_array(id, valid_from, valid_until, ended_on)) FROM enrolments WHERE household_id = ${h}) AS enrolments,
    (SELECT json_group_array(json_array(id, from_date, until_date, reason, lifted_on)) FROM suspensions WHERE household_id = ${h}) AS suspensions,
    (SELECT json_array(amount_cents, reason, valid_until) FROM budget_overrides WHERE household_id = ${h} AND valid_until >= ${q.today} ORDER BY id DESC LIMIT 1) AS override,
    (SELECT json_group_array(json_array(id, effective_from, period, base_cents, per_adult_cents, per_child_cents, child_age_limit, cap_cents, visit_limit))
       FROM (SELECT * FROM rule_sets ORDER BY effective_from, id)) AS rule_sets,
    (SELECT json_group_array(json_array(id, product_id, category_id, per_visit, per_period, period, scaling, child_under_age))
       FROM (SELECT * FROM item_limits WHERE active = 1 ORDER BY id)) AS limits,
    (SELECT json_group_array(json_array(s.id, s.kind, s.at, o.at, l.product_id, l.category_id, l.quantity, l.override_id, l.in_budget))
       FROM sales s LEFT JOIN sales o ON o.id = s.original_sale_id LEFT JOIN sale_lines l ON l.sale_id = s.id
       WHERE s.household_id = ${h} AND s.at >= ${q.since.toISOString()}) AS lines,
    (SELECT json_group_array(json_array(period_key, total)) FROM (SELECT period_key, SUM(amount_cents) AS total
       FROM budget_ledger WHERE household_id = ${h} AND period_key IN (${keys}) GROUP BY period_key)) AS spent`.execute(
    db,
  );
  const row = rowSchema.parse(result.rows[0]);
  const override = row.override;
  return {
    status: decisionStatus(row, q.today),
    birthDates: row.members,
    override:
      override && typeof override[0] === 'number' && typeof override[1] === 'string' && typeof override[2] === 'string'
        ? { amountCents: override[0], reason: override[1], until: override[2] }
        : null,
    ruleSets: row.rule_sets.map(([id, effectiveFrom, period, base, adult, child, childAgeLimit, cap]) => ({
      id: String(id),
      effectiveFrom,
      period,
      baseCents: base,
      perAdultCents: adult,
      perChildCents: child,
      childAgeLimit,
      capCents: cap,
    })),
    visitLimits: new Map(row.rule_sets.map((r) => [String(r[0]), r[8]])),
    itemLimits: row.limits.flatMap(itemLimitOf),
    lines: linesOf(row.lines, q.tz),
    spent: new Map(row.spent),
  };
}

function itemLimitOf([id, productId, categoryId, perVisit, perPeriod, period, scaling, childUnder]: z.output<
  typeof limitTuple
>): ItemLimit[] {
  const target =
    productId !== null
      ? { kind: 'product' as const, productId: String(productId) }
      : categoryId !== null
        ? { kind: 'category' as const, categoryId: String(categoryId) }
        : null;
  if (!target) return [];
  return [{ id: String(id), target, perVisit, perPeriod, period, scaling, requiresChildUnderYears: childUnder }];
}

function linesOf(rows: readonly z.output<typeof lineTuple>[], tz: string): RecentLine[] {
  const dates = new Map<string, string>();
  const dateOf = (at: string): string => {
    let date = dates.get(at);
    if (date === undefined) {
      date = localDate(new Date(at), tz);
      dates.set(at, date);
    }
    return date;
  };
  return rows.map(([saleId, kind, at, originalAt, productId, categoryId, quantity, overrideId, inBudget]) => ({
    saleId,
    kind,
    countsOn: dateOf(kind === 'return' && originalAt ? originalAt : at),
    productId: productId === null ? null : String(productId),
    categoryId: categoryId === null ? '' : String(categoryId),
    quantity: quantity ?? 0,
    overridden: overrideId !== null,
    inBudget: inBudget === 1,
  }));
}

/** The decision's coarse status from the enrolment computation (none/ended count as expired). */
function decisionStatus(row: z.output<typeof rowSchema>, today: string): DecisionStatus {
  const status = enrolmentStatus(
    row.enrolments.map(([id, validFrom, validUntil, endedOn]) => ({ id: String(id), validFrom, validUntil, endedOn })),
    row.suspensions.map(([id, from, until, reason, liftedOn]) => ({ id: String(id), from, until, reason, liftedOn })),
    today,
  );
  switch (status.kind) {
    case 'active':
    case 'expiring':
    case 'suspended':
    case 'not-yet-valid':
    case 'expired':
      return status.kind;
    case 'none':
    case 'ended':
      return 'expired';
    default: {
      const unexpected: never = status;
      throw new Error(`unexpected status ${JSON.stringify(unexpected)}`);
    }
  }
}
