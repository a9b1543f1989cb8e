// Budget ledger: what each sale and return did to a period's spent amount. A return is booked to
// the period of its original sale, never the period in which the goods come back, so a return
// restores exactly the budget the sale used where the sale used it.
import { type Cents, cents } from '../contract/money';
import type { PeriodKey } from './calendar';

export type LedgerKind = 'sale' | 'return';

export interface BudgetLedgerEntry {
  periodKey: PeriodKey;
  /** In-budget amount, positive for both kinds; the kind gives the sign. */
  amountCents: number;
  saleId: string;
  kind: LedgerKind;
  /** True when a coordinator override let (part of) this sale through; recorded, never hidden. */
  overridden?: boolean;
}

/** Spent in-budget cents per period key: sales add, returns subtract. */
export function spentByPeriod(entries: readonly BudgetLedgerEntry[]): Map<PeriodKey, Cents> {
  const spent = new Map<PeriodKey, number>();
  for (const entry of entries) {
    const sign = signOf(entry.kind);
    spent.set(entry.periodKey, (spent.get(entry.periodKey) ?? 0) + sign * entry.amountCents);
  }
  return new Map([...spent].map(([key, value]) => [key, cents(value)]));
}

export function spentInPeriod(entries: readonly BudgetLedgerEntry[], periodKey: PeriodKey): Cents {
  return spentByPeriod(entries).get(periodKey) ?? cents(0);
}

/** True when any entry of the period was let through by an override. */
export function overrideUsedInPeriod(entries: readonly BudgetLedgerEntry[], periodKey: PeriodKey): boolean {
  return entries.some((entry) => entry.periodKey === periodKey && entry.overridden === true);
}

function signOf(kind: LedgerKind): 1 | -1 {
  switch (kind) {
    case 'sale':
      return 1;
    case 'return':
      return -1;
    default: {
      const unexpected: never = kind;
      throw new Error(`unexpected ledger kind ${String(unexpected)}`);
    }
  }
}

export type ReturnEntryResult =
  | { ok: true; entry: BudgetLedgerEntry }
  | { ok: false; reason: 'sale-not-found'; saleId: string }
  | { ok: false; reason: 'return-exceeds-sale'; returnableCents: Cents; requestedCents: number };

/**
 * The ledger entry for returning `amountCents` (default: all that is left) of a sale: booked to the
 * sale's period, and never more than the sale used minus what was already returned.
 */
export function returnEntryFor(
  entries: readonly BudgetLedgerEntry[],
  saleId: string,
  amountCents?: number,
): ReturnEntryResult {
  const sale = entries.find((entry) => entry.saleId === saleId && entry.kind === 'sale');
  if (!sale) return { ok: false, reason: 'sale-not-found', saleId };
  const returned = entries
    .filter((entry) => entry.saleId === saleId && entry.kind === 'return')
    .reduce((sum, entry) => sum + entry.amountCents, 0);
  const returnable = sale.amountCents - returned;
  const requested = amountCents ?? returnable;
  if (requested > returnable || requested < 0) {
    return { ok: false, reason: 'return-exceeds-sale', returnableCents: cents(returnable), requestedCents: requested };
  }
  return { ok: true, entry: { periodKey: sale.periodKey, amountCents: requested, saleId, kind: 'return' } };
}
