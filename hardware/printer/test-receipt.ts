// The test receipt for setting a printer up (`till print-test`, the device screen's test print):
// it exercises what goes wrong first on a new printer — code page, width, barcode, cutter.
import { formatMoney, type Language } from '../../main/contract/money';
import type { PrinterProfile, ReceiptDocument } from './receipt-document';

export function testReceipt(shopName: string, profile: PrinterProfile, lang: Language = 'nl'): ReceiptDocument {
  return {
    items: [
      { kind: 'text', text: shopName, align: 'center', bold: true, size: 'double' },
      { kind: 'text', text: `${profile.columns} columns, ${profile.codePage}`, align: 'center' },
      { kind: 'rule' },
      { kind: 'columns', left: 'Crème fraîche', right: formatMoney(125, lang) },
      { kind: 'columns', left: 'Pâté, œufs, café, Brötchen', right: formatMoney(1999, lang) },
      { kind: 'text', text: '0123456789'.repeat(Math.ceil(profile.columns / 10)).slice(0, profile.columns) },
      { kind: 'rule' },
      { kind: 'barcode', data: 'TEST-0001' },
      { kind: 'cut' },
    ],
  };
}
