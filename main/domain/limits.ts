// Item limits (units of a product or category per visit and/or per period) and visit limits.
import { ageOn, type LocalDate, type PeriodKind } from './calendar';

export type LimitTarget = { kind: 'product'; productId: string } | { kind: 'category'; categoryId: string };

/** How a limit grows with the household: 'household' = as written, 'per-person' = × members, etc. */
export type LimitScaling = 'household' | 'per-person' | 'per-adult' | 'per-child';

export interface ItemLimit {
  id: string;
  target: LimitTarget;
  /** Units per visit; null = no per-visit cap. */
  perVisit: number | null;
  /** Units per period; null = no per-period cap. */
  perPeriod: number | null;
  period: PeriodKind;
  scaling: LimitScaling;
  /** Children are members younger than this (for 'per-child'); default 18. */
  childAgeLimit?: number;
  /** Only households with a member younger than this many years may take the item (nappies: 3). */
  requiresChildUnderYears: number | null;
}

export interface VisitLimit {
  maxVisits: number;
  period: PeriodKind;
}

export interface UnitCounts {
  products: Readonly<Record<string, number>>;
  categories: Readonly<Record<string, number>>;
}

/** Units already taken in the current week and month (sales minus returns, by period of the sale). */
export type UnitsUsedByPeriod = Readonly<Record<PeriodKind, UnitCounts>>;

export interface LimitItem {
  productId: string;
  categoryId: string;
  quantity: number;
}

export type LimitScope = 'visit' | 'period';

export type LimitCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'item-limit';
      limitId: string;
      target: LimitTarget;
      scope: LimitScope;
      limit: number;
      used: number;
      requested: number;
    }
  | { ok: false; reason: 'age-restricted'; limitId: string; target: LimitTarget; childUnderYears: number };

export type VisitCheck =
  | { ok: true }
  | { ok: false; reason: 'visit-limit'; limit: number; used: number; period: PeriodKind };

export function limitApplies(limit: ItemLimit, item: Pick<LimitItem, 'productId' | 'categoryId'>): boolean {
  switch (limit.target.kind) {
    case 'product':
      return limit.target.productId === item.productId;
    case 'category':
      return limit.target.categoryId === item.categoryId;
    default: {
      const unexpected: never = limit.target;
      throw new Error(`unexpected limit target ${JSON.stringify(unexpected)}`);
    }
  }
}

function scaleFactor(limit: ItemLimit, birthDates: readonly LocalDate[], onDate: LocalDate): number {
  const childAge = limit.childAgeLimit ?? 18;
  const children = birthDates.filter((birth) => ageOn(birth, onDate) < childAge).length;
  switch (limit.scaling) {
    case 'household':
      return 1;
    case 'per-person':
      return birthDates.length;
    case 'per-adult':
      return birthDates.length - children;
    case 'per-child':
      return children;
    default: {
      const unexpected: never = limit.scaling;
      throw new Error(`unexpected scaling ${String(unexpected)}`);
    }
  }
}

/** The limit's caps for this household, after scaling. */
export function effectiveLimit(
  limit: ItemLimit,
  birthDates: readonly LocalDate[],
  onDate: LocalDate,
): { perVisit: number | null; perPeriod: number | null } {
  const factor = scaleFactor(limit, birthDates, onDate);
  return {
    perVisit: limit.perVisit === null ? null : limit.perVisit * factor,
    perPeriod: limit.perPeriod === null ? null : limit.perPeriod * factor,
  };
}

function unitsOf(counts: UnitCounts, target: LimitTarget): number {
  return target.kind === 'product'
    ? (counts.products[target.productId] ?? 0)
    : (counts.categories[target.categoryId] ?? 0);
}

/** Units of the limit's target in lines already in this visit. */
export function unitsInCart(cart: readonly LimitItem[], limit: ItemLimit): number {
  return cart.filter((line) => limitApplies(limit, line)).reduce((sum, line) => sum + line.quantity, 0);
}

/**
 * Whether `item` may be added given the cart of this visit and the units used earlier in the period.
 * The first limit that refuses wins; limits are checked in the order given.
 */
export function checkItemLimits(input: {
  limits: readonly ItemLimit[];
  item: LimitItem;
  cart: readonly LimitItem[];
  usedThisPeriod: UnitsUsedByPeriod;
  birthDates: readonly LocalDate[];
  onDate: LocalDate;
}): LimitCheck {
  for (const limit of input.limits) {
    if (!limitApplies(limit, input.item)) continue;
    if (limit.requiresChildUnderYears !== null) {
      const years = limit.requiresChildUnderYears;
      if (!input.birthDates.some((birth) => ageOn(birth, input.onDate) < years)) {
        return { ok: false, reason: 'age-restricted', limitId: limit.id, target: limit.target, childUnderYears: years };
      }
    }
    const caps = effectiveLimit(limit, input.birthDates, input.onDate);
    const inCart = unitsInCart(input.cart, limit);
    const requested = input.item.quantity;
    const refuse = (scope: LimitScope, cap: number, used: number): LimitCheck => ({
      ok: false,
      reason: 'item-limit',
      limitId: limit.id,
      target: limit.target,
      scope,
      limit: cap,
      used,
      requested,
    });
    if (caps.perVisit !== null && inCart + requested > caps.perVisit) return refuse('visit', caps.perVisit, inCart);
    if (caps.perPeriod !== null) {
      const used = unitsOf(input.usedThisPeriod[limit.period], limit.target) + inCart;
      if (used + requested > caps.perPeriod) return refuse('period', caps.perPeriod, used);
    }
  }
  return { ok: true };
}

/** `visitsThisPeriod` counts earlier visits only, not the one being rung up. */
export function checkVisitLimit(visitLimit: VisitLimit | null, visitsThisPeriod: number): VisitCheck {
  if (visitLimit === null || visitsThisPeriod < visitLimit.maxVisits) return { ok: true };
  return {
    ok: false,
    reason: 'visit-limit',
    limit: visitLimit.maxVisits,
    used: visitsThisPeriod,
    period: visitLimit.period,
  };
}

/** A sold or returned line, keyed by the week and month of the ORIGINAL sale (returns included). */
export interface UnitLedgerEntry {
  weekKey: string;
  monthKey: string;
  productId: string;
  categoryId: string;
  quantity: number;
  kind: 'sale' | 'return';
}

interface MutableUnitCounts {
  products: Record<string, number>;
  categories: Record<string, number>;
}

/** Units used in the given week and month: sales minus returns, each in the period of its sale. */
export function unitsUsedByPeriod(
  entries: readonly UnitLedgerEntry[],
  current: { weekKey: string; monthKey: string },
): UnitsUsedByPeriod {
  const emptyCounts = (): MutableUnitCounts => ({ products: {}, categories: {} });
  const week = emptyCounts();
  const month = emptyCounts();
  const add = (counts: MutableUnitCounts, entry: UnitLedgerEntry): void => {
    const units = entry.kind === 'sale' ? entry.quantity : -entry.quantity;
    counts.products[entry.productId] = (counts.products[entry.productId] ?? 0) + units;
    counts.categories[entry.categoryId] = (counts.categories[entry.categoryId] ?? 0) + units;
  };
  for (const entry of entries) {
    if (entry.weekKey === current.weekKey) add(week, entry);
    if (entry.monthKey === current.monthKey) add(month, entry);
  }
  return { week, month };
}
