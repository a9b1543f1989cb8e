import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../main/app';
import { closeShift, openShift, openShiftQuery } from '../../../main/services/till/shift';
import { verifyDatabase } from '../../../main/services/verify';
import { aProduct, aTestApp, aUser } from '../../support/builders';
import { aRuleSet } from '../../support/rules-builders';
import { aShopper, aTillCaller } from '../../support/till-builders';

let app: App;
beforeEach(async () => {
  app = await aTestApp();
  await aRuleSet(app, { base: 1500, perAdult: 750, perChild: 500, cap: 6000 });
});
afterEach(async () => app.close());

const sum = async (sqlText: string) => {
  const row = app.connection.raw.prepare(sqlText).get() as { n: number | null };
  return Number(row.n ?? 0);
};

describe('a shift at the till', () => {
  it('opens, sells with a refusal, an override and a split payment, returns, and closes with a variance', async () => {
    const { call, attempt } = await aTillCaller(app);
    // Each committed receipt or Z report wakes the printer at once (it would otherwise wait for a poll).
    const wake = vi.spyOn(app.devices, 'wake');
    const coordinator = await aUser(app, ['coordinator'], 'Chris Coord', '5678');
    const shopper = await aShopper(app);
    const rice = await aProduct(app, { socialCents: 1000, referenceCents: 2000, stock: 20, barcode: '5400000000011' });
    const bread = await aProduct(app, {
      socialCents: 0,
      referenceCents: 250,
      inBudget: false,
      stock: 20,
      barcode: '5400000000028',
    });

    const opened = await call('till:open-shift', { counts: { '5000': 2, '200': 5 } });
    expect(opened.shift?.floatCents).toBe(11000);

    // Sale 1: budget 15 + 7,50 = 22,50; two rice fit, the third is refused with the numbers.
    const client = await call('till:scan-card', { code: shopper.card });
    expect(client.client?.firstName).toBe('Member0');
    expect(client.client?.budgetCents).toBe(2250);
    await call('till:scan-product', { code: '5400000000011' });
    const twice = await call('till:scan-product', { code: '5400000000011' });
    // Identical scans become one line with a quantity.
    expect(twice.view.lines.map((l) => l.quantity)).toEqual([2]);
    const refused = await call('till:scan-product', { code: '5400000000011' });
    expect(refused.added).toBe(false);
    expect(refused.view.refusal?.reason).toBe('budget-exceeded');
    expect(refused.view.refusal?.details.remainingCents).toBe(250);
    // The refused piece is a line of its own (quantity 1), so an override would cover that piece only.
    expect(refused.view.refusal?.quantity).toBe(1);
    expect(refused.view.lines.map((l) => l.quantity)).toEqual([2]);
    await call('till:dismiss-refusal', {});
    await call('till:scan-product', { code: '5400000000028' });
    const paid = await call('till:pay', { tenders: [{ method: 'cash', tenderedCents: 5000 }] });
    expect(paid.changeCents).toBe(3000);
    expect(wake).toHaveBeenCalledTimes(1);

    // Sale 2: the coordinator lets one refused line through (PIN + reason).
    await call('till:scan-card', { code: shopper.card });
    const again = await call('till:scan-product', { code: '5400000000011' });
    expect(again.view.refusal?.reason).toBe('budget-exceeded');
    const wrong = await attempt('till:override-line', {
      approverId: coordinator.id,
      approverPin: '0000',
      reason: 'family emergency',
    });
    expect(wrong.ok).toBe(false);
    const overridden = await call('till:override-line', {
      approverId: coordinator.id,
      approverPin: '5678',
      reason: 'family emergency',
    });
    expect(overridden.lines[0]?.overridden).toBe(true);
    await call('till:pay', { tenders: [{ method: 'card' }] });

    // Sale 3: anonymous, split between a voucher and cash (cash part rounded to 5 cents).
    await call('till:add-product', { productId: rice, quantity: 1 });
    await call('till:add-product', { productId: bread, quantity: 2 });
    const line = (await call('till:get-state', {})).lines[0];
    await call('till:set-quantity', { lineId: line?.id, quantity: 2 });
    const split = await call('till:pay', {
      tenders: [
        { method: 'voucher', amountCents: 1500 },
        { method: 'cash', tenderedCents: 1000 },
      ],
    });
    expect(split.changeCents).toBe(500);

    // A return of one rice from sale 1, refunded in cash, budget back to the original period.
    const found = await call('till:find-sale', { number: 1 });
    expect(found.lines.map((l) => l.returnable)).toEqual([2, 1]);
    const ret = await call('till:return-sale', { number: 1, lines: [{ lineNo: 1, quantity: 1 }] });
    expect(ret).toMatchObject({ number: 4, refundCents: 1000, methods: ['cash'] });

    // Close: float 110 + cash 20 + 5 - 10 = 125 expected; counted 124,50.
    const closed = await call('till:close-shift', { counts: { '5000': 2, '1000': 2, '200': 2, '50': 1 } });
    expect(wake).toHaveBeenCalledTimes(5); // three sales, the return, the Z report
    expect(closed.report).toMatchObject({
      sales: { count: 3, totalCents: 2000 + 1000 + 2000 },
      returns: { count: 1, totalCents: -1000 },
      byMethod: { cash: 2000 + 500 - 1000, card: 1000, voucher: 1500 },
      overrides: 1,
      expectedCents: 12500,
      countedCents: 12450,
      varianceCents: -50,
    });
    const shift = await app.db.selectFrom('shifts').selectAll().executeTakeFirstOrThrow();
    expect(shift.variance_cents).toBe(-50);
    expect(JSON.parse(shift.z_report ?? '{}').varianceCents).toBe(-50);
    const jobs = await app.db.selectFrom('print_jobs').select('kind').execute();
    expect(jobs.map((j) => j.kind)).toEqual(['receipt', 'receipt', 'receipt', 'receipt', 'z-report']);
    // The printed Z report: times in Brussels (the clock reads 09:30 UTC) and who closed.
    const z = await app.db
      .selectFrom('print_jobs')
      .select('payload')
      .where('kind', '=', 'z-report')
      .executeTakeFirstOrThrow();
    expect(z.payload).toContain('2026-11-24 10:30 - 2026-11-24 10:30');
    expect(z.payload).not.toMatch(/T\d\d:\d\d/);
    expect(z.payload).toContain('Afgesloten door Anna');

    // Stock, ledger and journal agree with the sales.
    expect(await sum('select sum(stock_quantity) n from products')).toBe(40 - 3 - 1 - 4 + 1);
    expect(await sum('select sum(quantity) n from stock_movements')).toBe(-7);
    expect(await sum('select sum(amount_cents) n from budget_ledger')).toBe(
      await sum('select sum(budget_cents) n from sales where household_id is not null'),
    );
    expect(await sum('select count(*) n from journal')).toBe(4);
    const verified = verifyDatabase(app.connection.raw);
    expect(verified.ok).toBe(true);
  });

  it('refuses a card of the cashier own household and unknown cards, with nothing written', async () => {
    const shopper = await aShopper(app);
    const { user, attempt, call } = await aTillCaller(app);
    await app.db.updateTable('users').set({ household_id: shopper.householdId }).where('id', '=', user.id).execute();
    await call('till:open-shift', { counts: { '1000': 1 } });
    const own = await attempt('till:scan-card', { code: shopper.card });
    expect(own.ok ? null : own.error.reason).toBe('own-household');
    const unknown = await attempt('till:scan-card', { code: '0499999999999' });
    expect(unknown.ok ? null : unknown.error.reason).toMatch(/^card-/);
  });

  it('a payment that falls short writes nothing and keeps the cart', async () => {
    const { call, attempt } = await aTillCaller(app);
    await aProduct(app, { socialCents: 333, barcode: '5400000000035' });
    await call('till:open-shift', { counts: {} });
    await call('till:scan-product', { code: '5400000000035' });
    const short = await attempt('till:pay', { tenders: [{ method: 'cash', tenderedCents: 300 }] });
    expect(short.ok ? null : short.error.reason).toBe('tendered-short');
    expect(await sum('select count(*) n from sales')).toBe(0);
    expect(await sum('select count(*) n from print_jobs')).toBe(0);
    expect((await call('till:get-state', {})).lines).toHaveLength(1);
    const ok = await call('till:pay', { tenders: [{ method: 'cash', tenderedCents: 500 }] });
    expect(ok.changeCents).toBe(500 - 335);
  });

  it('finds the open shift (asked on every scan) through its index, not by reading every shift', () => {
    const query = openShiftQuery(app.db, 'till-1').compile();
    const plan = app.connection.raw.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(query.parameters as unknown[]);
    expect(JSON.stringify(plan)).toContain('USING INDEX shifts_open');
  });

  it("shows today's appointment at the shop's local time, not UTC, and checks the household in", async () => {
    const { call } = await aTillCaller(app);
    const shopper = await aShopper(app);
    // aTestApp's clock: 24 November 2026, 09:30 UTC; the slot is 14:30 in Brussels (UTC+1).
    await app.db
      .insertInto('appointments')
      .values({
        household_id: shopper.householdId,
        slot_start: '2026-11-24T13:30:00.000Z',
        slot_end: '2026-11-24T13:45:00.000Z',
        status: 'booked',
        created_at: '2026-11-20T10:00:00.000Z',
      })
      .execute();
    await call('till:open-shift', { counts: { '1000': 5 } });
    const view = await call('till:scan-card', { code: shopper.card });
    expect(view.client?.appointment).toMatchObject({ start: '2026-11-24T13:30:00.000Z', time: '14:30' });
    // The household is at the counter: its booking must not become a no-show at the day's close.
    const booking = await app.db
      .selectFrom('appointments')
      .select(['status', 'checked_in_at'])
      .executeTakeFirstOrThrow();
    expect(booking).toEqual({ status: 'checked-in', checked_in_at: app.clock.now().toISOString() });
  });

  it('a double tap on pay commits the sale once; the second tap finds the cart empty', async () => {
    const { call, attempt } = await aTillCaller(app);
    const shopper = await aShopper(app);
    await aProduct(app, { socialCents: 0, referenceCents: 250, inBudget: false, stock: 20, barcode: '5400000000028' });
    await call('till:open-shift', { counts: { '1000': 5 } });
    await call('till:scan-card', { code: shopper.card });
    await call('till:scan-product', { code: '5400000000028' });
    const taps = await Promise.all([
      attempt('till:pay', { tenders: [{ method: 'card' }] }),
      attempt('till:pay', { tenders: [{ method: 'card' }] }),
    ]);
    expect(taps.map((r) => r.ok)).toEqual([true, false]);
    expect(taps[1]).toMatchObject({ ok: false, error: { reason: 'cart-empty' } });
    expect(await sum('SELECT COUNT(*) AS n FROM sales')).toBe(1);
    expect(await sum('SELECT COUNT(*) AS n FROM stock_movements')).toBe(1);
  });

  it('opens one shift and closes it once when two calls come at once (another process on the database)', async () => {
    const user = await aUser(app, ['cashier'], 'Anna Cashier');
    const now = app.clock.now();
    const open = () => openShift(app.db, { tillId: 'till-1', userId: user.id, now, counts: { '5000': 1 } });
    const opened = await Promise.allSettled([open(), open()]);
    expect(opened.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const close = () =>
      closeShift(app.db, {
        tillId: 'till-1',
        userId: user.id,
        now,
        counts: {},
        lang: 'nl',
        shop: { name: 'Shop', timeZone: 'Europe/Brussels' },
        closedBy: 'Anna',
      });
    const closed = await Promise.allSettled([close(), close()]);
    expect(closed.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await sum('select count(*) n from shifts')).toBe(1);
    expect(await sum("select count(*) n from print_jobs where kind = 'z-report'")).toBe(1);
  });
});
