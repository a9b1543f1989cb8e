// Rows for report tests, written straight into a migrated database: the report reads tables, so the
// tests build exactly the month they check (known households, sales, returns, shifts across DST).
import type Database from 'better-sqlite3';

const CREATED = '2025-01-01T00:00:00.000Z';

export class ReportFixture {
  private saleNumber = 0;
  constructor(readonly raw: Database.Database) {}

  private insert(sql: string, ...values: unknown[]): number {
    return Number(this.raw.prepare(sql).run(...values).lastInsertRowid);
  }

  organisation(name: string): number {
    return this.insert("INSERT INTO referring_organisations (name, kind) VALUES (?, 'other')", name);
  }

  user(name: string, householdId: number | null = null): number {
    return this.insert(
      "INSERT INTO users (name, pin_hash, created_at, household_id) VALUES (?, 'x', ?, ?)",
      name,
      CREATED,
      householdId,
    );
  }

  /** A household with named members (the names must never reach an export) and a card. */
  household(municipality: string, birthDates: string[], card?: string): number {
    const id = this.insert(
      "INSERT INTO households (postal_code, municipality, phone, created_at) VALUES ('9000', ?, '0470 12 34 56', ?)",
      municipality,
      CREATED,
    );
    birthDates.forEach((birth, i) => {
      this.insert(
        'INSERT INTO members (household_id, is_reference, first_name, last_name, birth_date) VALUES (?, ?, ?, ?, ?)',
        id,
        i === 0 ? 1 : 0,
        `Firstname${id}x${i}`,
        'Zyxwinkel',
        birth,
      );
    });
    if (card) this.insert('INSERT INTO cards (household_id, number, issued_at) VALUES (?, ?, ?)', id, card, CREATED);
    return id;
  }

  enrolment(
    householdId: number,
    organisationId: number,
    validFrom: string,
    validUntil: string,
    kind: 'new' | 'renewal' = 'new',
    endedOn: string | null = null,
  ): number {
    return this.insert(
      'INSERT INTO enrolments (household_id, valid_from, valid_until, ended_on, organisation_id, kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      householdId,
      validFrom,
      validUntil,
      endedOn,
      organisationId,
      kind,
      CREATED,
    );
  }

  ruleSet(r: { base: number; perAdult: number; perChild: number; cap: number | null }): number {
    return this.insert(
      "INSERT INTO rule_sets (effective_from, period, base_cents, per_adult_cents, per_child_cents, child_age_limit, cap_cents, created_at) VALUES ('2020-01-01', 'week', ?, ?, ?, 18, ?, ?)",
      r.base,
      r.perAdult,
      r.perChild,
      r.cap,
      CREATED,
    );
  }

  budgetOverride(householdId: number, amount: number, validUntil: string): number {
    return this.insert(
      "INSERT INTO budget_overrides (household_id, amount_cents, reason, valid_until, created_at) VALUES (?, ?, 'test', ?, ?)",
      householdId,
      amount,
      validUntil,
      CREATED,
    );
  }

  category(nl: string, fr: string): number {
    return this.insert('INSERT INTO categories (name_nl, name_fr) VALUES (?, ?)', nl, fr);
  }

  product(categoryId: number, unit: 'piece' | 'kg', referenceCents: number, vatRate: number): number {
    const code = `P${categoryId}-${unit}-${referenceCents}`;
    return this.insert(
      'INSERT INTO products (store_code, name_nl, name_fr, category_id, unit, social_price_cents, reference_price_cents, vat_rate, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 100, ?, ?, ?, ?)',
      code,
      code,
      code,
      categoryId,
      unit,
      referenceCents,
      vatRate,
      CREATED,
      CREATED,
    );
  }

  sale(s: {
    householdId: number | null;
    userId: number;
    at: string;
    kind?: 'sale' | 'return';
    periodKey: string;
    ruleSetId: number;
    lines: {
      productId: number;
      categoryId: number;
      quantity: number;
      amount: number;
      reference: number;
      vat: number;
    }[];
    payments: { method: 'cash' | 'card' | 'voucher' | 'account'; amount: number }[];
  }): number {
    const total = s.lines.reduce((a, l) => a + l.amount, 0);
    const reference = s.lines.reduce((a, l) => a + l.reference, 0);
    this.saleNumber += 1;
    const id = this.insert(
      "INSERT INTO sales (till_id, number, kind, household_id, user_id, at, period_key, rule_set_id, total_cents, budget_cents, reference_cents) VALUES ('till-1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      this.saleNumber,
      s.kind ?? 'sale',
      s.householdId,
      s.userId,
      s.at,
      s.periodKey,
      s.ruleSetId,
      total,
      total,
      reference,
    );
    s.lines.forEach((l, i) => {
      this.insert(
        'INSERT INTO sale_lines (sale_id, line_no, product_id, category_id, quantity, unit_price_cents, amount_cents, reference_cents, vat_rate, in_budget) VALUES (?, ?, ?, ?, ?, 100, ?, ?, ?, 1)',
        id,
        i + 1,
        l.productId,
        l.categoryId,
        l.quantity,
        l.amount,
        l.reference,
        l.vat,
      );
    });
    for (const p of s.payments)
      this.insert('INSERT INTO payments (sale_id, method, amount_cents) VALUES (?, ?, ?)', id, p.method, p.amount);
    return id;
  }

  appointment(householdId: number, slotStart: string, status: string, walkIn = false): number {
    return this.insert(
      'INSERT INTO appointments (household_id, slot_start, slot_end, status, walk_in, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      householdId,
      slotStart,
      slotStart,
      status,
      walkIn ? 1 : 0,
      CREATED,
    );
  }

  stock(
    productId: number,
    at: string,
    kind: 'received' | 'written-off',
    quantity: number,
    source: 'donation' | 'purchase' | null,
    cost: number | null,
  ): number {
    return this.insert(
      'INSERT INTO stock_movements (product_id, at, kind, quantity, source, cost_cents) VALUES (?, ?, ?, ?, ?, ?)',
      productId,
      at,
      kind,
      quantity,
      source,
      cost,
    );
  }

  shift(userId: number, openedAt: string, closedAt: string | null): number {
    return this.insert(
      "INSERT INTO shifts (till_id, user_id, opened_at, float_cents, float_counts, closed_at) VALUES ('till-1', ?, ?, 0, '{}', ?)",
      userId,
      openedAt,
      closedAt,
    );
  }

  timeLog(userId: number, workDate: string, minutes: number): number {
    return this.insert(
      "INSERT INTO volunteer_time (user_id, work_date, minutes, activity, created_at) VALUES (?, ?, ?, 'warehouse', ?)",
      userId,
      workDate,
      minutes,
      CREATED,
    );
  }
}
