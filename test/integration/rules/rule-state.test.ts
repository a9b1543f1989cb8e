import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import type { App } from '../../../main/app';
import type { ItemLine } from '../../../main/domain/eligibility-decision';
import { decideLine, explainFor, loadRuleState } from '../../../main/services/rules/eligibility';
import { aHousehold, aProduct, aTestApp, aUser } from '../../support/builders';
import { anEnrolment, aRuleSet, aSale } from '../../support/rules-builders';

const TZ = 'Europe/Brussels';
let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function setup(now: string) {
  app = await aTestApp({ clock: fixedClock(now) });
  const user = await aUser(app, ['cashier']);
  await aRuleSet(app, { visitLimit: 2 });
  const householdId = await aHousehold(app, ['1980-05-01', '1982-03-03', '2015-06-06']);
  await anEnrolment(app, householdId);
  const productId = await aProduct(app, { socialCents: 250 });
  return { app, userId: user.id, householdId, productId };
}

const item = (productId: number, amountCents = 250): ItemLine => ({
  productId: String(productId),
  categoryId: '',
  quantity: 1,
  inBudget: true,
  amountCents,
});

describe('loadRuleState on real SQLite', () => {
  it('computes the budget, explains it and counts earlier visits of the period', async () => {
    const { app, userId, householdId, productId } = await setup('2026-11-26T10:00:00Z');
    await aSale(app, {
      householdId,
      userId,
      at: '2026-11-24T10:00:00Z',
      periodKey: '2026-W48',
      lines: [{ productId, quantity: 2, amountCents: 500 }],
    });
    const state = await loadRuleState(app.db, householdId, app.clock.now(), TZ);
    expect(state.status).toBe('active');
    expect(state.periodKey).toBe('2026-W48');
    expect(state.budget?.amountCents).toBe(1500 + 2 * 750 + 500);
    expect(explainFor(state, 'nl').replace(/\s/g, ' ')).toBe('€ 15 + 2 × € 7,50 + 1 × € 5 = € 35');
    expect(state.spentCents).toBe(500);
    expect(state.remainingCents).toBe(3000);
    expect(state.visitsThisPeriod).toBe(1);
    expect(state.usedThisPeriod.week.products[String(productId)]).toBe(2);
    expect(decideLine(state, [], item(productId)).ok).toBe(true);
    expect(decideLine(state, [], item(productId, 3100))).toMatchObject({
      ok: false,
      reason: 'budget-exceeded',
      remainingCents: 3000,
    });
  });

  it('a return restores exactly what its sale used, to that sale last week, not this week', async () => {
    const { app, userId, householdId, productId } = await setup('2026-11-26T10:00:00Z');
    const sale = await aSale(app, {
      householdId,
      userId,
      at: '2026-11-19T10:00:00Z',
      periodKey: '2026-W47',
      lines: [{ productId, quantity: 1, amountCents: 800 }],
    });
    await aSale(app, {
      householdId,
      userId,
      at: '2026-11-24T10:00:00Z',
      periodKey: '2026-W48',
      lines: [{ productId, quantity: 1, amountCents: 300 }],
    });
    const before = await loadRuleState(app.db, householdId, app.clock.now(), TZ);
    await aSale(app, {
      householdId,
      userId,
      kind: 'return',
      originalSaleId: sale,
      at: '2026-11-26T09:00:00Z',
      periodKey: '2026-W47',
      lines: [{ productId, quantity: 1, amountCents: 800 }],
    });
    const after = await loadRuleState(app.db, householdId, app.clock.now(), TZ);
    expect(after.spentCents).toBe(before.spentCents);
    expect(after.remainingCents).toBe(before.remainingCents);
    expect(after.usedThisPeriod.week.products[String(productId)]).toBe(1);
    expect(after.visitsThisPeriod).toBe(1);
    const lastWeek = await app.db
      .selectFrom('budget_ledger')
      .select((eb) => eb.fn.sum<number>('amount_cents').as('s'))
      .where('period_key', '=', '2026-W47')
      .executeTakeFirst();
    expect(Number(lastWeek?.s)).toBe(0);
  });

  it.each([
    ['an ordinary Monday', '2026-11-29T23:30:00Z', '2026-W49'],
    ['the Monday after the autumn DST change', '2026-10-25T23:30:00Z', '2026-W44'],
    ['the Monday after the spring DST change', '2026-03-29T22:30:00Z', '2026-W14'],
  ])('a sale at 00:30 local on %s counts in the new week', async (_label, at, week) => {
    const { app, userId, householdId, productId } = await setup(at);
    await aSale(app, {
      householdId,
      userId,
      at,
      periodKey: week,
      lines: [{ productId, quantity: 1, amountCents: 400 }],
    });
    const state = await loadRuleState(app.db, householdId, new Date(new Date(at).getTime() + 3_600_000), TZ);
    expect(state.periodKey).toBe(week);
    expect(state.spentCents).toBe(400);
    expect(state.visitsThisPeriod).toBe(1);
    expect(state.usedThisPeriod.week.products[String(productId)]).toBe(1);
  });

  it('a rule change dated tomorrow leaves today’s figures unchanged', async () => {
    const { app, householdId } = await setup('2026-11-26T10:00:00Z');
    const today = await loadRuleState(app.db, householdId, app.clock.now(), TZ);
    await aRuleSet(app, { effectiveFrom: '2026-11-27', perChild: 600 });
    const stillToday = await loadRuleState(app.db, householdId, app.clock.now(), TZ);
    expect(stillToday.budget).toEqual(today.budget);
    expect(stillToday.remainingCents).toBe(today.remainingCents);
    const tomorrow = await loadRuleState(app.db, householdId, new Date('2026-11-27T10:00:00Z'), TZ);
    expect(tomorrow.budget?.formula.perChildCents).toBe(600);
  });

  it('refuses a third visit in the week and a household without enrolment', async () => {
    const { app, userId, householdId, productId } = await setup('2026-11-26T10:00:00Z');
    for (const at of ['2026-11-24T10:00:00Z', '2026-11-25T10:00:00Z'])
      await aSale(app, {
        householdId,
        userId,
        at,
        periodKey: '2026-W48',
        lines: [{ productId, quantity: 1, amountCents: 100 }],
      });
    const state = await loadRuleState(app.db, householdId, app.clock.now(), TZ);
    expect(decideLine(state, [], item(productId))).toMatchObject({
      ok: false,
      reason: 'visit-limit',
      limit: 2,
      used: 2,
    });
    expect(decideLine(state, [], item(productId), { coordinatorOverride: true })).toMatchObject({ ok: true });
    const stranger = await aHousehold(app, ['1990-01-01']);
    const none = await loadRuleState(app.db, stranger, app.clock.now(), TZ);
    expect(decideLine(none, [], item(productId))).toMatchObject({ ok: false, reason: 'not-eligible' });
  });
});
