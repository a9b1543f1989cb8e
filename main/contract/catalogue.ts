// The coordinator's catalogue (issue 3): list, open, create and edit products, price history,
// categories and shelf labels. Prices arrive as typed ("1,25"): the service parses them, so a bad
// value comes back as a field-level code the screen translates.
import { z } from 'zod';
import { channel } from './define';

const unitSchema = z.enum(['piece', 'kg']);

export const catalogueItemSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameNl: z.string(),
  nameFr: z.string(),
  categoryId: z.number().int().nullable(),
  unit: unitSchema,
  socialPriceCents: z.number().int(),
  referencePriceCents: z.number().int(),
  vatRate: z.number().int(),
  inBudget: z.boolean(),
  active: z.boolean(),
  stockQuantity: z.number().int(),
  lowStockThreshold: z.number().int().nullable(),
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const priceChangeSchema = z.object({
  at: z.string(),
  userName: z.string().nullable(),
  oldSocialCents: z.number().int().nullable(),
  newSocialCents: z.number().int(),
  oldReferenceCents: z.number().int().nullable(),
  newReferenceCents: z.number().int(),
});
export type PriceChange = z.infer<typeof priceChangeSchema>;

export const productFormSchema = z.object({
  code: z.string().max(40),
  nameNl: z.string().max(200),
  nameFr: z.string().max(200),
  categoryId: z.number().int().nullable(),
  unit: unitSchema,
  socialPrice: z.string().max(20),
  referencePrice: z.string().max(20),
  vatRate: z.number().int(),
  inBudget: z.boolean(),
  active: z.boolean(),
  lowStockThreshold: z.number().int().min(0).max(1_000_000).nullable().default(null),
});
export type ProductForm = z.input<typeof productFormSchema>;

export const catalogueChannels = {
  /** Instant search for the catalogue: accent- and case-insensitive, inactive products included. */
  'products:list-catalogue': channel({
    input: z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(catalogueItemSchema),
    access: ['coordinator'],
  }),
  'products:get-product': channel({
    input: z.object({ productId: z.number().int() }),
    output: z.object({ product: catalogueItemSchema, priceHistory: z.array(priceChangeSchema) }),
    access: ['coordinator'],
  }),
  /** Creates (no productId) or updates a product; a changed price is recorded with date and user. */
  'products:save-product': channel({
    input: z.object({ productId: z.number().int().nullable(), form: productFormSchema }),
    output: z.object({ productId: z.number().int(), priceChanged: z.boolean() }),
    access: ['coordinator'],
  }),
  'products:list-categories': channel({
    input: z.object({}),
    output: z.array(z.object({ id: z.number().int(), nameNl: z.string(), nameFr: z.string() })),
    access: ['coordinator'],
  }),
  /** How far this session's running import is (total 0 while the file is still being read). */
  'products:import-progress': channel({
    input: z.object({}),
    output: z.object({ active: z.boolean(), done: z.number().int(), total: z.number().int() }),
    access: ['coordinator'],
  }),
  /** An A4 sheet of shelf labels (name, social and reference price, barcode) for the chosen products. */
  'products:labels-pdf': channel({
    input: z.object({ productIds: z.array(z.number().int()).min(1).max(500) }),
    output: z.object({ pdfBase64: z.string() }),
    access: ['coordinator'],
  }),
};
