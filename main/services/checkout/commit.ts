// Commits a sale or a return in ONE `BEGIN IMMEDIATE` transaction: the sale, its lines and
// payments, stock movements, the budget ledger, the journal entry (next gap-free number, SHA-256
// chained) and the receipt job in the print queue. Printing happens only after this returns.
import { type Kysely, sql } from 'kysely';
import { insertRows } from '../../../db/insert-rows';
import type { DB, PaymentMethod } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { journalHash, journalHead, toJournalSale } from '../journal';

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
  /** The receipt document to print (JSON-serialisable); null when no receipt is wanted. */
  receipt: unknown;
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

const lineColumns = [
  'sale_id',
  'line_no',
  'product_id',
  'category_id',
  'quantity',
  'unit_price_cents',
  'amount_cents',
  'reference_cents',
  'vat_rate',
  'in_budget',
  'override_id',
] as const;
const movementColumns = ['product_id', 'at', 'user_id', 'kind', 'quantity', 'sale_id'] as const;

export async function commitSale(db: Kysely<DB>, sale: CommitSale, hook?: CommitStepHook): Promise<CommittedSale> {
  const at = sale.at.toISOString();
  const total = sale.lines.reduce((s, l) => s + l.amountCents, 0);
  const budget = sale.lines.reduce((s, l) => s + (l.inBudget ? l.amountCents : 0), 0);
  const reference = sale.lines.reduce((s, l) => s + l.referenceCents, 0);
  const paid = sale.payments.reduce((s, p) => s + p.amountCents, 0);
  if (paid !== total + sale.roundingCents) {
    throw new Error(`payments ${paid} do not cover total ${total} + rounding ${sale.roundingCents}`);
  }
  return immediateTransaction(db, async (trx) => {
    const head = await journalHead(trx, sale.tillId);
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
    const { id: saleId } = await trx.insertInto('sales').values(saleRow).returning('id').executeTakeFirstOrThrow();
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
    await insertRows(trx, 'sale_lines', lineColumns, lineRows);
    hook?.('lines');
    const paymentRows = sale.payments.map((p) => ({
      sale_id: saleId,
      method: p.method,
      amount_cents: p.amountCents,
      tendered_cents: p.tenderedCents,
      change_cents: p.changeCents,
    }));
    if (paymentRows.length > 0) await trx.insertInto('payments').values(paymentRows).execute();
    hook?.('payments');
    // One insert for the movements and one update for the products: a 20-line sale costs two
    // statements here, not forty.
    if (sale.lines.length > 0) {
      await insertRows(
        trx,
        'stock_movements',
        movementColumns,
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
      const byProduct = new Map<number, number>();
      for (const l of sale.lines) byProduct.set(l.productId, (byProduct.get(l.productId) ?? 0) + l.quantity);
      const ids = [...byProduct.keys()];
      const cases = sql.join(
        ids.map((id) => sql`WHEN ${id} THEN ${byProduct.get(id) ?? 0}`),
        sql` `,
      );
      await trx
        .updateTable('products')
        .set({ stock_quantity: sql<number>`stock_quantity - CASE id ${cases} END` })
        .where('id', 'in', ids)
        .execute();
    }
    hook?.('stock');
    if (sale.householdId !== null && sale.periodKey !== null && budget !== 0) {
      await trx
        .insertInto('budget_ledger')
        .values({
          household_id: sale.householdId,
          sale_id: saleId,
          period_key: sale.periodKey,
          amount_cents: budget,
          at,
        })
        .execute();
    }
    hook?.('ledger');
    const hash = journalHash(head.hash, toJournalSale({ id: saleId, ...saleRow }, lineRows, paymentRows));
    await trx
      .insertInto('journal')
      .values({ till_id: sale.tillId, number, kind: sale.kind, sale_id: saleId, at, prev_hash: head.hash, hash })
      .execute();
    hook?.('journal');
    let printJobId: number | null = null;
    if (sale.receipt !== null) {
      const job = await trx
        .insertInto('print_jobs')
        .values({ created_at: at, kind: 'receipt', payload: JSON.stringify(sale.receipt), sale_id: saleId })
        .returning('id')
        .executeTakeFirstOrThrow();
      printJobId = job.id;
    }
    hook?.('print-job');
    return { saleId, number, hash, printJobId };
  });
}
