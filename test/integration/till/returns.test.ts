// Returns at the till: each sold line at most once, and the refund receipt in the household's language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aProduct, aTestApp } from '../../support/builders';
import { aRuleSet } from '../../support/rules-builders';
import { aShopper, aTillCaller } from '../../support/till-builders';

let app: App;
beforeEach(async () => {
  app = await aTestApp();
  await aRuleSet(app, { base: 5000 });
});
afterEach(async () => app.close());

const count = async (table: 'sales' | 'stock_movements' | 'budget_ledger' | 'payments') =>
  Number((app.connection.raw.prepare(`select count(*) n from ${table}`).get() as { n: number }).n);

async function aPaidSale() {
  const till = await aTillCaller(app);
  const shopper = await aShopper(app);
  await aProduct(app, {
    socialCents: 500,
    referenceCents: 900,
    stock: 20,
    barcode: '5400000000011',
    nameNl: 'Rijst',
    nameFr: 'Riz',
  });
  await till.call('till:open-shift', { counts: { '5000': 1 } });
  await till.call('till:scan-card', { code: shopper.card });
  await till.call('till:scan-product', { code: '5400000000011' });
  await till.call('till:scan-product', { code: '5400000000011' });
  const paid = await till.call('till:pay', { tenders: [{ method: 'cash', tenderedCents: 1000 }] });
  return { ...till, shopper, number: paid.number };
}

describe('a return at the till', () => {
  it('refuses a line named twice and writes nothing (it was refunded twice, restocked twice)', async () => {
    const { attempt, call, number } = await aPaidSale();
    const before = await Promise.all([
      count('sales'),
      count('stock_movements'),
      count('budget_ledger'),
      count('payments'),
    ]);
    const twice = await attempt('till:return-sale', {
      number,
      lines: [
        { lineNo: 1, quantity: 2 },
        { lineNo: 1, quantity: 2 },
      ],
    });
    expect(twice.ok).toBe(false);
    expect(
      await Promise.all([count('sales'), count('stock_movements'), count('budget_ledger'), count('payments')]),
    ).toEqual(before);
    const stock = await app.db.selectFrom('products').select('stock_quantity').executeTakeFirstOrThrow();
    expect(stock.stock_quantity).toBe(18);
    // The whole line can still be returned once, and then no more.
    const once = await call('till:return-sale', { number, lines: [{ lineNo: 1, quantity: 2 }] });
    expect(once.refundCents).toBe(1000);
    expect((await call('till:find-sale', { number })).lines[0]?.returnable).toBe(0);
  });

  it("prints the refund receipt in the household's language, with the product's name in it", async () => {
    const { call, shopper, number } = await aPaidSale();
    await app.db.updateTable('households').set({ language: 'fr' }).where('id', '=', shopper.householdId).execute();
    await call('till:return-sale', { number, lines: [{ lineNo: 1, quantity: 1 }] });
    const job = await app.db.selectFrom('print_jobs').select('payload').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(job.payload).toContain('Riz');
    expect(job.payload).not.toContain('Rijst');
  });

  it('works out the refund for the cashier to confirm without writing anything (preview)', async () => {
    const { call, number } = await aPaidSale();
    const before = await Promise.all([
      count('sales'),
      count('stock_movements'),
      count('budget_ledger'),
      count('payments'),
    ]);
    const preview = await call('till:return-sale', { number, lines: [{ lineNo: 1, quantity: 1 }], preview: true });
    expect(preview).toEqual({ number, refundCents: 500, methods: ['cash'] });
    expect(
      await Promise.all([count('sales'), count('stock_movements'), count('budget_ledger'), count('payments')]),
    ).toEqual(before);
    const done = await call('till:return-sale', { number, lines: [{ lineNo: 1, quantity: 1 }] });
    expect(done.refundCents).toBe(preview.refundCents);
    expect(await count('sales')).toBe(before[0] + 1);
  });
});
