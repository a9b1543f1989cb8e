// Rule simulator: the effect of a rule-set change on today's enrolled households, before saving it.
//
// Monthly equivalent: a month rule counts once; a week rule counts once for every week whose Monday
// falls in the month (4 or 5 weeks), because that is the week's budget the household actually gets
// in that month under our period keys (a week belongs to the period that starts on its Monday).
import { type Cents, cents } from '../contract/money';
import { type BudgetRuleSet, computeBudget } from './budget';
import { addDays, isoWeekday, type LocalDate, monthKeyOf, periodDates } from './calendar';

export type HouseholdSizeBand = '1' | '2' | '3' | '4' | '5+';
export const householdSizeBands: readonly HouseholdSizeBand[] = ['1', '2', '3', '4', '5+'];

export interface SimulatedHousehold {
  memberBirthDates: readonly LocalDate[];
}

export interface BandTotals {
  band: HouseholdSizeBand;
  households: number;
  oldMonthlyCents: Cents;
  newMonthlyCents: Cents;
}

export interface SimulationResult {
  /** The month simulated ('2026-11'): the month containing `today`. */
  monthKey: string;
  households: number;
  oldMonthlyCents: Cents;
  newMonthlyCents: Cents;
  /** Always five bands, in order, including empty ones. */
  bands: readonly BandTotals[];
}

export function bandOf(memberCount: number): HouseholdSizeBand {
  if (memberCount <= 1) return '1';
  if (memberCount === 2) return '2';
  if (memberCount === 3) return '3';
  if (memberCount === 4) return '4';
  return '5+';
}

/** Mondays in the month of `date` (4 or 5): how many week budgets the month holds. */
export function mondaysInMonth(date: LocalDate): number {
  const dates = periodDates(monthKeyOf(date));
  if (!dates) return 0;
  let count = 0;
  for (let day = dates.startDate; day < dates.endDateExclusive; day = addDays(day, 1)) {
    if (isoWeekday(day) === 1) count += 1;
  }
  return count;
}

/** A household's budget per month under a rule set, ages taken on `today`; overrides are ignored. */
export function monthlyEquivalent(
  memberBirthDates: readonly LocalDate[],
  ruleSet: BudgetRuleSet,
  today: LocalDate,
  /** Mondays in today's month, when the caller has counted them already (thousands of households). */
  weeksInMonth: number = mondaysInMonth(today),
): Cents {
  return cents(computeBudget(memberBirthDates, ruleSet, today).amountCents * periodsPerMonth(ruleSet, weeksInMonth));
}

function periodsPerMonth(ruleSet: BudgetRuleSet, weeksInMonth: number): number {
  switch (ruleSet.period) {
    case 'month':
      return 1;
    case 'week':
      return weeksInMonth;
    default: {
      const unexpected: never = ruleSet.period;
      throw new Error(`unexpected period ${String(unexpected)}`);
    }
  }
}

export function simulateRuleChange(input: {
  households: readonly SimulatedHousehold[];
  /** Null before the shop's first rule set: households get nothing yet, so "old" is zero. */
  oldRuleSet: BudgetRuleSet | null;
  newRuleSet: BudgetRuleSet;
  today: LocalDate;
}): SimulationResult {
  const bands = new Map<HouseholdSizeBand, { households: number; old: number; new: number }>(
    householdSizeBands.map((band) => [band, { households: 0, old: 0, new: 0 }]),
  );
  let oldTotal = 0;
  let newTotal = 0;
  const weeks = mondaysInMonth(input.today);
  for (const household of input.households) {
    const oldAmount = input.oldRuleSet
      ? monthlyEquivalent(household.memberBirthDates, input.oldRuleSet, input.today, weeks)
      : 0;
    const newAmount = monthlyEquivalent(household.memberBirthDates, input.newRuleSet, input.today, weeks);
    oldTotal += oldAmount;
    newTotal += newAmount;
    const totals = bands.get(bandOf(household.memberBirthDates.length));
    if (totals) {
      totals.households += 1;
      totals.old += oldAmount;
      totals.new += newAmount;
    }
  }
  return {
    monthKey: monthKeyOf(input.today),
    households: input.households.length,
    oldMonthlyCents: cents(oldTotal),
    newMonthlyCents: cents(newTotal),
    bands: householdSizeBands.map((band) => {
      const totals = bands.get(band) ?? { households: 0, old: 0, new: 0 };
      return {
        band,
        households: totals.households,
        oldMonthlyCents: cents(totals.old),
        newMonthlyCents: cents(totals.new),
      };
    }),
  };
}
