// The Z report as a printer-neutral document, in the closing volunteer's language.
import type { ReceiptDocument, ReceiptItem } from '../../../hardware/printer/receipt-document';
import { formatMoney, type Language } from '../../contract/money';
import type { ZReport } from '../../contract/till';
import { receiptWord } from '../../domain/till/receipt';

const labels = {
  en: {
    title: 'Z report',
    sales: 'Sales',
    returns: 'Returns',
    voids: 'Voided lines',
    cancels: 'Cancelled sales',
    overrides: 'Overrides',
    float: 'Float',
    expected: 'Expected cash',
    counted: 'Counted cash',
    variance: 'Variance',
  },
  nl: {
    title: 'Z-rapport',
    sales: 'Verkopen',
    returns: 'Retours',
    voids: 'Geschrapte lijnen',
    cancels: 'Geannuleerde verkopen',
    overrides: 'Uitzonderingen',
    float: 'Wisselgeld',
    expected: 'Verwacht contant',
    counted: 'Geteld contant',
    variance: 'Verschil',
  },
  fr: {
    title: 'Rapport Z',
    sales: 'Ventes',
    returns: 'Retours',
    voids: 'Lignes annulées',
    cancels: 'Ventes annulées',
    overrides: 'Dérogations',
    float: 'Fonds de caisse',
    expected: 'Espèces attendues',
    counted: 'Espèces comptées',
    variance: 'Écart',
  },
} as const satisfies Record<Language, Record<string, string>>;

export function zReportDocument(z: ZReport, lang: Language, shopName: string): ReceiptDocument {
  const l = labels[lang];
  const m = (c: number) => formatMoney(c, lang);
  const cols = (left: string, right: string, bold = false): ReceiptItem => ({ kind: 'columns', left, right, bold });
  const methods = (['cash', 'card', 'voucher', 'account'] as const)
    .filter((k) => z.byMethod[k] !== undefined)
    .map((k) => cols(receiptWord(lang, k), m(z.byMethod[k] ?? 0)));
  return {
    items: [
      { kind: 'text', text: shopName, align: 'center', bold: true },
      { kind: 'text', text: `${l.title} ${z.tillId} #${z.shiftId}`, align: 'center', bold: true },
      { kind: 'text', text: `${z.openedAt} - ${z.closedAt}`, align: 'center' },
      { kind: 'rule' },
      cols(`${l.sales} (${z.sales.count})`, m(z.sales.totalCents)),
      cols(`${l.returns} (${z.returns.count})`, m(z.returns.totalCents)),
      ...methods,
      cols(l.voids, String(z.voids)),
      cols(l.cancels, String(z.cancels)),
      cols(l.overrides, String(z.overrides)),
      { kind: 'rule' },
      cols(l.float, m(z.floatCents)),
      cols(l.expected, m(z.expectedCents)),
      cols(l.counted, m(z.countedCents)),
      cols(l.variance, m(z.varianceCents), true),
      { kind: 'feed', lines: 3 },
      { kind: 'cut' },
    ],
  };
}
