// Household budgets from versioned rule sets. Rule sets are data; a change applies from its
// effectiveFrom date on, so figures for earlier dates never move.
import { z } from 'zod';
import { type Cents, cents, type Language, localeOf } from '../contract/money';
import { ageOn, type LocalDate, type PeriodKind } from './calendar';

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const budgetRuleSetSchema = z.object({
  id: z.string().min(1),
  effectiveFrom: localDateSchema,
  period: z.enum(['week', 'month']),
  baseCents: z.number().int().nonnegative(),
  perAdultCents: z.number().int().nonnegative(),
  perChildCents: z.number().int().nonnegative(),
  /** Members younger than this (in whole years) are children. */
  childAgeLimit: z.number().int().positive().default(18),
  capCents: z.number().int().nonnegative().nullable(),
});
export type BudgetRuleSet = z.output<typeof budgetRuleSetSchema>;

export const householdOverrideSchema = z.object({
  amountCents: z.number().int().nonnegative(),
  reason: z.string().min(1),
  /** Last local date the override is valid (inclusive). */
  until: localDateSchema,
});
export type HouseholdOverride = z.output<typeof householdOverrideSchema>;

/**
 * The rule set in effect on a local date: the latest effectiveFrom not after the date.
 * Two sets with the same date: the later one in the list wins (it was saved later). Null before any.
 */
export function ruleSetFor(ruleSets: readonly BudgetRuleSet[], date: LocalDate): BudgetRuleSet | null {
  let chosen: BudgetRuleSet | null = null;
  for (const ruleSet of ruleSets) {
    if (ruleSet.effectiveFrom > date) continue;
    if (!chosen || ruleSet.effectiveFrom >= chosen.effectiveFrom) chosen = ruleSet;
  }
  return chosen;
}

/** An override counts for a period when it is still valid on the period's first day. */
export function overrideApplies(override: HouseholdOverride | null | undefined, onDate: LocalDate): boolean {
  return override != null && override.until >= onDate;
}

export interface BudgetFormula {
  baseCents: Cents;
  adults: number;
  perAdultCents: Cents;
  children: number;
  perChildCents: Cents;
  /** base + adults × perAdult + children × perChild, before the cap. */
  uncappedCents: Cents;
  capCents: Cents | null;
}

export interface BudgetResult {
  /** What the household may spend in the period. */
  amountCents: Cents;
  period: PeriodKind;
  ruleSetId: string;
  adults: number;
  children: number;
  capped: boolean;
  formula: BudgetFormula;
  /** Set when a household override replaced the formula's amount. */
  override: HouseholdOverride | null;
}

export function countMembers(
  birthDates: readonly LocalDate[],
  childAgeLimit: number,
  onDate: LocalDate,
): { adults: number; children: number } {
  let children = 0;
  for (const birthDate of birthDates) if (ageOn(birthDate, onDate) < childAgeLimit) children += 1;
  return { adults: birthDates.length - children, children };
}

/**
 * A household's budget for the period starting on periodStartDate. Ages are taken on that first day,
 * so a birthday mid-period does not change the budget halfway through.
 */
export function computeBudget(
  birthDates: readonly LocalDate[],
  ruleSet: BudgetRuleSet,
  periodStartDate: LocalDate,
  override?: HouseholdOverride | null,
): BudgetResult {
  const { adults, children } = countMembers(birthDates, ruleSet.childAgeLimit, periodStartDate);
  const uncapped = ruleSet.baseCents + adults * ruleSet.perAdultCents + children * ruleSet.perChildCents;
  const capped = ruleSet.capCents !== null && uncapped > ruleSet.capCents;
  const formulaAmount = capped && ruleSet.capCents !== null ? ruleSet.capCents : uncapped;
  const activeOverride = override && overrideApplies(override, periodStartDate) ? override : null;
  return {
    amountCents: cents(activeOverride ? activeOverride.amountCents : formulaAmount),
    period: ruleSet.period,
    ruleSetId: ruleSet.id,
    adults,
    children,
    capped,
    formula: {
      baseCents: cents(ruleSet.baseCents),
      adults,
      perAdultCents: cents(ruleSet.perAdultCents),
      children,
      perChildCents: cents(ruleSet.perChildCents),
      uncappedCents: cents(uncapped),
      capCents: ruleSet.capCents === null ? null : cents(ruleSet.capCents),
    },
    override: activeOverride,
  };
}

const shortFormatters = new Map<string, Intl.NumberFormat>();

/** Money for explanations: `€ 15` for whole euros, `€ 7,50` otherwise (Intl per language). */
export function formatMoneyShort(amount: number, lang: Language): string {
  const whole = amount % 100 === 0;
  const key = `${lang}:${whole}`;
  let formatter = shortFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(lang), {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    });
    shortFormatters.set(key, formatter);
  }
  return formatter.format(amount / 100);
}

const capWords: Record<Language, (cap: string) => string> = {
  nl: (cap) => `max. ${cap}`,
  fr: (cap) => `max ${cap}`,
  en: (cap) => `capped at ${cap}`,
};

const overrideWords: Record<Language, string> = {
  nl: 'aangepast budget',
  fr: 'budget adapté',
  en: 'budget override',
};

/**
 * `€ 15 + 2 × € 7,50 + 3 × € 5 = € 45` (nl); with a cap `… = € 65 → max. € 60`.
 * Zero terms are left out. With an override: `€ 80 (aangepast budget: <reason>)`.
 * Intl's spaces (no-break) are kept; compare after normalising whitespace.
 */
export function explainBudget(result: BudgetResult, lang: Language): string {
  const money = (amount: number): string => formatMoneyShort(amount, lang);
  if (result.override) {
    return `${money(result.amountCents)} (${overrideWords[lang]}: ${result.override.reason})`;
  }
  const { formula } = result;
  const terms: string[] = [];
  if (formula.baseCents > 0) terms.push(money(formula.baseCents));
  if (formula.adults > 0 && formula.perAdultCents > 0)
    terms.push(`${formula.adults} × ${money(formula.perAdultCents)}`);
  if (formula.children > 0 && formula.perChildCents > 0) {
    terms.push(`${formula.children} × ${money(formula.perChildCents)}`);
  }
  const sum = terms.length === 0 ? money(0) : `${terms.join(' + ')} = ${money(formula.uncappedCents)}`;
  if (result.capped && formula.capCents !== null) return `${sum} → ${capWords[lang](money(formula.capCents))}`;
  return sum;
}
