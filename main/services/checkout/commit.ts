// Commits a sale or a return in ONE `BEGIN IMMEDIATE` transaction: the sale, its lines and
// payments, stock movements, the budget ledger, the journal entry (next gap-free number, SHA-256
// chained) and the receipt job in the print queue. Printing happens only after this returns.
import type { Kysely } from 'kysely';
import type { DB, PaymentMethod } from '../../../db/schema';
import { immediateSync } from '../../../db/sync-transaction';
import { genesisHead, type JournalHead, journalHash, journalHeadSql, toJournalSale } from '../journal';

export interface CommitLine {
  productId: number;
  categoryId: number | null;
  /** Units for a piece, grams for a product sold by weight; negative on a return. */
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
  referenceCents: number;
  vatRate: number;
  inBudget: boolean;
  overrideId: number | null;
}

export interface CommitPayment {
  method: PaymentMethod;
  amountCents: number;
  tenderedCents: number | null;
  changeCents: number | null;
}

export interface CommitSale {
  tillId: string;
  kind: 'sale' | 'return';
  originalSaleId: number | null;
  shiftId: number | null;
  householdId: number | null;
  cardId: number | null;
  proxyId: number | null;
  userId: number;
  at: Date;
  /** The budget period the sale counts in (a return: the period of the original sale). */
  periodKey: string | null;
  ruleSetId: number | null;
  roundingCents: number;
  lines: readonly CommitLine[];
  payments: readonly CommitPayment[];
  /**
   * The receipt document to print (JSON-serialisable) for the number this sale is given; null when
   * no receipt is wanted. Called inside the transaction, so it must not wait on anything.
   */
  receipt: ((number: number) => unknown) | null;
}

export interface CommittedSale {
  saleId: number;
  number: number;
  hash: string;
  printJobId: number | null;
}

/** Thrown to simulate a crash between steps (crash harness); never set in production. */
export type CommitStepHook = (
  step: 'sale' | 'lines' | 'payments' | 'stock' | 'ledger' | 'journal' | 'print-job',
) => void;

export async function commitSale(db: Kysely<DB>, sale: CommitSale, hook?: CommitStepHook): Promise<CommittedSale> {
  const at = sale.at.toISOString();
  const total = sale.lines.reduce((s, l) => s + l.amountCents, 0);
  const budget = sale.lines.reduce((s, l) => s + (l.inBudget ? l.amountCents : 0), 0);
  const reference = sale.lines.reduce((s, l) => s + l.referenceCents, 0);
  const paid = sale.payments.reduce((s, p) => s + p.amountCents, 0);
  if (paid !== total + sale.roundingCents) {
    throw new Error(`payments ${paid} do not cover total ${total} + rounding ${sale.roundingCents}`);
  }
  return immediateSync(db, (w) => {
    const head = w.get<JournalHead>(journalHeadSql, sale.tillId) ?? genesisHead;
    const number = head.number + 1;
    const saleRow = {
      till_id: sale.tillId,
      number,
      kind: sale.kind,
      original_sale_id: sale.originalSaleId,
      shift_id: sale.shiftId,
      household_id: sale.householdId,
      card_id: sale.cardId,
      proxy_id: sale.proxyId,
      user_id: sale.userId,
      at,
      period_key: sale.periodKey,
      rule_set_id: sale.ruleSetId,
      total_cents: total,
      budget_cents: budget,
      reference_cents: reference,
      rounding_cents: sale.roundingCents,
    };
    const saleId = w.insert('sales', saleRow);
    hook?.('sale');
    const lineRows = sale.lines.map((l, i) => ({
      sale_id: saleId,
      line_no: i + 1,
      product_id: l.productId,
      category_id: l.categoryId,
      quantity: l.quantity,
      unit_price_cents: l.unitPriceCents,
      amount_cents: l.amountCents,
      reference_cents: l.referenceCents,
      vat_rate: l.vatRate,
      in_budget: l.inBudget ? 1 : 0,
      override_id: l.overrideId,
    }));
    w.insertAll('sale_lines', lineRows);
    hook?.('lines');
    const paymentRows = sale.payments.map((p) => ({
      sale_id: saleId,
      method: p.method,
      amount_cents: p.amountCents,
      tendered_cents: p.tenderedCents,
      change_cents: p.changeCents,
    }));
    w.insertAll('payments', paymentRows);
    hook?.('payments');
    w.insertAll(
      'stock_movements',
      sale.lines.map((l) => ({
        product_id: l.productId,
        at,
        user_id: sale.userId,
        // A sale takes stock out; a return (negative quantity) puts it back.
        kind: sale.kind === 'sale' ? 'sold' : 'returned',
        quantity: -l.quantity,
        sale_id: saleId,
      })),
    );
    for (const l of sale.lines) {
      w.run('UPDATE products SET stock_quantity = stock_quantity - ? WHERE id = ?', l.quantity, l.productId);
    }
    hook?.('stock');
    if (sale.householdId !== null && sale.periodKey !== null && budget !== 0) {
      w.insert('budget_ledger', {
        household_id: sale.householdId,
        sale_id: saleId,
        period_key: sale.periodKey,
        amount_cents: budget,
        at,
      });
    }
    hook?.('ledger');
    const hash = journalHash(head.hash, toJournalSale({ id: saleId, ...saleRow }, lineRows, paymentRows));
    w.insert('journal', {
      till_id: sale.tillId,
      number,
      kind: sale.kind,
      sale_id: saleId,
      at,
      prev_hash: head.hash,
      hash,
    });
    hook?.('journal');
    const printJobId =
      sale.receipt === null
        ? null
        : w.insert('print_jobs', {
            created_at: at,
            kind: 'receipt',
            payload: JSON.stringify(sale.receipt(number)),
            sale_id: saleId,
          });
    hook?.('print-job');
    return { saleId, number, hash, printJobId };
  });
}
