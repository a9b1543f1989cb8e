// The till's view of a household's rules: loaded once per card scan (a handful of indexed queries),
// after which every scanned item is decided by the pure decideItem without touching the database.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Language } from '../../contract/money';
import {
  type BudgetResult,
  type BudgetRuleSet,
  computeBudget,
  explainBudget,
  type HouseholdOverride,
} from '../../domain/budget';
import { localDate, localDateTimeToUtc, mondayOf, monthKeyOf, periodKeyOf, weekKeyOf } from '../../domain/calendar';
import {
  budgetPeriodAt,
  type CartLine,
  decideItem,
  type EnrolmentStatus,
  type ItemDecision,
  type ItemLine,
  remainingBudget,
} from '../../domain/eligibility-decision';
import {
  type ItemLimit,
  type UnitLedgerEntry,
  type UnitsUsedByPeriod,
  unitsUsedByPeriod,
  type VisitLimit,
} from '../../domain/limits';
import { loadRuleRows, type RecentLine } from './rule-state-queries';

export interface HouseholdRuleState {
  householdId: number;
  now: Date;
  tz: string;
  today: string;
  status: EnrolmentStatus;
  birthDates: string[];
  ruleSetId: number | null;
  ruleSets: BudgetRuleSet[];
  override: HouseholdOverride | null;
  periodKey: string | null;
  budget: BudgetResult | null;
  spentCents: number;
  remainingCents: number;
  overrideUsed: boolean;
  visitsThisPeriod: number;
  visitLimit: VisitLimit | null;
  itemLimits: ItemLimit[];
  usedThisPeriod: UnitsUsedByPeriod;
}

/** Earliest local date whose sales may count now: the Monday of this week or the 1st of this month. */
function countingSince(today: string): string {
  const monday = mondayOf(today);
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  return monday < firstOfMonth ? monday : firstOfMonth;
}

function unitEntries(lines: readonly RecentLine[]): UnitLedgerEntry[] {
  const entries: UnitLedgerEntry[] = [];
  for (const line of lines) {
    if (line.productId === null) continue;
    entries.push({
      weekKey: weekKeyOf(line.countsOn),
      monthKey: monthKeyOf(line.countsOn),
      productId: line.productId,
      categoryId: line.categoryId,
      quantity: line.quantity,
      kind: line.kind,
    });
  }
  return entries;
}

export async function loadRuleState(
  db: Kysely<DB>,
  householdId: number,
  now: Date,
  tz: string,
): Promise<HouseholdRuleState> {
  const today = localDate(now, tz);
  const since = localDateTimeToUtc(countingSince(today), '00:00', tz);
  const { status, birthDates, ruleSets, override, itemLimits, lines, spent, visitLimits } = await loadRuleRows(db, {
    householdId,
    today,
    since,
    periodKeys: [weekKeyOf(today), monthKeyOf(today)],
    tz,
  });
  const usedThisPeriod = unitsUsedByPeriod(unitEntries(lines), {
    weekKey: weekKeyOf(today),
    monthKey: monthKeyOf(today),
  });
  const period = budgetPeriodAt(ruleSets, now, tz);
  if (!period) {
    return {
      householdId,
      now,
      tz,
      today,
      status,
      birthDates,
      ruleSetId: null,
      ruleSets,
      override,
      periodKey: null,
      budget: null,
      spentCents: 0,
      remainingCents: 0,
      overrideUsed: false,
      visitsThisPeriod: 0,
      visitLimit: null,
      itemLimits,
      usedThisPeriod,
    };
  }
  const ruleSetId = Number(period.ruleSet.id);
  const spentCents = spent.get(period.periodKey) ?? 0;
  const maxVisits = visitLimits.get(period.ruleSet.id) ?? null;
  const inPeriod = (line: RecentLine): boolean =>
    periodKeyOf(period.ruleSet.period, line.countsOn) === period.periodKey;
  const overrideUsed = lines.some((line) => line.overridden && line.inBudget && line.kind === 'sale' && inPeriod(line));
  const visitSales = new Set(lines.filter((line) => line.kind === 'sale' && inPeriod(line)).map((line) => line.saleId));
  const budget = computeBudget(birthDates, period.ruleSet, period.startDate, override);
  return {
    householdId,
    now,
    tz,
    today,
    status,
    birthDates,
    ruleSetId,
    ruleSets,
    override,
    periodKey: period.periodKey,
    budget,
    spentCents,
    remainingCents: remainingBudget({ budgetCents: budget.amountCents, spentCents, cartCents: 0, overrideUsed }),
    overrideUsed,
    visitsThisPeriod: visitSales.size,
    visitLimit: maxVisits === null ? null : { maxVisits, period: period.ruleSet.period },
    itemLimits,
    usedThisPeriod,
  };
}

/** The budget formula in the user's language, e.g. `€ 15 + 2 × € 7,50 = € 30`; '' without a rule set. */
export function explainFor(state: HouseholdRuleState, lang: Language): string {
  return state.budget ? explainBudget(state.budget, lang) : '';
}

/** One scanned item against the loaded state and the lines already in this visit. Pure. */
export function decideLine(
  state: HouseholdRuleState,
  cart: CartLine[],
  item: ItemLine,
  options: { coordinatorOverride?: boolean } = {},
): ItemDecision {
  return decideItem({
    now: state.now,
    tz: state.tz,
    household: { memberBirthDates: state.birthDates, status: state.status },
    ruleSets: state.ruleSets,
    override: state.override,
    spentThisPeriodCents: state.spentCents,
    overrideUsedThisPeriod: state.overrideUsed,
    cart,
    item,
    itemLimits: state.itemLimits,
    usedThisPeriod: state.usedThisPeriod,
    visitsThisPeriod: state.visitsThisPeriod,
    visitLimit: state.visitLimit,
    ...(options.coordinatorOverride === undefined ? {} : { coordinatorOverride: options.coordinatorOverride }),
  });
}
