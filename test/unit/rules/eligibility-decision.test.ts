import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetRuleSet } from '../../../main/domain/budget';
import {
  type CartLine,
  type DecideItemInput,
  decideItem,
  remainingBudget,
} from '../../../main/domain/eligibility-decision';
import type { ItemLimit, UnitsUsedByPeriod } from '../../../main/domain/limits';

const ruleSet: BudgetRuleSet = {
  id: 'r1',
  effectiveFrom: '2026-01-01',
  period: 'week',
  baseCents: 1500,
  perAdultCents: 750,
  perChildCents: 500,
  childAgeLimit: 18,
  capCents: 6000,
};
const noneUsed: UnitsUsedByPeriod = {
  week: { products: {}, categories: {} },
  month: { products: {}, categories: {} },
};
const oil: ItemLimit = {
  id: 'oil',
  target: { kind: 'category', categoryId: 'oil' },
  perVisit: null,
  perPeriod: 2,
  period: 'week',
  scaling: 'household',
  requiresChildUnderYears: null,
};
const nappies: ItemLimit = {
  id: 'nappies',
  target: { kind: 'product', productId: 'nappies' },
  perVisit: 1,
  perPeriod: null,
  period: 'week',
  scaling: 'per-child',
  requiresChildUnderYears: 3,
};

// 2026-11-24 10:00 Brussels; household of 2 adults + 1 child: budget € 35.
const base: DecideItemInput = {
  now: new Date('2026-11-24T09:00:00Z'),
  household: { memberBirthDates: ['1980-01-01', '1981-01-01', '2015-01-01'], status: 'active' },
  ruleSets: [ruleSet],
  override: null,
  spentThisPeriodCents: 0,
  cart: [],
  item: { productId: 'rice', categoryId: 'dry', inBudget: true, amountCents: 250, quantity: 1 },
  itemLimits: [oil, nappies],
  usedThisPeriod: noneUsed,
  visitsThisPeriod: 0,
  visitLimit: { maxVisits: 1, period: 'week' },
};

describe('decideItem', () => {
  it('approves with the remaining budget after the item', () => {
    expect(decideItem(base)).toMatchObject({
      ok: true,
      periodKey: '2026-W48',
      remainingBeforeCents: 3500,
      remainingAfterCents: 3250,
      overridden: null,
    });
  });

  it('refuses over budget with the numbers, and lets items outside the budget through', () => {
    const input = { ...base, spentThisPeriodCents: 3400 };
    expect(decideItem(input)).toEqual({
      ok: false,
      reason: 'budget-exceeded',
      remainingCents: 100,
      neededCents: 250,
      budgetCents: 3500,
      periodKey: '2026-W48',
    });
    expect(decideItem({ ...input, item: { ...input.item, inBudget: false } })).toMatchObject({
      ok: true,
      consumedCents: 0,
      remainingAfterCents: 100,
    });
  });

  it('refuses households that are not eligible, even with a coordinator override', () => {
    const household = { ...base.household, status: 'expired' as const };
    expect(decideItem({ ...base, household, coordinatorOverride: true })).toEqual({
      ok: false,
      reason: 'not-eligible',
      status: 'expired',
    });
  });

  it('applies item limits per period, counting the cart', () => {
    const item = { productId: 'olive', categoryId: 'oil', inBudget: true, amountCents: 300, quantity: 1 };
    const cart: CartLine[] = [{ ...item }];
    const used = { ...noneUsed, week: { products: {}, categories: { oil: 1 } } };
    expect(decideItem({ ...base, item, cart, usedThisPeriod: used })).toEqual({
      ok: false,
      reason: 'item-limit',
      limitId: 'oil',
      target: oil.target,
      scope: 'period',
      limit: 2,
      used: 2,
      requested: 1,
    });
  });

  it('restricts nappies to households with a child under 3 and scales per child', () => {
    const item = { productId: 'nappies', categoryId: 'baby', inBudget: true, amountCents: 500, quantity: 1 };
    expect(decideItem({ ...base, item })).toMatchObject({ ok: false, reason: 'age-restricted', childUnderYears: 3 });
    const household = { ...base.household, memberBirthDates: ['1980-01-01', '2025-01-01', '2024-06-01'] };
    expect(decideItem({ ...base, household, item, cart: [{ ...item }] })).toMatchObject({ ok: true });
    expect(decideItem({ ...base, household, item, cart: [{ ...item }, { ...item }] })).toMatchObject({
      ok: false,
      reason: 'item-limit',
      scope: 'visit',
      limit: 2,
    });
  });

  it('refuses a second visit in the week', () => {
    expect(decideItem({ ...base, visitsThisPeriod: 1 })).toMatchObject({ ok: false, reason: 'visit-limit', limit: 1 });
  });

  it('a coordinator override lets one line through and records what it overrode', () => {
    const decision = decideItem({ ...base, spentThisPeriodCents: 3400, coordinatorOverride: true });
    expect(decision).toMatchObject({ ok: true, remainingAfterCents: -150, overridden: { reason: 'budget-exceeded' } });
  });

  it('property: the remaining budget is never below zero without an override', () => {
    const itemArb = fc.record({
      productId: fc.constantFrom('rice', 'olive', 'bread'),
      categoryId: fc.constantFrom('dry', 'oil', 'bakery'),
      inBudget: fc.boolean(),
      amountCents: fc.nat(5000),
      quantity: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.nat(8000), fc.array(itemArb, { maxLength: 30 }), (spent, items) => {
        const cart: CartLine[] = [];
        for (const item of items) {
          const decision = decideItem({ ...base, spentThisPeriodCents: spent, cart, item });
          if (decision.ok) {
            expect(decision.remainingAfterCents).toBeGreaterThanOrEqual(0);
            cart.push(item);
          }
          const cartCents = cart.filter((line) => line.inBudget).reduce((sum, line) => sum + line.amountCents, 0);
          // remainingBudget clamps at zero, so check the sums themselves: what was let through fits the
          // budget, and nothing in-budget gets through once an earlier override overspent it.
          if (spent <= 3500) expect(spent + cartCents).toBeLessThanOrEqual(3500);
          else expect(cartCents).toBe(0);
          expect(remainingBudget({ budgetCents: 3500, spentCents: spent, cartCents, overrideUsed: false })).toBe(
            Math.max(0, 3500 - spent - cartCents),
          );
        }
      }),
    );
  });
});

describe('decideItem and rule changes', () => {
  it('property: a rule change dated tomorrow leaves today’s decision unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.nat(4000), fc.nat(3000), (day, spent, amount) => {
        const now = new Date(Date.UTC(2026, 0, 2, 9) + day * 86_400_000);
        const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
        const input = { ...base, now, spentThisPeriodCents: spent, item: { ...base.item, amountCents: amount } };
        const changed = {
          ...ruleSet,
          id: 'r2',
          effectiveFrom: tomorrow,
          perChildCents: 9000,
          period: 'month' as const,
        };
        expect(decideItem({ ...input, ruleSets: [ruleSet, changed] })).toEqual(decideItem(input));
      }),
    );
  });
});
