// Products (issue 3). Cashiers only ever get `products:search-products` (name, price, unit, barcode);
// the catalogue, imports and exports are the coordinator's.
import { z } from 'zod';
import { catalogueChannels } from './catalogue';
import { channel } from './define';
import { stockChannels } from './stock';

const base64 = z.string().max(40_000_000);

const productRowReasons = [
  'missing-barcode',
  'bad-barcode',
  'bad-check-digit',
  'missing-name',
  'bad-price',
  'unknown-vat',
  'unknown-unit',
  'unknown-in-budget',
  'duplicate-barcode',
] as const;

const importReportSchema = z.object({
  rowCount: z.number().int(),
  valid: z.number().int(),
  fileProblems: z.array(z.object({ reason: z.enum(['empty-file', 'missing-column']), column: z.string().optional() })),
  problems: z.array(
    z.object({
      line: z.number().int(),
      reason: z.enum(productRowReasons),
      column: z.string(),
      value: z.string(),
      detail: z.string().optional(),
      firstLine: z.number().int().optional(),
    }),
  ),
  written: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  priceChanges: z.number().int(),
});
export type ProductImportSummary = z.infer<typeof importReportSchema>;

export const productChannels = {
  ...catalogueChannels,
  ...stockChannels,
  'products:search-products': channel({
    input: z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(100).default(20) }),
    output: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        socialPriceCents: z.number().int(),
        unit: z.enum(['piece', 'kg']),
        barcode: z.string().nullable(),
      }),
    ),
    access: ['cashier', 'coordinator'],
  }),
  /** Reads the file and reports every row; writes nothing (the screen's preview). */
  'products:preview-import': channel({
    input: z.object({ base64 }),
    output: importReportSchema,
    access: ['coordinator'],
  }),
  'products:import-products': channel({
    input: z.object({ base64, validOnly: z.boolean().default(false) }),
    output: importReportSchema,
    access: ['coordinator'],
  }),
  'products:export-products': channel({
    input: z.object({}),
    output: z.object({ csv: z.string() }),
    access: ['coordinator'],
  }),
};
