// Returns against a receipt number within the shop's return window: a new, linked sale of kind
// 'return' with negative lines (restock and budget back to the original period via commitSale),
// refunded by the original payment methods. The original is never edited.
import type { Kysely } from 'kysely';
import type { DB, PaymentMethod } from '../../../db/schema';
import { TillError } from '../../api/errors';
import { type Language, languageSchema, roundCash } from '../../contract/money';
import { daysBetween, localDate } from '../../domain/calendar';
import { buildReceipt } from '../../domain/till/receipt';
import { type CommitPayment, commitSale } from '../checkout/commit';
import type { Settings } from '../settings';
import { productName } from './products';
import { localStamp, quantityText } from './sale';

export interface ReturnableLine {
  lineNo: number;
  productId: number;
  categoryId: number | null;
  name: string;
  nameFr: string;
  unit: 'piece' | 'kg';
  quantity: number;
  returnable: number;
  unitPriceCents: number;
  amountCents: number;
  referenceCents: number;
  vatRate: number;
  inBudget: boolean;
}

export async function findReturnable(db: Kysely<DB>, tillId: string, number: number, now: Date, settings: Settings) {
  const sale = await db
    .selectFrom('sales')
    .selectAll()
    .where('till_id', '=', tillId)
    .where('number', '=', number)
    .where('kind', '=', 'sale')
    .executeTakeFirst();
  if (!sale) throw new TillError('not-found', 'sale-not-found', 'no sale with that number');
  const age = daysBetween(localDate(new Date(sale.at), settings.timeZone), localDate(now, settings.timeZone));
  if (age > settings.returnDays) {
    throw new TillError('refused', 'return-too-late', 'too late to return', { days: settings.returnDays });
  }
  const lines = await db
    .selectFrom('sale_lines')
    .innerJoin('products', 'products.id', 'sale_lines.product_id')
    .select([
      'line_no',
      'product_id',
      'sale_lines.category_id',
      'quantity',
      'unit_price_cents',
      'amount_cents',
      'reference_cents',
      'sale_lines.vat_rate',
      'sale_lines.in_budget',
      'name_nl',
      'name_fr',
      'products.unit',
    ])
    .where('sale_id', '=', sale.id)
    .orderBy('line_no')
    .execute();
  const returned = await db
    .selectFrom('sale_lines')
    .innerJoin('sales', 'sales.id', 'sale_lines.sale_id')
    .select(['product_id', 'quantity'])
    .where('sales.original_sale_id', '=', sale.id)
    .execute();
  const back = new Map<number, number>();
  for (const r of returned) back.set(r.product_id, (back.get(r.product_id) ?? 0) - r.quantity);
  const out: ReturnableLine[] = lines.map((l) => {
    const already = Math.min(l.quantity, back.get(l.product_id) ?? 0);
    back.set(l.product_id, (back.get(l.product_id) ?? 0) - already);
    return {
      lineNo: l.line_no,
      productId: l.product_id,
      categoryId: l.category_id,
      name: l.name_nl,
      nameFr: l.name_fr,
      unit: l.unit,
      quantity: l.quantity,
      returnable: l.quantity - already,
      unitPriceCents: l.unit_price_cents,
      amountCents: l.amount_cents,
      referenceCents: l.reference_cents,
      vatRate: l.vat_rate,
      inBudget: l.in_budget === 1,
    };
  });
  const payments = await db
    .selectFrom('payments')
    .select(['method', 'amount_cents'])
    .where('sale_id', '=', sale.id)
    .execute();
  return { sale, lines: out, payments };
}

/** Refund (a negative total) spread over the original methods, non-cash first; cash rounded. */
export function refundPayments(
  refund: number,
  original: { method: PaymentMethod; amount_cents: number }[],
): { payments: CommitPayment[]; roundingCents: number } {
  let rest = -refund;
  const payments: CommitPayment[] = [];
  for (const p of original.filter((o) => o.method !== 'cash')) {
    const take = Math.min(rest, p.amount_cents);
    if (take > 0) payments.push({ method: p.method, amountCents: -take, tenderedCents: null, changeCents: null });
    rest -= take;
  }
  let roundingCents = 0;
  if (rest > 0) {
    const cash = roundCash(rest);
    roundingCents = rest - cash;
    payments.push({ method: 'cash', amountCents: -cash, tenderedCents: null, changeCents: null });
  }
  return { payments, roundingCents };
}

/** The refund receipt speaks the household's language, as its sale's receipt did. */
async function receiptLanguage(db: Kysely<DB>, householdId: number | null, settings: Settings): Promise<Language> {
  if (householdId === null) return settings.defaultLanguage;
  const row = await db.selectFrom('households').select('language').where('id', '=', householdId).executeTakeFirst();
  const parsed = languageSchema.safeParse(row?.language);
  return parsed.success ? parsed.data : settings.defaultLanguage;
}

export async function returnSale(
  db: Kysely<DB>,
  input: {
    number: number;
    lines: { lineNo: number; quantity: number }[];
    /** Work out the refund only (shown for the cashier to confirm); nothing is written. */
    preview?: boolean;
    settings: Settings;
    shiftId: number;
    cashier: { id: number; name: string };
    now: Date;
  },
) {
  const { settings } = input;
  const found = await findReturnable(db, settings.tillId, input.number, input.now, settings);
  // A line named twice would pass the check below twice and be refunded twice.
  const seen = new Set<number>();
  for (const pick of input.lines) {
    if (seen.has(pick.lineNo)) {
      throw new TillError('invalid-input', 'return-line-twice', 'a line is named twice', { lineNo: pick.lineNo });
    }
    seen.add(pick.lineNo);
  }
  const lang = await receiptLanguage(db, found.sale.household_id, settings);
  const chosen = input.lines.map((pick) => {
    const line = found.lines.find((l) => l.lineNo === pick.lineNo);
    if (!line || pick.quantity > line.returnable) {
      throw new TillError('invalid-input', 'return-too-many', 'more than was sold', { lineNo: pick.lineNo });
    }
    // Pro rata: part of a line (some pieces, or some grams of a weighed line) refunds its share.
    const share = pick.quantity / line.quantity;
    return {
      productId: line.productId,
      categoryId: line.categoryId,
      quantity: -pick.quantity,
      unitPriceCents: line.unitPriceCents,
      amountCents: -Math.round(line.amountCents * share),
      referenceCents: -Math.round(line.referenceCents * share),
      vatRate: line.vatRate,
      inBudget: line.inBudget,
      overrideId: null,
      name: productName({ nameNl: line.name, nameFr: line.nameFr }, lang),
      quantityText: quantityText({ unit: line.unit, quantity: -pick.quantity }, lang),
    };
  });
  const refund = chosen.reduce((s, l) => s + l.amountCents, 0);
  const { payments, roundingCents } = refundPayments(refund, found.payments);
  const refundCents = -payments.reduce((s, p) => s + p.amountCents, 0);
  const methods = payments.map((p) => p.method);
  if (input.preview) return { number: found.sale.number, refundCents, methods };
  const household = found.sale.household_id;
  const receipt = (number: number) =>
    buildReceipt({
      lang,
      shopName: settings.shopName,
      tillId: settings.tillId,
      number,
      at: localStamp(input.now, settings.timeZone),
      kind: 'return',
      cashierFirstName: input.cashier.name.split(' ')[0] ?? '',
      clientFirstName: null,
      proxyName: null,
      lines: chosen.map((l) => ({
        name: l.name,
        quantityText: l.quantityText,
        amountCents: l.amountCents,
        referenceCents: l.referenceCents,
        vatRate: l.vatRate,
      })),
      payments,
      roundingCents,
      vatLiable: settings.vatLiable,
      remainingBudgetCents: null,
      nextAppointment: null,
      practice: settings.practiceMode,
    });
  const committed = await commitSale(db, {
    tillId: settings.tillId,
    kind: 'return',
    originalSaleId: found.sale.id,
    shiftId: input.shiftId,
    householdId: household,
    cardId: found.sale.card_id,
    proxyId: found.sale.proxy_id,
    userId: input.cashier.id,
    at: input.now,
    periodKey: found.sale.period_key,
    ruleSetId: found.sale.rule_set_id,
    roundingCents,
    lines: chosen.map(({ name: _name, quantityText: _text, ...l }) => l),
    payments,
    receipt,
  });
  return { number: committed.number, refundCents, methods };
}
