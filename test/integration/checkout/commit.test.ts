import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { type CommitSale, commitSale } from '../../../main/services/checkout/commit';
import { verifyDatabase } from '../../../main/services/verify';
import { aHousehold, aProduct, aTestApp, aUser } from '../../support/builders';

let app: App;
let sale: CommitSale;
let productA: number;
let productB: number;

beforeEach(async () => {
  app = await aTestApp();
  const cashier = await aUser(app);
  const household = await aHousehold(app);
  productA = await aProduct(app, { socialCents: 120, referenceCents: 250, stock: 10 });
  productB = await aProduct(app, { socialCents: 0, referenceCents: 200, inBudget: false, stock: 5 });
  sale = {
    tillId: 'till-1',
    kind: 'sale',
    originalSaleId: null,
    shiftId: null,
    householdId: household,
    cardId: null,
    proxyId: null,
    userId: cashier.id,
    at: app.clock.now(),
    periodKey: '2026-11-23',
    ruleSetId: null,
    roundingCents: 0,
    lines: [
      {
        productId: productA,
        categoryId: null,
        quantity: 2,
        unitPriceCents: 120,
        amountCents: 240,
        referenceCents: 500,
        vatRate: 6,
        inBudget: true,
        overrideId: null,
      },
      {
        productId: productB,
        categoryId: null,
        quantity: 1,
        unitPriceCents: 0,
        amountCents: 0,
        referenceCents: 200,
        vatRate: 6,
        inBudget: false,
        overrideId: null,
      },
    ],
    payments: [{ method: 'card', amountCents: 240, tenderedCents: null, changeCents: null }],
    receipt: () => ({ lines: ['test'] }),
  };
});
afterEach(async () => app.close());

const count = async (
  table: 'sales' | 'sale_lines' | 'payments' | 'journal' | 'budget_ledger' | 'stock_movements' | 'print_jobs',
) =>
  Number(
    (
      await app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('commitSale', () => {
  it('writes sale, lines, payments, stock, ledger, journal and receipt job that agree', async () => {
    const first = await commitSale(app.db, sale);
    const second = await commitSale(app.db, {
      ...sale,
      payments: [{ method: 'cash', amountCents: 240, tenderedCents: 500, changeCents: 260 }],
    });
    expect([first.number, second.number]).toEqual([1, 2]);
    const stock = await app.db.selectFrom('products').select(['id', 'stock_quantity']).orderBy('id').execute();
    expect(stock).toEqual([
      { id: productA, stock_quantity: 6 },
      { id: productB, stock_quantity: 3 },
    ]);
    const ledger = await app.db.selectFrom('budget_ledger').select(['period_key', 'amount_cents']).execute();
    expect(ledger).toEqual([
      { period_key: '2026-11-23', amount_cents: 240 },
      { period_key: '2026-11-23', amount_cents: 240 },
    ]);
    expect(await count('print_jobs')).toBe(2);
    expect(verifyDatabase(app.connection.raw).ok).toBe(true);
  });

  it('a return is a new linked entry that restocks and gives the budget back to the original period', async () => {
    const original = await commitSale(app.db, sale);
    const [line] = sale.lines;
    if (!line) throw new Error('no line');
    await commitSale(app.db, {
      ...sale,
      kind: 'return',
      originalSaleId: original.saleId,
      lines: [{ ...line, quantity: -1, amountCents: -120, referenceCents: -250 }],
      payments: [{ method: 'card', amountCents: -120, tenderedCents: null, changeCents: null }],
    });
    const budget = await app.db
      .selectFrom('budget_ledger')
      .select((eb) => eb.fn.sum<number>('amount_cents').as('s'))
      .executeTakeFirstOrThrow();
    expect(Number(budget.s)).toBe(120);
    const stock = await app.db
      .selectFrom('products')
      .select('stock_quantity')
      .where('id', '=', productA)
      .executeTakeFirstOrThrow();
    expect(stock.stock_quantity).toBe(9);
    expect(verifyDatabase(app.connection.raw).ok).toBe(true);
  });

  it.each(['sale', 'lines', 'payments', 'stock', 'ledger', 'journal', 'print-job'] as const)(
    'a failure after step %s leaves no trace',
    async (failAt) => {
      await commitSale(app.db, sale);
      await expect(
        commitSale(app.db, sale, (step) => {
          if (step === failAt) throw new Error(`crash at ${step}`);
        }),
      ).rejects.toThrow(`crash at ${failAt}`);
      for (const table of ['sales', 'journal', 'print_jobs'] as const) expect(await count(table)).toBe(1);
      expect(await count('sale_lines')).toBe(2);
      expect(await count('stock_movements')).toBe(2);
      const stock = await app.db
        .selectFrom('products')
        .select('stock_quantity')
        .where('id', '=', productA)
        .executeTakeFirstOrThrow();
      expect(stock.stock_quantity).toBe(8);
      // The next sale still gets the next number: no gap.
      expect((await commitSale(app.db, sale)).number).toBe(2);
      expect(verifyDatabase(app.connection.raw).ok).toBe(true);
    },
  );

  it('refuses payments that do not cover the total, writing nothing', async () => {
    await expect(commitSale(app.db, { ...sale, payments: [] })).rejects.toThrow(/do not cover/);
    expect(await count('sales')).toBe(0);
  });
});
