import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BudgetRuleSet, computeBudget, explainBudget, ruleSetFor } from '../../../main/domain/budget';
import { type BudgetLedgerEntry, returnEntryFor, spentByPeriod } from '../../../main/domain/budget-ledger';
import { addDays } from '../../../main/domain/calendar';

const weekly: BudgetRuleSet = {
  id: 'r1',
  effectiveFrom: '2026-01-01',
  period: 'week',
  baseCents: 1500,
  perAdultCents: 750,
  perChildCents: 500,
  childAgeLimit: 18,
  capCents: 6000,
};

const plain = (text: string): string => text.replace(/\s/g, ' ');
// Two adults, three children on 2026-11-23.
const family = ['1980-05-01', '1982-02-02', '2010-01-01', '2014-06-06', '2020-03-03'];

describe('budget', () => {
  it('computes and explains the issue example in Dutch', () => {
    const result = computeBudget(family, weekly, '2026-11-23');
    expect(result).toMatchObject({ amountCents: 4500, adults: 2, children: 3, capped: false });
    expect(plain(explainBudget(result, 'nl'))).toBe('€ 15 + 2 × € 7,50 + 3 × € 5 = € 45');
    expect(plain(explainBudget(result, 'fr'))).toBe('15 € + 2 × 7,50 € + 3 × 5 € = 45 €');
    expect(plain(explainBudget(result, 'en'))).toBe('€15 + 2 × €7.50 + 3 × €5 = €45');
  });

  it('caps and says so', () => {
    const big = [...family, '2016-01-01', '2018-01-01', '2019-01-01', '2021-01-01'];
    const result = computeBudget(big, weekly, '2026-11-23');
    expect(result).toMatchObject({ amountCents: 6000, capped: true });
    expect(plain(explainBudget(result, 'nl'))).toBe('€ 15 + 2 × € 7,50 + 7 × € 5 = € 65 → max. € 60');
    expect(plain(explainBudget(result, 'fr'))).toBe('15 € + 2 × 7,50 € + 7 × 5 € = 65 € → max 60 €');
    expect(plain(explainBudget(result, 'en'))).toBe('€15 + 2 × €7.50 + 7 × €5 = €65 → capped at €60');
  });

  it('omits zero terms and honours the child age limit', () => {
    const noBase = { ...weekly, baseCents: 0, childAgeLimit: 12 };
    const result = computeBudget(['1980-01-01', '2010-01-01'], noBase, '2026-11-23');
    expect(result).toMatchObject({ adults: 2, children: 0 });
    expect(plain(explainBudget(result, 'nl'))).toBe('2 × € 7,50 = € 15');
  });

  it('applies a household override while valid', () => {
    const override = { amountCents: 8000, reason: 'medisch dieet', until: '2026-12-31' };
    expect(computeBudget(family, weekly, '2026-11-23', override).amountCents).toBe(8000);
    expect(plain(explainBudget(computeBudget(family, weekly, '2026-11-23', override), 'nl'))).toBe(
      '€ 80 (aangepast budget: medisch dieet)',
    );
    expect(computeBudget(family, weekly, '2027-01-04', override)).toMatchObject({ amountCents: 4500, override: null });
  });

  it('property: a rule change dated tomorrow leaves today’s figures unchanged', () => {
    const ruleArb = fc.record({
      baseCents: fc.nat(5000),
      perAdultCents: fc.nat(2000),
      perChildCents: fc.nat(2000),
      capCents: fc.option(fc.nat(10000), { nil: null }),
      period: fc.constantFrom('week' as const, 'month' as const),
    });
    const todayArb = fc.integer({ min: 0, max: 3000 }).map((days) => addDays('2025-01-01', days));
    const birthArb = fc.array(
      fc.integer({ min: 0, max: 30000 }).map((days) => addDays('1940-01-01', days)),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(ruleArb, ruleArb, todayArb, birthArb, (oldRule, newRule, today, births) => {
        const old: BudgetRuleSet = { ...oldRule, id: 'old', effectiveFrom: '2024-01-01', childAgeLimit: 18 };
        const next: BudgetRuleSet = { ...newRule, id: 'new', effectiveFrom: addDays(today, 1), childAgeLimit: 18 };
        const before = ruleSetFor([old], today);
        const after = ruleSetFor([old, next], today);
        expect(after).toEqual(before);
        expect(ruleSetFor([next, old], today)).toEqual(before);
        expect(ruleSetFor([old, next], addDays(today, 1))?.id).toBe('new');
        if (before && after) expect(computeBudget(births, after, today)).toEqual(computeBudget(births, before, today));
      }),
    );
  });
});

describe('budget ledger', () => {
  it('books a return to the period of its sale', () => {
    const entries: BudgetLedgerEntry[] = [{ periodKey: '2026-W47', amountCents: 1200, saleId: 's1', kind: 'sale' }];
    const back = returnEntryFor(entries, 's1', 500);
    expect(back).toEqual({
      ok: true,
      entry: { periodKey: '2026-W47', amountCents: 500, saleId: 's1', kind: 'return' },
    });
    if (back.ok) expect(spentByPeriod([...entries, back.entry]).get('2026-W47')).toBe(700);
    expect(returnEntryFor(entries, 's1', 1300)).toMatchObject({ ok: false, reason: 'return-exceeds-sale' });
    expect(returnEntryFor(entries, 'nope')).toMatchObject({ ok: false, reason: 'sale-not-found' });
  });

  it('property: a return restores exactly what its sale used, to the period of that sale', () => {
    const periodArb = fc.constantFrom('2026-W46', '2026-W47', '2026-W48', '2026-11', '2026-12');
    const salesArb = fc.uniqueArray(
      fc.record({ saleId: fc.uuid(), periodKey: periodArb, amountCents: fc.nat(100_000) }),
      { selector: (sale) => sale.saleId, minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(salesArb, fc.nat(), (sales, pick) => {
        const entries: BudgetLedgerEntry[] = sales.map((sale) => ({ ...sale, kind: 'sale' }));
        const target = sales[pick % sales.length];
        if (!target) return;
        const before = spentByPeriod(entries);
        const back = returnEntryFor(entries, target.saleId);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.entry.periodKey).toBe(target.periodKey);
        const after = spentByPeriod([...entries, back.entry]);
        for (const [key, spent] of before) {
          const expected = key === target.periodKey ? spent - target.amountCents : spent;
          expect(after.get(key)).toBe(expected);
        }
        // Nothing left to return.
        const again = returnEntryFor([...entries, back.entry], target.saleId, 1);
        expect(again.ok).toBe(false);
      }),
    );
  });
});
