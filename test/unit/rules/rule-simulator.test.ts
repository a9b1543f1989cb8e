// The coordinator's rule simulator (main/domain/rule-simulator): old vs proposed totals per month and
// per household-size band. (appointments-simulator.test.ts has one example; these are the properties.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetRuleSet } from '../../../main/domain/budget';
import { addDays } from '../../../main/domain/calendar';
import { bandOf, mondaysInMonth, simulateRuleChange } from '../../../main/domain/rule-simulator';

const current: BudgetRuleSet = {
  id: '1',
  effectiveFrom: '2026-01-01',
  period: 'week',
  baseCents: 1500,
  perAdultCents: 750,
  perChildCents: 500,
  childAgeLimit: 18,
  capCents: null,
};

const birthArb = fc.integer({ min: 0, max: 30000 }).map((days) => addDays('1940-01-01', days));
const householdsArb = fc.array(fc.record({ memberBirthDates: fc.array(birthArb, { minLength: 1, maxLength: 8 }) }), {
  maxLength: 40,
});
const todayArb = fc.integer({ min: 0, max: 1500 }).map((days) => addDays('2025-01-01', days));

describe('rule simulator', () => {
  it('puts households in the bands 1, 2, 3, 4 and 5+ persons', () => {
    expect([1, 2, 3, 4, 5, 9].map(bandOf)).toEqual(['1', '2', '3', '4', '5+', '5+']);
  });

  it('counts a month rule once and a week rule once per Monday of the month', () => {
    const single = [{ memberBirthDates: ['1980-01-01'] }];
    const monthly = { ...current, period: 'month' as const };
    // February 2027 has 4 Mondays, March 2027 has 5.
    const feb = simulateRuleChange({
      households: single,
      oldRuleSet: monthly,
      newRuleSet: current,
      today: '2027-02-10',
    });
    expect(feb).toMatchObject({ monthKey: '2027-02', oldMonthlyCents: 2250, newMonthlyCents: 2250 * 4 });
    const mar = simulateRuleChange({
      households: single,
      oldRuleSet: monthly,
      newRuleSet: current,
      today: '2027-03-10',
    });
    expect(mar.newMonthlyCents).toBe(2250 * 5);
  });

  it('takes ages on today: a child turning 18 today counts as an adult', () => {
    const family = [{ memberBirthDates: ['1980-01-01', '2008-11-29', '2008-11-30'] }];
    const result = simulateRuleChange({
      households: family,
      oldRuleSet: { ...current, period: 'month' },
      newRuleSet: { ...current, period: 'month', perChildCents: 600 },
      today: '2026-11-29',
    });
    // 2 adults, 1 child: only one child's € 1 more.
    expect(result.newMonthlyCents - result.oldMonthlyCents).toBe(100);
  });

  it('has old totals of zero before the shop has any rule set', () => {
    const result = simulateRuleChange({
      households: [{ memberBirthDates: ['1980-01-01'] }],
      oldRuleSet: null,
      newRuleSet: { ...current, period: 'month' },
      today: '2026-11-29',
    });
    expect(result).toMatchObject({ households: 1, oldMonthlyCents: 0, newMonthlyCents: 2250 });
  });

  it('property: bands add up to the totals, and every household is in exactly one band', () => {
    fc.assert(
      fc.property(householdsArb, todayArb, fc.nat(2000), (households, today, perChild) => {
        const result = simulateRuleChange({
          households,
          oldRuleSet: current,
          newRuleSet: { ...current, perChildCents: perChild, capCents: 6000 },
          today,
        });
        const sum = (pick: (b: (typeof result.bands)[number]) => number) =>
          result.bands.reduce((total, band) => total + pick(band), 0);
        expect(result.bands.map((b) => b.band)).toEqual(['1', '2', '3', '4', '5+']);
        expect(sum((b) => b.households)).toBe(households.length);
        expect(sum((b) => b.oldMonthlyCents)).toBe(result.oldMonthlyCents);
        expect(sum((b) => b.newMonthlyCents)).toBe(result.newMonthlyCents);
      }),
    );
  });

  it('property: without a cap, a per-child change moves the total by children × change × weeks', () => {
    fc.assert(
      fc.property(householdsArb, todayArb, fc.integer({ min: -500, max: 2000 }), (households, today, delta) => {
        const result = simulateRuleChange({
          households,
          oldRuleSet: current,
          newRuleSet: { ...current, perChildCents: current.perChildCents + delta },
          today,
        });
        // A child is younger than 18 on today: born after today's date 18 years ago.
        const children = households
          .flatMap((h) => h.memberBirthDates)
          .filter((birth) => birth > `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`).length;
        // `+ 0` turns a -0 (no children, negative change) into 0.
        expect(result.newMonthlyCents - result.oldMonthlyCents).toBe(children * delta * mondaysInMonth(today) + 0);
      }),
    );
  });
});
