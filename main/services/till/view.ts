// What the till screen shows, built from the cart kept in the main process.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Language } from '../../contract/money';
import type { TillView } from '../../contract/till';
import { localTime } from '../../domain/calendar';
import { effectiveLimit } from '../../domain/limits';
import { cartTotals, lineAmountCents, lineReferenceCents } from '../../domain/till/cart';
import { waitingPrintJobs } from '../devices/sqlite-queue';
import { explainFor } from '../rules/eligibility';
import type { Settings } from '../settings';
import { type Cart, refusalDetails, remainingCents } from './desk';
import { productName } from './products';
import { currentShift } from './shift';

export interface DeskState {
  cart: Cart;
  parked: Cart | null;
  nextLineId: number;
  lastSale: TillView['lastSale'];
}

export async function tillView(
  db: Kysely<DB>,
  state: DeskState,
  settings: Settings,
  lang: Language,
): Promise<TillView> {
  const [shift, pending] = await Promise.all([currentShift(db, settings.tillId), waitingPrintJobs(db)]);
  const { cart } = state;
  const totals = cartTotals(cart.lines);
  const client = cart.client;
  const proxy = client?.card.proxies.find((p) => p.id === client.proxyId) ?? null;
  return {
    tillId: settings.tillId,
    practice: settings.practiceMode,
    shift,
    client: client
      ? {
          householdId: client.card.householdId,
          cardId: client.card.cardId,
          firstName: client.card.firstName,
          householdSize: client.card.householdSize,
          adults: client.card.adults,
          children: client.card.children,
          status: client.card.status.kind,
          validUntil: client.card.validUntil,
          language: client.card.language,
          proxy: proxy ? { id: proxy.id, name: proxy.name } : null,
          proxies: client.card.proxies.map((p) => ({ id: p.id, name: p.name })),
          budgetCents: client.rules.budget?.amountCents ?? null,
          spentCents: client.rules.spentCents,
          formula: explainFor(client.rules, lang),
          itemLimits: client.rules.itemLimits.map((l) => {
            const caps = effectiveLimit(l, client.rules.birthDates, client.rules.today);
            const name = client.limitNames[l.id];
            const used = client.rules.usedThisPeriod[l.period];
            return {
              name: name ? (lang === 'fr' ? name.fr : name.nl) : '',
              perVisit: caps.perVisit,
              perPeriod: caps.perPeriod,
              period: l.period,
              usedThisPeriod:
                l.target.kind === 'product'
                  ? (used.products[l.target.productId] ?? 0)
                  : (used.categories[l.target.categoryId] ?? 0),
            };
          }),
          appointment: client.appointment
            ? { ...client.appointment, time: localTime(new Date(client.appointment.start), settings.timeZone) }
            : null,
          nextAppointment: client.nextAppointment,
        }
      : null,
    lines: cart.lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      name: productName(l, lang),
      unit: l.unit,
      quantity: l.quantity,
      amountCents: lineAmountCents(l),
      referenceCents: lineReferenceCents(l),
      inBudget: l.inBudget,
      overridden: l.overrideId !== null,
    })),
    totalCents: totals.totalCents,
    budgetCents: totals.budgetCents,
    referenceCents: totals.referenceCents,
    remainingCents: remainingCents(cart),
    refusal: cart.refusal
      ? {
          reason: cart.refusal.decision.reason,
          productId: cart.refusal.line.productId,
          productName: productName(cart.refusal.line, lang),
          quantity: cart.refusal.line.quantity,
          details: refusalDetails(cart.refusal.decision),
        }
      : null,
    parked: state.parked !== null,
    paymentMethods: settings.paymentMethods,
    pendingReceipts: pending,
    lastSale: state.lastSale,
  };
}
