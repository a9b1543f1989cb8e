// The Z report as a printer-neutral document, in the closing volunteer's language.
import type { ReceiptDocument, ReceiptItem } from '../../../hardware/printer/receipt-document';
import { formatMoney, type Language } from '../../contract/money';
import type { ZReport } from '../../contract/till';
import { receiptWord } from '../../domain/till/receipt';
import { localStamp } from './sale';

const labels = {
  en: {
    title: 'Z report',
    sales: 'Sales',
    returns: 'Returns',
    voids: 'Voided lines',
    cancels: 'Cancelled sales',
    overrides: 'Overrides',
    rounding: 'Cash rounding',
    closedBy: 'Closed by',
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
    rounding: 'Afronding contant',
    closedBy: 'Afgesloten door',
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
    rounding: 'Arrondi espèces',
    closedBy: 'Clôturé par',
    float: 'Fonds de caisse',
    expected: 'Espèces attendues',
    counted: 'Espèces comptées',
    variance: 'Écart',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** `timeZone`: the shop's, for the shift's opening and closing times; `closedBy`: the volunteer's first name. */
export function zReportDocument(
  z: ZReport,
  lang: Language,
  shop: { name: string; timeZone: string },
  closedBy: string,
): ReceiptDocument {
  const l = labels[lang];
  const m = (c: number) => formatMoney(c, lang);
  const cols = (left: string, right: string, bold = false): ReceiptItem => ({ kind: 'columns', left, right, bold });
  const methods = (['cash', 'card', 'voucher', 'account'] as const)
    .filter((k) => z.byMethod[k] !== undefined)
    .map((k) => cols(receiptWord(lang, k), m(z.byMethod[k] ?? 0)));
  return {
    items: [
      { kind: 'text', text: shop.name, align: 'center', bold: true },
      { kind: 'text', text: `${l.title} ${z.tillId} #${z.shiftId}`, align: 'center', bold: true },
      {
        kind: 'text',
        text: `${localStamp(new Date(z.openedAt), shop.timeZone)} - ${localStamp(new Date(z.closedAt), shop.timeZone)}`,
        align: 'center',
      },
      { kind: 'rule' },
      cols(`${l.sales} (${z.sales.count})`, m(z.sales.totalCents)),
      cols(`${l.returns} (${z.returns.count})`, m(z.returns.totalCents)),
      ...methods,
      // Payments add up to the sales only with the cash rounding (to 5 cents) shown beside them.
      ...(z.roundingCents !== 0 ? [cols(l.rounding, m(z.roundingCents))] : []),
      cols(l.voids, String(z.voids)),
      cols(l.cancels, String(z.cancels)),
      cols(l.overrides, String(z.overrides)),
      { kind: 'rule' },
      cols(l.float, m(z.floatCents)),
      cols(l.expected, m(z.expectedCents)),
      cols(l.counted, m(z.countedCents)),
      cols(l.variance, m(z.varianceCents), true),
      { kind: 'text', text: `${l.closedBy} ${closedBy}` },
      { kind: 'feed', lines: 3 },
      { kind: 'cut' },
    ],
  };
}
