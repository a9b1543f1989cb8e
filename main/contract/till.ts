// The till's channels: shift, client, cart (kept in the main process), payment, returns.
import { z } from 'zod';
import { channel } from './define';
import { languageSchema } from './money';

const cashier = ['cashier', 'coordinator'] as const;
export const tillPaymentMethodSchema = z.enum(['cash', 'card', 'voucher', 'account']);
/** Euro notes and coins in cents: the same list as `euroDenominations` in the domain (a unit test checks). */
export const euroDenominationCents = [
  50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1,
] as const;
// Only these keys: a made-up one ("99999", "3") would count money that cannot exist into the float,
// the count and the variance.
const denominationKey = z.string().regex(new RegExp(`^(${euroDenominationCents.join('|')})$`));
export const denominationCountsSchema = z.record(denominationKey, z.number().int().min(0).max(10000));

export const tillClientSchema = z.object({
  householdId: z.number().int(),
  cardId: z.number().int(),
  firstName: z.string(),
  householdSize: z.number().int(),
  adults: z.number().int(),
  children: z.number().int(),
  status: z.string(),
  validUntil: z.string().nullable(),
  language: languageSchema,
  proxy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  proxies: z.array(z.object({ id: z.number().int(), name: z.string() })),
  budgetCents: z.number().int().nullable(),
  spentCents: z.number().int(),
  formula: z.string(),
  /** This household's item limits, scaled to its members, with what it already took this period. */
  itemLimits: z.array(
    z.object({
      name: z.string(),
      perVisit: z.number().int().nullable(),
      perPeriod: z.number().int().nullable(),
      period: z.enum(['week', 'month']),
      usedThisPeriod: z.number().int(),
    }),
  ),
  /**
   * `start` is the UTC instant; `time` its 'HH:MM' in the shop's time zone, as the volunteer reads it.
   * A walk-in has no booked slot: `start` is when they were let in (or the slot they were put in).
   */
  appointment: z
    .object({
      id: z.number().int(),
      start: z.string(),
      time: z.string(),
      checkedIn: z.boolean(),
      walkIn: z.boolean(),
    })
    .nullable(),
  nextAppointment: z.string().nullable(),
});

export const tillLineSchema = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  name: z.string(),
  unit: z.enum(['piece', 'kg']),
  quantity: z.number().int(),
  amountCents: z.number().int(),
  referenceCents: z.number().int(),
  inBudget: z.boolean(),
  overridden: z.boolean(),
});

export const tillRefusalSchema = z.object({
  reason: z.string(),
  productId: z.number().int(),
  productName: z.string(),
  quantity: z.number().int(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

export const tillViewSchema = z.object({
  tillId: z.string(),
  practice: z.boolean(),
  shift: z
    .object({
      id: z.number().int(),
      openedAt: z.string(),
      floatCents: z.number().int(),
      openedBy: z.object({ id: z.number().int(), name: z.string() }),
    })
    .nullable(),
  client: tillClientSchema.nullable(),
  lines: z.array(tillLineSchema),
  totalCents: z.number().int(),
  budgetCents: z.number().int(),
  referenceCents: z.number().int(),
  remainingCents: z.number().int().nullable(),
  refusal: tillRefusalSchema.nullable(),
  parked: z.boolean(),
  paymentMethods: z.array(tillPaymentMethodSchema),
  pendingReceipts: z.number().int(),
  lastSale: z
    .object({
      saleId: z.number().int(),
      number: z.number().int(),
      changeCents: z.number().int(),
      totalCents: z.number().int(),
    })
    .nullable(),
});
export type TillView = z.infer<typeof tillViewSchema>;

const productHitSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.enum(['piece', 'kg']),
  priceCents: z.number().int(),
  quickKey: z.number().int().nullable(),
});

export const zReportSchema = z.object({
  shiftId: z.number().int(),
  tillId: z.string(),
  openedAt: z.string(),
  closedAt: z.string(),
  sales: z.object({ count: z.number().int(), totalCents: z.number().int() }),
  returns: z.object({ count: z.number().int(), totalCents: z.number().int() }),
  byMethod: z.record(z.string(), z.number().int()),
  voids: z.number().int(),
  cancels: z.number().int(),
  overrides: z.number().int(),
  roundingCents: z.number().int(),
  floatCents: z.number().int(),
  expectedCents: z.number().int(),
  countedCents: z.number().int(),
  varianceCents: z.number().int(),
});
export type ZReport = z.infer<typeof zReportSchema>;

const view = z.object({ view: tillViewSchema });

export const tillChannels = {
  'till:get-state': channel({ input: z.object({}), output: tillViewSchema, access: cashier }),
  'till:open-shift': channel({
    input: z.object({ counts: denominationCountsSchema }),
    output: tillViewSchema,
    access: cashier,
  }),
  'till:close-shift': channel({
    input: z.object({ counts: denominationCountsSchema }),
    output: z.object({ report: zReportSchema, printJobId: z.number().int() }),
    access: cashier,
  }),
  'till:scan-card': channel({
    input: z.object({ code: z.string().trim().min(1).max(40) }),
    output: tillViewSchema,
    access: cashier,
  }),
  'till:choose-proxy': channel({
    input: z.object({ proxyId: z.number().int().nullable() }),
    output: tillViewSchema,
    access: cashier,
  }),
  'till:check-in': channel({ input: z.object({}), output: tillViewSchema, access: cashier }),
  'till:scan-product': channel({
    input: z.object({ code: z.string().trim().min(1).max(40), quantity: z.number().int().min(1).max(999).optional() }),
    output: view.extend({ added: z.boolean() }),
    access: cashier,
  }),
  'till:add-product': channel({
    input: z.object({ productId: z.number().int(), quantity: z.number().int().min(1).max(100000).optional() }),
    output: view.extend({ added: z.boolean() }),
    access: cashier,
  }),
  'till:search-products': channel({
    input: z.object({ query: z.string().trim().max(60) }),
    output: z.array(productHitSchema),
    access: cashier,
  }),
  'till:quick-keys': channel({ input: z.object({}), output: z.array(productHitSchema), access: cashier }),
  'till:set-quantity': channel({
    input: z.object({ lineId: z.number().int(), quantity: z.number().int().min(1).max(100000) }),
    output: view.extend({ added: z.boolean() }),
    access: cashier,
  }),
  'till:void-line': channel({ input: z.object({ lineId: z.number().int() }), output: tillViewSchema, access: cashier }),
  'till:override-line': channel({
    input: z.object({
      approverId: z.number().int(),
      approverPin: z.string().regex(/^\d{4,8}$/),
      reason: z.string().trim().min(3).max(200),
    }),
    output: tillViewSchema,
    access: cashier,
  }),
  'till:list-approvers': channel({
    input: z.object({}),
    output: z.array(z.object({ id: z.number().int(), name: z.string() })),
    access: cashier,
  }),
  'till:dismiss-refusal': channel({ input: z.object({}), output: tillViewSchema, access: cashier }),
  'till:cancel-sale': channel({ input: z.object({}), output: tillViewSchema, access: cashier }),
  'till:park-sale': channel({ input: z.object({}), output: tillViewSchema, access: cashier }),
  'till:resume-sale': channel({ input: z.object({}), output: tillViewSchema, access: cashier }),
  'till:pay': channel({
    input: z.object({
      tenders: z
        .array(
          z.object({
            method: tillPaymentMethodSchema,
            amountCents: z.number().int().min(0).optional(),
            tenderedCents: z.number().int().min(0).optional(),
          }),
        )
        .min(1)
        .max(4),
    }),
    output: z.object({
      view: tillViewSchema,
      number: z.number().int(),
      changeCents: z.number().int(),
      printJobId: z.number().int().nullable(),
    }),
    access: cashier,
  }),
  'till:find-sale': channel({
    input: z.object({ number: z.number().int().min(1) }),
    output: z.object({
      saleId: z.number().int(),
      number: z.number().int(),
      at: z.string(),
      lines: z.array(
        z.object({
          lineNo: z.number().int(),
          name: z.string(),
          /** A weighed line's quantity and returnable are grams. */
          unit: z.enum(['piece', 'kg']),
          quantity: z.number().int(),
          returnable: z.number().int(),
          amountCents: z.number().int(),
        }),
      ),
    }),
    access: cashier,
  }),
  'till:return-sale': channel({
    input: z.object({
      number: z.number().int().min(1),
      lines: z
        .array(z.object({ lineNo: z.number().int(), quantity: z.number().int().min(1) }))
        .min(1)
        .refine((lines) => new Set(lines.map((l) => l.lineNo)).size === lines.length, 'each line once'),
      /** Only work out the refund (amount and methods) to show before the cashier confirms; nothing is written. */
      preview: z.boolean().optional(),
    }),
    output: z.object({
      number: z.number().int(),
      refundCents: z.number().int(),
      methods: z.array(tillPaymentMethodSchema),
    }),
    access: cashier,
  }),
};
