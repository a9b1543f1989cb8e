// Stock movements as typed by a coordinator (issue 3): quantities, costs and dates → checked values
// or field-level codes. Pure; the service applies the result in one transaction.
import type { FieldError } from '../contract/define';
import { parseDateCell, parseDecimalToCents } from './csv';

export type Unit = 'piece' | 'kg';

/**
 * A typed quantity in the product's stock unit: whole pieces, or kg with up to 3 decimals → grams.
 * `allowZero` for a count (an empty shelf is a valid count); never negative.
 */
export function parseQuantity(raw: string, unit: Unit, allowZero = false): number | undefined {
  const value = raw.trim().replace(',', '.');
  if (unit === 'piece') {
    if (!/^\d{1,7}$/.test(value)) return undefined;
    const n = Number(value);
    return n > 0 || allowZero ? n : undefined;
  }
  if (!/^\d{1,5}(\.\d{1,3})?$/.test(value)) return undefined;
  const grams = Math.round(Number(value) * 1000);
  return grams > 0 || allowZero ? grams : undefined;
}

export interface ReceiveInput {
  readonly quantity: string;
  readonly source: 'donation' | 'purchase';
  readonly supplier: string;
  readonly cost: string;
  readonly bestBefore: string;
}

export interface ReceiveValues {
  readonly quantity: number;
  readonly source: 'donation' | 'purchase';
  readonly supplier: string;
  readonly costCents: number | null;
  readonly bestBefore: string | null;
}

export function checkReceive(
  input: ReceiveInput,
  unit: Unit,
): { ok: true; values: ReceiveValues } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const quantity = parseQuantity(input.quantity, unit);
  if (quantity === undefined) errors.push({ path: 'quantity', code: 'bad-quantity' });
  const supplier = input.supplier.trim();
  if (supplier === '') errors.push({ path: 'supplier', code: 'missing-supplier' });
  let costCents: number | null = null;
  if (input.cost.trim() !== '') {
    const parsed = parseDecimalToCents(input.cost);
    if (!parsed.ok || parsed.cents < 0) errors.push({ path: 'cost', code: 'bad-cost' });
    else costCents = parsed.cents;
  }
  let bestBefore: string | null = null;
  if (input.bestBefore.trim() !== '') {
    bestBefore = parseDateCell(input.bestBefore) ?? null;
    if (bestBefore === null) errors.push({ path: 'bestBefore', code: 'bad-date' });
  }
  if (errors.length > 0 || quantity === undefined) return { ok: false, errors };
  return { ok: true, values: { quantity, source: input.source, supplier, costCents, bestBefore } };
}

/** A stock-take: the variance is what the movement records, so stock stays the sum of movements. */
export function stockTake(expected: number, counted: number): { variance: number } {
  return { variance: counted - expected };
}

export function checkWriteOff(
  raw: string,
  unit: Unit,
  stock: number,
): { ok: true; quantity: number } | { ok: false; errors: FieldError[] } {
  const quantity = parseQuantity(raw, unit);
  if (quantity === undefined) return { ok: false, errors: [{ path: 'quantity', code: 'bad-quantity' }] };
  if (quantity > stock) return { ok: false, errors: [{ path: 'quantity', code: 'not-enough-stock' }] };
  return { ok: true, quantity };
}
