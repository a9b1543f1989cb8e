// After any sequence of sales and returns through the till channels, stock, budget ledger, payments
// and journal agree with the sales, and the journal chain verifies. Random sequences (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { verifyDatabase } from '../../../main/services/verify';
import { aProduct, aTestApp } from '../../support/builders';
import { aRuleSet } from '../../support/rules-builders';
import { aShopper, aTillCaller } from '../../support/till-builders';

type Op =
  | { kind: 'sale'; client: boolean; lines: { product: number; quantity: number }[]; method: 'cash' | 'card' | 'split' }
  | { kind: 'return'; pick: number; quantity: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('sale' as const),
      client: fc.boolean(),
      lines: fc.array(fc.record({ product: fc.nat(3), quantity: fc.integer({ min: 1, max: 3 }) }), {
        minLength: 1,
        maxLength: 4,
      }),
      method: fc.constantFrom('cash' as const, 'card' as const, 'split' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('return' as const),
      pick: fc.nat(50),
      quantity: fc.integer({ min: 1, max: 2 }),
    }),
  },
);

const one = (app: App, sql: string) => Number((app.connection.raw.prepare(sql).get() as { n: number | null }).n ?? 0);

async function checkAgreement(app: App, startStock: number) {
  // Stock: what the products lost is what the movements say, and what the lines sold minus returned.
  expect(startStock - one(app, 'select sum(stock_quantity) n from products')).toBe(
    0 - one(app, 'select sum(quantity) n from stock_movements'),
  );
  expect(one(app, 'select sum(quantity) n from sale_lines')).toBe(
    0 - one(app, 'select sum(quantity) n from stock_movements'),
  );
  for (const row of app.connection.raw
    .prepare(
      `select s.id, s.total_cents t, s.rounding_cents r, s.budget_cents b,
        (select sum(amount_cents) from sale_lines l where l.sale_id = s.id) lines,
        (select sum(amount_cents) from payments p where p.sale_id = s.id) paid,
        (select sum(amount_cents) from budget_ledger g where g.sale_id = s.id) ledger,
        (select count(*) from journal j where j.sale_id = s.id) journal,
        s.household_id h from sales s`,
    )
    .all() as {
    t: number;
    r: number;
    b: number;
    lines: number;
    paid: number | null;
    ledger: number | null;
    journal: number;
    h: number | null;
  }[]) {
    expect(row.lines).toBe(row.t);
    // A refund of nothing (a free item returned) has no payment row.
    expect(row.paid ?? 0).toBe(row.t + row.r);
    expect(row.ledger ?? 0).toBe(row.h === null ? 0 : row.b);
    expect(row.journal).toBe(1);
  }
  expect(one(app, 'select count(*) n from journal')).toBe(one(app, 'select count(*) n from sales'));
  expect(verifyDatabase(app.connection.raw).ok).toBe(true);
}

describe('stock, ledger and journal agree', () => {
  it('after any sequence of sales and returns', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 6 }), async (ops) => {
        const app = await aTestApp();
        try {
          await aRuleSet(app, { base: 100000, perAdult: 0, effectiveFrom: '2026-01-01' });
          const { card } = await aShopper(app);
          const products = [
            await aProduct(app, { socialCents: 120, referenceCents: 250, stock: 100 }),
            await aProduct(app, { socialCents: 333, referenceCents: 500, stock: 100 }),
            await aProduct(app, { socialCents: 0, referenceCents: 200, inBudget: false, stock: 100 }),
            await aProduct(app, { socialCents: 75, referenceCents: 90, vat: 21, stock: 100 }),
          ];
          const { call, attempt } = await aTillCaller(app);
          await call('till:open-shift', { counts: { '1000': 5 } });
          const sold: number[] = [];
          for (const op of ops) {
            if (op.kind === 'sale') {
              if (op.client) await call('till:scan-card', { code: card });
              for (const l of op.lines)
                await call('till:add-product', { productId: products[l.product], quantity: l.quantity });
              const view = await call('till:get-state', {});
              const tenders =
                op.method === 'split' && view.totalCents > 100
                  ? [{ method: 'voucher', amountCents: 100 }, { method: 'cash' }]
                  : [{ method: op.method === 'card' ? 'card' : 'cash' }];
              const paid = await call('till:pay', { tenders });
              sold.push(paid.number);
            } else if (sold.length > 0) {
              const number = sold[op.pick % sold.length] ?? 1;
              const found = await call('till:find-sale', { number });
              const line = found.lines.find((l) => l.returnable > 0);
              if (line) {
                const r = await attempt('till:return-sale', {
                  number,
                  lines: [{ lineNo: line.lineNo, quantity: Math.min(op.quantity, line.returnable) }],
                });
                expect(r.ok).toBe(true);
              }
            }
            await checkAgreement(app, 400);
          }
        } finally {
          await app.close();
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
