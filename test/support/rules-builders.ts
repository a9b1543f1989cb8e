// Builders for rules and appointments tests: rule sets, enrolments and sales written straight to the
// tables (the till's commitSale is another area's), including the ledger row a sale or return books.
import type { App } from '../../main/app';

export async function aRuleSet(
  app: App,
  values: Partial<{
    effectiveFrom: string;
    period: 'week' | 'month';
    base: number;
    perAdult: number;
    perChild: number;
    cap: number | null;
    visitLimit: number | null;
  }> = {},
): Promise<number> {
  const row = await app.db
    .insertInto('rule_sets')
    .values({
      effective_from: values.effectiveFrom ?? '2026-01-01',
      period: values.period ?? 'week',
      base_cents: values.base ?? 1500,
      per_adult_cents: values.perAdult ?? 750,
      per_child_cents: values.perChild ?? 500,
      cap_cents: values.cap === undefined ? 6000 : values.cap,
      visit_limit: values.visitLimit === undefined ? null : values.visitLimit,
      created_by: null,
      created_at: app.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function anEnrolment(app: App, householdId: number, from = '2026-01-01', until = '2027-12-31') {
  await app.db
    .insertInto('enrolments')
    .values({
      household_id: householdId,
      valid_from: from,
      valid_until: until,
      ended_on: null,
      organisation_id: null,
      social_worker_id: null,
      basis: null,
      referral_date: null,
      created_by: null,
      created_at: app.clock.now().toISOString(),
    })
    .execute();
}

let saleNumber = 0;

export interface SaleLineSpec {
  productId: number;
  quantity: number;
  amountCents: number;
  inBudget?: boolean;
  categoryId?: number | null;
  overrideId?: number | null;
}

/** A sale or a return; a return's ledger row is negative and booked to `periodKey` (the sale's). */
export async function aSale(
  app: App,
  spec: {
    householdId: number;
    userId: number;
    at: string;
    periodKey: string;
    lines: SaleLineSpec[];
    kind?: 'sale' | 'return';
    originalSaleId?: number;
  },
): Promise<number> {
  saleNumber++;
  const kind = spec.kind ?? 'sale';
  const budget = spec.lines.filter((l) => l.inBudget !== false).reduce((sum, l) => sum + l.amountCents, 0);
  const total = spec.lines.reduce((sum, l) => sum + l.amountCents, 0);
  const { id } = await app.db
    .insertInto('sales')
    .values({
      till_id: 'test',
      number: saleNumber + 100_000,
      kind,
      original_sale_id: spec.originalSaleId ?? null,
      shift_id: null,
      household_id: spec.householdId,
      card_id: null,
      proxy_id: null,
      user_id: spec.userId,
      at: spec.at,
      period_key: spec.periodKey,
      rule_set_id: null,
      total_cents: kind === 'sale' ? total : -total,
      budget_cents: kind === 'sale' ? budget : -budget,
      reference_cents: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, line] of spec.lines.entries()) {
    await app.db
      .insertInto('sale_lines')
      .values({
        sale_id: id,
        line_no: i + 1,
        product_id: line.productId,
        category_id: line.categoryId ?? null,
        quantity: line.quantity,
        unit_price_cents: Math.round(line.amountCents / line.quantity),
        amount_cents: line.amountCents,
        reference_cents: 0,
        vat_rate: 6,
        in_budget: line.inBudget === false ? 0 : 1,
        override_id: line.overrideId ?? null,
      })
      .execute();
  }
  if (budget !== 0) {
    await app.db
      .insertInto('budget_ledger')
      .values({
        household_id: spec.householdId,
        sale_id: id,
        period_key: spec.periodKey,
        amount_cents: kind === 'sale' ? budget : -budget,
        at: spec.at,
      })
      .execute();
  }
  return id;
}
