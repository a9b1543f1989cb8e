// What the sales journal's hash covers: a sale's whole committed content, by household id and
// never by personal fields, so anonymising a household leaves the chain valid. Pure.

export interface JournalSale {
  tillId: string;
  number: number;
  kind: 'sale' | 'return';
  at: string;
  saleId: number;
  originalSaleId: number | null;
  shiftId: number | null;
  householdId: number | null;
  cardId: number | null;
  proxyId: number | null;
  userId: number;
  totalCents: number;
  budgetCents: number;
  referenceCents: number;
  roundingCents: number;
  periodKey: string | null;
  ruleSetId: number | null;
  lines: readonly {
    lineNo: number;
    productId: number;
    categoryId: number | null;
    quantity: number;
    unitPriceCents: number;
    amountCents: number;
    referenceCents: number;
    vatRate: number;
    inBudget: number;
    overrideId: number | null;
  }[];
  payments: readonly {
    method: string;
    amountCents: number;
    tenderedCents: number | null;
    changeCents: number | null;
  }[];
}

export const GENESIS_HASH = '0'.repeat(64);

/** A stable text form: fixed key order, lines by number, payments in their stored order. */
export function canonicalJournalText(sale: JournalSale): string {
  const lines = [...sale.lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((l) => [
      l.lineNo,
      l.productId,
      l.categoryId,
      l.quantity,
      l.unitPriceCents,
      l.amountCents,
      l.referenceCents,
      l.vatRate,
      l.inBudget,
      l.overrideId,
    ]);
  const payments = sale.payments.map((p) => [p.method, p.amountCents, p.tenderedCents, p.changeCents]);
  return JSON.stringify([
    'v1',
    sale.tillId,
    sale.number,
    sale.kind,
    sale.at,
    sale.saleId,
    sale.originalSaleId,
    sale.shiftId,
    sale.householdId,
    sale.cardId,
    sale.proxyId,
    sale.userId,
    sale.totalCents,
    sale.budgetCents,
    sale.referenceCents,
    sale.roundingCents,
    sale.periodKey,
    sale.ruleSetId,
    lines,
    payments,
  ]);
}
