// The till's cart arithmetic, pure: line amounts, totals, VAT per rate from VAT-inclusive amounts,
// and how a sale is paid (cash rounded to 5 cents, change, split between methods).
import { roundCash } from '../../contract/money';

export type TillPaymentMethod = 'cash' | 'card' | 'voucher' | 'account';

export interface TillLine {
  productId: number;
  categoryId: number | null;
  unit: 'piece' | 'kg';
  /** Pieces, or grams for a product sold by weight. */
  quantity: number;
  unitPriceCents: number;
  unitReferenceCents: number;
  vatRate: number;
  inBudget: boolean;
  overrideId: number | null;
  /** Set for variable-measure codes: the amount printed in the barcode wins. */
  fixedAmountCents?: number | undefined;
  fixedReferenceCents?: number | undefined;
}

/** Half up to the cent; prices per kg times grams. */
function perUnit(quantity: number, unit: 'piece' | 'kg', priceCents: number): number {
  return unit === 'kg' ? Math.round((quantity * priceCents) / 1000) : quantity * priceCents;
}

export function lineAmountCents(line: TillLine): number {
  return line.fixedAmountCents ?? perUnit(line.quantity, line.unit, line.unitPriceCents);
}

export function lineReferenceCents(line: TillLine): number {
  return line.fixedReferenceCents ?? perUnit(line.quantity, line.unit, line.unitReferenceCents);
}

export interface CartTotals {
  totalCents: number;
  budgetCents: number;
  referenceCents: number;
  savedCents: number;
}

export function cartTotals(lines: readonly TillLine[]): CartTotals {
  let totalCents = 0;
  let budgetCents = 0;
  let referenceCents = 0;
  for (const line of lines) {
    const amount = lineAmountCents(line);
    totalCents += amount;
    if (line.inBudget) budgetCents += amount;
    referenceCents += lineReferenceCents(line);
  }
  return { totalCents, budgetCents, referenceCents, savedCents: Math.max(0, referenceCents - totalCents) };
}

export interface VatRow {
  rate: number;
  grossCents: number;
  netCents: number;
  vatCents: number;
}

/** Per rate: the VAT contained in the inclusive total, rounded once per rate (not per line). */
export function vatBreakdown(lines: readonly { vatRate: number; amountCents: number }[]): VatRow[] {
  const byRate = new Map<number, number>();
  for (const line of lines) byRate.set(line.vatRate, (byRate.get(line.vatRate) ?? 0) + line.amountCents);
  return [...byRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, grossCents]) => {
      const netCents = Math.round((grossCents * 100) / (100 + rate));
      return { rate, grossCents, netCents, vatCents: grossCents - netCents };
    });
}

export interface TenderInput {
  method: TillPaymentMethod;
  /** For cash: omit to take the rest; for others: the amount on that method. */
  amountCents?: number | undefined;
  /** Cash handed over; null when not counted. */
  tenderedCents?: number | undefined;
}

export interface SettledPayment {
  method: TillPaymentMethod;
  amountCents: number;
  tenderedCents: number | null;
  changeCents: number | null;
}

export type Settlement =
  | { ok: true; payments: SettledPayment[]; roundingCents: number; changeCents: number; cashDueCents: number }
  | {
      ok: false;
      reason: 'payment-short' | 'payment-over' | 'tendered-short' | 'payment-method-twice';
      dueCents: number;
    };

/**
 * Non-cash parts are exact; cash takes what is left, rounded to 5 cents (the rounding is recorded
 * on the sale). Works for negative totals too (a refund), where tendered amounts do not apply.
 */
export function settle(totalCents: number, tenders: readonly TenderInput[]): Settlement {
  const methods = new Set(tenders.map((t) => t.method));
  if (methods.size !== tenders.length) return { ok: false, reason: 'payment-method-twice', dueCents: totalCents };
  const nonCash = tenders.filter((t) => t.method !== 'cash');
  const cash = tenders.find((t) => t.method === 'cash');
  const payments: SettledPayment[] = [];
  let rest = totalCents;
  for (const t of nonCash) {
    const amount = t.amountCents ?? rest;
    payments.push({ method: t.method, amountCents: amount, tenderedCents: null, changeCents: null });
    rest -= amount;
  }
  if (totalCents >= 0 && rest < 0) return { ok: false, reason: 'payment-over', dueCents: totalCents };
  if (!cash) {
    if (rest !== 0) return { ok: false, reason: rest > 0 ? 'payment-short' : 'payment-over', dueCents: rest };
    return { ok: true, payments, roundingCents: 0, changeCents: 0, cashDueCents: 0 };
  }
  const cashDue = roundCash(rest);
  const roundingCents = cashDue - rest;
  const tendered = cash.tenderedCents ?? cashDue;
  if (cashDue > 0 && tendered < cashDue) return { ok: false, reason: 'tendered-short', dueCents: cashDue };
  const change = cashDue > 0 ? tendered - cashDue : 0;
  payments.push({
    method: 'cash',
    amountCents: cashDue,
    tenderedCents: cashDue > 0 ? tendered : null,
    changeCents: cashDue > 0 ? change : null,
  });
  return { ok: true, payments, roundingCents, changeCents: change, cashDueCents: cashDue };
}

/** Sum of counted notes and coins: keys are denominations in cents, values counts. */
export function countedCents(counts: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const [denomination, count] of Object.entries(counts)) total += Number(denomination) * count;
  return total;
}

export const euroDenominations = [50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1] as const;
