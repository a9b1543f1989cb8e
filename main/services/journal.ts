// Appends to and reads the sales journal. The hash is SHA-256 over the previous entry's hash and
// the sale's canonical content.
import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { canonicalJournalText, GENESIS_HASH, type JournalSale } from '../domain/journal-content';

export function journalHash(prevHash: string, sale: JournalSale): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJournalText(sale)).digest('hex');
}

export interface JournalHead {
  number: number;
  hash: string;
}

/** One text for the head, read here and inside a sale's synchronous commit (checkout/commit.ts). */
export const journalHeadSql = 'SELECT number, hash FROM journal WHERE till_id = ? ORDER BY number DESC LIMIT 1';
export const genesisHead: JournalHead = { number: 0, hash: GENESIS_HASH };

export async function journalHead(db: Kysely<DB>, tillId: string): Promise<JournalHead> {
  const { rows } = await db.executeQuery(CompiledQuery.raw(journalHeadSql, [tillId]));
  return (rows[0] as JournalHead | undefined) ?? genesisHead;
}

/** Loads a committed sale's content as the journal hashes it. */
export async function loadJournalSale(db: Kysely<DB>, saleId: number): Promise<JournalSale | undefined> {
  const sale = await db.selectFrom('sales').selectAll().where('id', '=', saleId).executeTakeFirst();
  if (!sale) return undefined;
  const lines = await db
    .selectFrom('sale_lines')
    .selectAll()
    .where('sale_id', '=', saleId)
    .orderBy('line_no')
    .execute();
  const payments = await db.selectFrom('payments').selectAll().where('sale_id', '=', saleId).orderBy('id').execute();
  return toJournalSale(sale, lines, payments);
}

type SaleRow = {
  id: number;
  till_id: string;
  number: number;
  kind: 'sale' | 'return';
  at: string;
  original_sale_id: number | null;
  shift_id: number | null;
  household_id: number | null;
  card_id: number | null;
  proxy_id: number | null;
  user_id: number;
  total_cents: number;
  budget_cents: number;
  reference_cents: number;
  rounding_cents: number;
  period_key: string | null;
  rule_set_id: number | null;
};
type LineRow = {
  line_no: number;
  product_id: number;
  category_id: number | null;
  quantity: number;
  unit_price_cents: number;
  amount_cents: number;
  reference_cents: number;
  vat_rate: number;
  in_budget: number;
  override_id: number | null;
};
type PaymentRow = {
  method: string;
  amount_cents: number;
  tendered_cents: number | null;
  change_cents: number | null;
};

export function toJournalSale(sale: SaleRow, lines: readonly LineRow[], payments: readonly PaymentRow[]): JournalSale {
  return {
    tillId: sale.till_id,
    number: sale.number,
    kind: sale.kind,
    at: sale.at,
    saleId: sale.id,
    originalSaleId: sale.original_sale_id,
    shiftId: sale.shift_id,
    householdId: sale.household_id,
    cardId: sale.card_id,
    proxyId: sale.proxy_id,
    userId: sale.user_id,
    totalCents: sale.total_cents,
    budgetCents: sale.budget_cents,
    referenceCents: sale.reference_cents,
    roundingCents: sale.rounding_cents,
    periodKey: sale.period_key,
    ruleSetId: sale.rule_set_id,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      productId: l.product_id,
      categoryId: l.category_id,
      quantity: l.quantity,
      unitPriceCents: l.unit_price_cents,
      amountCents: l.amount_cents,
      referenceCents: l.reference_cents,
      vatRate: l.vat_rate,
      inBudget: l.in_budget,
      overrideId: l.override_id,
    })),
    payments: payments.map((p) => ({
      method: p.method,
      amountCents: p.amount_cents,
      tenderedCents: p.tendered_cents,
      changeCents: p.change_cents,
    })),
  };
}
