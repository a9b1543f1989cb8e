// Paying: settle the tenders, build the receipt in the household's language, and hand everything to
// commitSale (one BEGIN IMMEDIATE transaction). Printing happens later, from the queue.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { TillError } from '../../api/errors';
import type { Language } from '../../contract/money';
import { localDate } from '../../domain/calendar';
import { lineAmountCents, lineReferenceCents, type Settlement, settle, type TenderInput } from '../../domain/till/cart';
import { buildReceipt } from '../../domain/till/receipt';
import { type CommittedSale, commitSale } from '../checkout/commit';
import type { Settings } from '../settings';
import { type Cart, remainingCents } from './desk';
import { productName } from './products';

export function quantityText(line: { unit: 'piece' | 'kg'; quantity: number }, lang: Language): string {
  if (line.unit === 'kg') return `${(line.quantity / 1000).toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-BE`)} kg`;
  return `${line.quantity} x`;
}

export function localStamp(at: Date, tz: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit' }).format(at);
  return `${localDate(at, tz)} ${time}`;
}

// The English fallback (logs, CLI) of a settlement refusal; screens show errors.<reason> instead.
const settlementMessages: Record<Extract<Settlement, { ok: false }>['reason'], string> = {
  'payment-short': 'the payments do not cover the total',
  'payment-over': 'the payments are more than the total; only cash gives change',
  'tendered-short': 'the cash received is less than the cash due',
  'payment-method-twice': 'each payment method can be used once per sale',
};

export async function paySale(
  db: Kysely<DB>,
  input: {
    cart: Cart;
    tenders: TenderInput[];
    settings: Settings;
    shiftId: number;
    cashier: { id: number; name: string };
    now: Date;
  },
): Promise<CommittedSale & { changeCents: number; totalCents: number }> {
  const { cart, settings } = input;
  if (cart.lines.length === 0) throw new TillError('refused', 'cart-empty', 'nothing to pay');
  if (cart.refusal) throw new TillError('refused', 'refusal-pending', 'a refused line is waiting');
  for (const t of input.tenders) {
    if (!settings.paymentMethods.includes(t.method))
      throw new TillError('refused', 'payment-method-off', `${t.method} not accepted`);
  }
  if (input.tenders.some((t) => t.method === 'account') && !cart.client) {
    throw new TillError('refused', 'account-needs-client', 'on account needs a client');
  }
  const lines = cart.lines.map((l) => ({
    ...l,
    amountCents: lineAmountCents(l),
    referenceCents: lineReferenceCents(l),
  }));
  const total = lines.reduce((s, l) => s + l.amountCents, 0);
  const settlement = settle(total, input.tenders);
  if (!settlement.ok) {
    throw new TillError('refused', settlement.reason, settlementMessages[settlement.reason], {
      dueCents: settlement.dueCents,
    });
  }
  const lang = cart.client?.card.language ?? settings.defaultLanguage;
  const client = cart.client;
  const proxy = client?.card.proxies.find((p) => p.id === client.proxyId) ?? null;
  const remaining = remainingCents(cart);
  const receipt = (number: number) =>
    buildReceipt({
      lang,
      shopName: settings.shopName,
      tillId: settings.tillId,
      number,
      at: localStamp(input.now, settings.timeZone),
      kind: 'sale',
      cashierFirstName: input.cashier.name.split(' ')[0] ?? '',
      clientFirstName: client?.card.firstName ?? null,
      proxyName: proxy?.name ?? null,
      lines: lines.map((l) => ({
        name: productName(l, lang),
        quantityText: quantityText(l, lang),
        amountCents: l.amountCents,
        referenceCents: l.referenceCents,
        vatRate: l.vatRate,
      })),
      payments: settlement.payments,
      roundingCents: settlement.roundingCents,
      vatLiable: settings.vatLiable,
      remainingBudgetCents: remaining,
      nextAppointment: client?.nextAppointment ? localStamp(new Date(client.nextAppointment), settings.timeZone) : null,
      practice: settings.practiceMode,
    });
  const committed = await commitSale(db, {
    tillId: settings.tillId,
    kind: 'sale',
    originalSaleId: null,
    shiftId: input.shiftId,
    householdId: client?.card.householdId ?? null,
    cardId: client?.card.cardId ?? null,
    proxyId: proxy?.id ?? null,
    userId: input.cashier.id,
    at: input.now,
    periodKey: client?.rules.periodKey ?? null,
    ruleSetId: client?.rules.ruleSetId ?? null,
    roundingCents: settlement.roundingCents,
    lines: lines.map((l) => ({
      productId: l.productId,
      categoryId: l.categoryId,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      amountCents: l.amountCents,
      referenceCents: l.referenceCents,
      vatRate: l.vatRate,
      inBudget: l.inBudget,
      overrideId: l.overrideId,
    })),
    payments: settlement.payments,
    receipt,
  });
  return { ...committed, changeCents: settlement.changeCents, totalCents: total + settlement.roundingCents };
}
