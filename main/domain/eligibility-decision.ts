// "Can this household take this item now?" One pure decision per scanned item; refusals are data
// carrying the numbers the cashier's message needs.
import { type Cents, cents } from '../contract/money';
import { type BudgetResult, type BudgetRuleSet, computeBudget, type HouseholdOverride, ruleSetFor } from './budget';
import { DEFAULT_TIME_ZONE, type LocalDate, localDate, type PeriodKey, periodDates, periodKeyOf } from './calendar';
import {
  checkItemLimits,
  checkVisitLimit,
  type ItemLimit,
  type LimitCheck,
  type LimitItem,
  type UnitsUsedByPeriod,
  type VisitCheck,
  type VisitLimit,
} from './limits';

export type EnrolmentStatus = 'not-yet-valid' | 'active' | 'expiring' | 'expired' | 'suspended';

export function isEligible(status: EnrolmentStatus): boolean {
  switch (status) {
    case 'active':
    case 'expiring':
      return true;
    case 'not-yet-valid':
    case 'expired':
    case 'suspended':
      return false;
    default: {
      const unexpected: never = status;
      throw new Error(`unexpected status ${String(unexpected)}`);
    }
  }
}

export interface DecisionHousehold {
  memberBirthDates: readonly LocalDate[];
  status: EnrolmentStatus;
}

export interface ItemLine extends LimitItem {
  /** False for products or categories outside the budget (e.g. donated bread). */
  inBudget: boolean;
  /** Social-price amount of the whole line (quantity included). */
  amountCents: number;
}

export interface CartLine extends ItemLine {
  /** Let through by a coordinator override. */
  overridden?: boolean;
}

export interface BudgetPeriod {
  ruleSet: BudgetRuleSet;
  periodKey: PeriodKey;
  startDate: LocalDate;
  today: LocalDate;
}

/**
 * The budget period the till works in now: the rule set in effect on today's local date decides the
 * period kind. Use its periodKey to sum the period's sales and returns before calling decideItem.
 */
export function budgetPeriodAt(
  ruleSets: readonly BudgetRuleSet[],
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): BudgetPeriod | null {
  const today = localDate(now, timeZone);
  const ruleSet = ruleSetFor(ruleSets, today);
  if (!ruleSet) return null;
  const periodKey = periodKeyOf(ruleSet.period, today);
  const dates = periodDates(periodKey);
  if (!dates) return null;
  return { ruleSet, periodKey, startDate: dates.startDate, today };
}

/**
 * Budget left: budget − spent (sales minus returns of the period) − in-budget lines in the cart.
 * Never below zero, unless an override was used in the period, which is the only way to overspend.
 */
export function remainingBudget(input: {
  budgetCents: number;
  spentCents: number;
  cartCents: number;
  overrideUsed: boolean;
}): Cents {
  const raw = input.budgetCents - input.spentCents - input.cartCents;
  return cents(input.overrideUsed ? raw : Math.max(0, raw));
}

export type Refusal =
  | { ok: false; reason: 'not-eligible'; status: EnrolmentStatus }
  | { ok: false; reason: 'no-rule-set'; date: LocalDate }
  | Exclude<VisitCheck, { ok: true }>
  | Exclude<LimitCheck, { ok: true }>
  | {
      ok: false;
      reason: 'budget-exceeded';
      remainingCents: Cents;
      neededCents: Cents;
      budgetCents: Cents;
      periodKey: PeriodKey;
    };

export type RefusalReason = Refusal['reason'];

export interface Approval {
  ok: true;
  periodKey: PeriodKey;
  budget: BudgetResult;
  /** Budget this item uses (0 for items outside the budget). */
  consumedCents: Cents;
  remainingBeforeCents: Cents;
  /** May be negative only when an override was used. */
  remainingAfterCents: Cents;
  /** Set when a coordinator override let through what would have been this refusal; audit it. */
  overridden: Refusal | null;
}

export type ItemDecision = Approval | Refusal;

export interface DecideItemInput {
  now: Date;
  tz?: string;
  household: DecisionHousehold;
  ruleSets: readonly BudgetRuleSet[];
  override: HouseholdOverride | null;
  /** In-budget sales minus returns booked to the current period (see budgetPeriodAt). */
  spentThisPeriodCents: number;
  /** An override was used earlier in this period (ledger entries marked overridden). */
  overrideUsedThisPeriod?: boolean;
  /** Lines already in this visit. */
  cart: readonly CartLine[];
  item: ItemLine;
  itemLimits: readonly ItemLimit[];
  usedThisPeriod: UnitsUsedByPeriod;
  /** Earlier visits in the visit limit's period, not counting this one. */
  visitsThisPeriod: number;
  visitLimit: VisitLimit | null;
  /** A coordinator's PIN and reason were verified: limit and budget refusals become approvals. */
  coordinatorOverride?: boolean;
}

/** Order: eligibility, rule set, visit limit, item limits, budget. Not-eligible cannot be overridden. */
export function decideItem(input: DecideItemInput): ItemDecision {
  const { household } = input;
  if (!isEligible(household.status)) return { ok: false, reason: 'not-eligible', status: household.status };
  const period = budgetPeriodAt(input.ruleSets, input.now, input.tz ?? DEFAULT_TIME_ZONE);
  if (!period) return { ok: false, reason: 'no-rule-set', date: localDate(input.now, input.tz ?? DEFAULT_TIME_ZONE) };

  const budget = computeBudget(household.memberBirthDates, period.ruleSet, period.startDate, input.override);
  const overrideUsed = input.overrideUsedThisPeriod === true || input.cart.some((line) => line.overridden === true);
  const cartCents = input.cart.filter((line) => line.inBudget).reduce((sum, line) => sum + line.amountCents, 0);
  const remainingBefore = remainingBudget({
    budgetCents: budget.amountCents,
    spentCents: input.spentThisPeriodCents,
    cartCents,
    overrideUsed,
  });
  const consumed = cents(input.item.inBudget ? input.item.amountCents : 0);

  const refusal = firstRefusal(input, period, budget, remainingBefore, consumed);
  if (refusal && !(input.coordinatorOverride === true && refusal.reason !== 'not-eligible')) return refusal;
  // Without a refusal the item fits, so this stays ≥ 0 unless an override already overspent.
  const remainingAfter = remainingBefore - consumed;
  return {
    ok: true,
    periodKey: period.periodKey,
    budget,
    consumedCents: consumed,
    remainingBeforeCents: remainingBefore,
    remainingAfterCents: cents(remainingAfter),
    overridden: refusal,
  };
}

function firstRefusal(
  input: DecideItemInput,
  period: BudgetPeriod,
  budget: BudgetResult,
  remainingBefore: Cents,
  consumed: Cents,
): Refusal | null {
  const visit = checkVisitLimit(input.visitLimit, input.visitsThisPeriod);
  if (!visit.ok) return visit;
  const limits = checkItemLimits({
    limits: input.itemLimits,
    item: input.item,
    cart: input.cart,
    usedThisPeriod: input.usedThisPeriod,
    birthDates: input.household.memberBirthDates,
    onDate: period.today,
  });
  if (!limits.ok) return limits;
  if (consumed > 0 && consumed > remainingBefore) {
    return {
      ok: false,
      reason: 'budget-exceeded',
      remainingCents: cents(Math.max(0, remainingBefore)),
      neededCents: consumed,
      budgetCents: budget.amountCents,
      periodKey: period.periodKey,
    };
  }
  return null;
}
