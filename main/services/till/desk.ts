// The open cart of this till, kept in the main process: the client, the lines, a pending refusal and
// one parked sale. Each scan is decided here against the rule state loaded once per card scan.
import type { CartLine, ItemDecision } from '../../domain/eligibility-decision';
import { cartTotals, lineAmountCents, lineReferenceCents, type TillLine } from '../../domain/till/cart';
import type { CardLookup } from '../households/card-lookup';
import { decideLine, type HouseholdRuleState } from '../rules/eligibility';
import type { TillProduct } from './products';

export type HouseholdCard = Extract<CardLookup, { kind: 'household' }>;

export interface DeskLine extends TillLine {
  id: number;
  nameNl: string;
  nameFr: string;
}

export interface DeskClient {
  card: HouseholdCard;
  proxyId: number | null;
  rules: HouseholdRuleState;
  appointment: { id: number; start: string; checkedIn: boolean; walkIn: boolean } | null;
  nextAppointment: string | null;
  /** Names of the item limits' products or categories, by limit id, read once at the card scan. */
  limitNames: Record<string, { nl: string; fr: string }>;
}

export interface PendingRefusal {
  decision: Exclude<ItemDecision, { ok: true }>;
  line: Omit<DeskLine, 'id'>;
  replacesLineId: number | null;
}

export interface Cart {
  client: DeskClient | null;
  lines: DeskLine[];
  refusal: PendingRefusal | null;
}

export const emptyCart = (): Cart => ({ client: null, lines: [], refusal: null });

export function newLine(
  product: TillProduct,
  quantity: number,
  extra: { grams?: number | undefined; fixedAmountCents?: number | undefined } = {},
): Omit<DeskLine, 'id'> {
  const weighed = extra.grams !== undefined;
  const fixed = extra.fixedAmountCents;
  // A price-embedded code: the reference price scales with the social one.
  const fixedReference =
    fixed !== undefined && product.socialCents > 0
      ? Math.round((fixed * product.referenceCents) / product.socialCents)
      : fixed;
  return {
    productId: product.id,
    categoryId: product.categoryId,
    unit: weighed ? 'kg' : product.unit === 'kg' && fixed === undefined ? 'kg' : 'piece',
    quantity: weighed ? (extra.grams ?? 0) : quantity,
    unitPriceCents: product.socialCents,
    unitReferenceCents: product.referenceCents,
    vatRate: product.vatRate,
    inBudget: product.inBudget,
    overrideId: null,
    fixedAmountCents: fixed,
    fixedReferenceCents: fixedReference,
    nameNl: product.nameNl,
    nameFr: product.nameFr,
  };
}

function asCartLine(line: Omit<DeskLine, 'id'>): CartLine {
  return {
    productId: String(line.productId),
    categoryId: line.categoryId === null ? '' : String(line.categoryId),
    // Limits count pieces; a weighed line counts as one item.
    quantity: line.unit === 'kg' ? 1 : line.quantity,
    inBudget: line.inBudget,
    amountCents: lineAmountCents(line),
    overridden: line.overrideId !== null,
  };
}

/** Decide a line against the cart without it (a quantity change re-decides the changed line). */
export function decide(
  cart: Cart,
  line: Omit<DeskLine, 'id'>,
  exceptLineId: number | null,
  override = false,
): ItemDecision | null {
  if (!cart.client) return null;
  const others = cart.lines.filter((l) => l.id !== exceptLineId).map(asCartLine);
  const item = asCartLine(line);
  return decideLine(cart.client.rules, others, item, { coordinatorOverride: override });
}

export function remainingCents(cart: Cart): number | null {
  const rules = cart.client?.rules;
  if (!rules?.budget) return null;
  const { budgetCents } = cartTotals(cart.lines);
  const overridden = rules.overrideUsed || cart.lines.some((l) => l.overrideId !== null);
  const raw = rules.budget.amountCents - rules.spentCents - budgetCents;
  return overridden ? raw : Math.max(0, raw);
}

export function refusalDetails(decision: Exclude<ItemDecision, { ok: true }>): Record<string, string | number | null> {
  const details: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(decision)) {
    if (key === 'ok' || key === 'reason') continue;
    if (typeof value === 'string' || typeof value === 'number' || value === null) details[key] = value;
  }
  return details;
}

export { lineAmountCents, lineReferenceCents };
