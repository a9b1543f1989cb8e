// Stock (issue 3): it moves only through movements with a user and a reason. Quantities are units,
// or grams for a product sold by weight; typed values arrive as strings and come back as field codes.
import { z } from 'zod';
import { channel } from './define';

const productId = z.number().int();
const unit = z.enum(['piece', 'kg']);

export const stockMovementSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string().nullable(),
  kind: z.enum(['received', 'sold', 'returned', 'counted', 'written-off']),
  quantity: z.number().int(),
  source: z.enum(['donation', 'purchase']).nullable(),
  supplier: z.string().nullable(),
  costCents: z.number().int().nullable(),
  bestBefore: z.string().nullable(),
  reason: z.string().nullable(),
});
export type StockMovement = z.infer<typeof stockMovementSchema>;

const stockLine = z.object({
  productId,
  name: z.string(),
  code: z.string(),
  unit,
  stockQuantity: z.number().int(),
});

export const stockChannels = {
  'products:receive-stock': channel({
    input: z.object({
      productId,
      quantity: z.string().max(20),
      source: z.enum(['donation', 'purchase']),
      supplier: z.string().max(120),
      cost: z.string().max(20).default(''),
      bestBefore: z.string().max(20).default(''),
    }),
    output: z.object({ stockQuantity: z.number().int() }),
    access: ['coordinator'],
  }),
  /** A stock-take: the counted quantity; the movement records the variance against the expected stock. */
  'products:count-stock': channel({
    input: z.object({ productId, counted: z.string().max(20) }),
    output: z.object({
      expected: z.number().int(),
      counted: z.number().int(),
      variance: z.number().int(),
      stockQuantity: z.number().int(),
    }),
    access: ['coordinator'],
  }),
  'products:write-off-stock': channel({
    input: z.object({ productId, quantity: z.string().max(20), reason: z.enum(['expired', 'damaged']) }),
    output: z.object({ stockQuantity: z.number().int() }),
    access: ['coordinator'],
  }),
  'products:list-movements': channel({
    input: z.object({ productId, limit: z.number().int().min(1).max(500).default(50) }),
    output: z.array(stockMovementSchema),
    access: ['coordinator'],
  }),
  /** Low-stock list, stock value and received batches near (or past) their best-before date. */
  'products:stock-overview': channel({
    input: z.object({ days: z.number().int().min(0).max(90).default(7) }),
    output: z.object({
      lowStock: z.array(stockLine.extend({ threshold: z.number().int() })),
      value: z.object({ socialCents: z.number().int(), referenceCents: z.number().int(), costCents: z.number().int() }),
      nearBestBefore: z.array(stockLine.extend({ bestBefore: z.string(), received: z.number().int() })),
    }),
    access: ['coordinator'],
  }),
};
