// The printer-neutral receipt the till renders sales, Z reports and labels into. It is plain data
// (JSON-safe) so a print job can be stored in the queue and re-encoded for whatever printer is
// configured when it finally prints.
import { z } from 'zod';
import { codePageSchema } from './code-pages';

export const textAlignSchema = z.enum(['left', 'center', 'right']);
export type TextAlign = z.infer<typeof textAlignSchema>;
export const textSizeSchema = z.enum(['normal', 'double']);
export type TextSize = z.infer<typeof textSizeSchema>;

export const receiptItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    align: textAlignSchema.optional(),
    bold: z.boolean().optional(),
    size: textSizeSchema.optional(),
  }),
  /** A label on the left and an amount on the right, e.g. a sale line. */
  z.object({ kind: z.literal('columns'), left: z.string(), right: z.string(), bold: z.boolean().optional() }),
  z.object({ kind: z.literal('rule') }),
  z.object({ kind: z.literal('feed'), lines: z.number().int().min(1).max(10) }),
  z.object({ kind: z.literal('barcode'), data: z.string().regex(/^[\x20-\x7e]{1,40}$/) }),
  z.object({
    kind: z.literal('qr'),
    data: z.string().min(1).max(300),
    moduleSize: z.number().int().min(1).max(16).optional(),
  }),
  z.object({ kind: z.literal('cut') }),
  z.object({ kind: z.literal('drawer') }),
]);
export type ReceiptItem = z.infer<typeof receiptItemSchema>;

export const receiptDocumentSchema = z.object({ items: z.array(receiptItemSchema) });
export type ReceiptDocument = z.infer<typeof receiptDocumentSchema>;

/** A printer's settings, parsed from the device settings the coordinator chose. */
export const printerProfileSchema = z.object({
  columns: z.union([z.literal(48), z.literal(32)]).default(48),
  codePage: codePageSchema.default('cp858'),
});
export type PrinterProfile = z.infer<typeof printerProfileSchema>;
