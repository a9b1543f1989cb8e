// Shelf labels on the receipt printer, one cut piece per product: name, social price (per kg for
// weighed goods) and the product's code as a barcode. They go through the same print queue as
// receipts and the Z report, so a printer fault holds them back instead of losing them.
import { formatMoney, type Language } from '../../main/contract/money';
import type { ReceiptDocument, ReceiptItem } from './receipt-document';

export interface ShelfLabelProduct {
  name: string;
  priceCents: number;
  unit: 'piece' | 'kg';
  /** The barcode or store code; a label without one shows no barcode. */
  code: string | null;
}

const perKg: Record<Language, string> = { nl: 'per kg', fr: 'le kg', en: 'per kg' };

export function shelfLabelsDocument(products: readonly ShelfLabelProduct[], lang: Language): ReceiptDocument {
  const items: ReceiptItem[] = products.flatMap((p): ReceiptItem[] => [
    { kind: 'text', text: p.name, align: 'center', bold: true },
    {
      kind: 'text',
      text: p.unit === 'kg' ? `${formatMoney(p.priceCents, lang)} ${perKg[lang]}` : formatMoney(p.priceCents, lang),
      align: 'center',
      size: 'double',
    },
    ...(p.code && /^[\x20-\x7e]{1,40}$/.test(p.code) ? [{ kind: 'barcode', data: p.code } as const] : []),
    { kind: 'cut' },
  ]);
  return { items };
}
