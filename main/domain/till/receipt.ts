// The receipt as a printer-neutral document, in the household's language. Only the first name ever
// appears: never a surname or an address (DOMAIN.md, privacy).
import type { ReceiptDocument, ReceiptItem } from '../../../hardware/printer/receipt-document';
import { formatMoney, type Language } from '../../contract/money';
import { type VatRow, vatBreakdown } from './cart';

const words = {
  en: {
    receipt: 'Receipt',
    ret: 'Return',
    total: 'Total',
    ref: 'Shop price',
    refLine: 'shop price',
    saved: 'You saved',
    vat: 'VAT',
    net: 'excl.',
    remaining: 'Budget left',
    next: 'Next appointment',
    change: 'Change',
    rounding: 'Rounding',
    tendered: 'Given',
    served: 'Served by',
    proxy: 'On behalf of',
    practice: 'PRACTICE - NOT A SALE',
    cash: 'Cash',
    card: 'Bancontact',
    voucher: 'Voucher',
    account: 'On account',
  },
  nl: {
    receipt: 'Kasticket',
    ret: 'Retour',
    total: 'Totaal',
    ref: 'Winkelprijs',
    refLine: 'winkelprijs',
    saved: 'U bespaarde',
    vat: 'btw',
    net: 'excl.',
    remaining: 'Budget over',
    next: 'Volgende afspraak',
    change: 'Terug',
    rounding: 'Afronding',
    tendered: 'Gegeven',
    served: 'Geholpen door',
    proxy: 'Namens',
    practice: 'OEFENING - GEEN VERKOOP',
    cash: 'Contant',
    card: 'Bancontact',
    voucher: 'Waardebon',
    account: 'Op rekening',
  },
  fr: {
    receipt: 'Ticket',
    ret: 'Retour',
    total: 'Total',
    ref: 'Prix magasin',
    refLine: 'prix magasin',
    saved: 'Vous avez économisé',
    vat: 'TVA',
    net: 'HTVA',
    remaining: 'Budget restant',
    next: 'Prochain rendez-vous',
    change: 'Rendu',
    rounding: 'Arrondi',
    tendered: 'Reçu',
    served: 'Servi par',
    proxy: 'Pour le compte de',
    practice: 'EXERCICE - PAS UNE VENTE',
    cash: 'Espèces',
    card: 'Bancontact',
    voucher: 'Bon',
    account: 'Sur compte',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ReceiptWord = keyof (typeof words)['en'];
export function receiptWord(lang: Language, key: ReceiptWord): string {
  return words[lang][key];
}

export interface ReceiptInput {
  lang: Language;
  shopName: string;
  tillId: string;
  number: number | null;
  at: string;
  kind: 'sale' | 'return';
  cashierFirstName: string;
  clientFirstName: string | null;
  proxyName: string | null;
  lines: { name: string; quantityText: string; amountCents: number; referenceCents: number; vatRate: number }[];
  payments: {
    method: 'cash' | 'card' | 'voucher' | 'account';
    amountCents: number;
    tenderedCents: number | null;
    changeCents: number | null;
  }[];
  roundingCents: number;
  vatLiable: boolean;
  remainingBudgetCents: number | null;
  nextAppointment: string | null;
  practice: boolean;
}

const money = (c: number, lang: Language) => formatMoney(c, lang);

export function buildReceipt(r: ReceiptInput): ReceiptDocument {
  const w = words[r.lang];
  const items: ReceiptItem[] = [];
  const text = (t: string, extra: Partial<{ bold: boolean; align: 'left' | 'center' | 'right' }> = {}) =>
    items.push({ kind: 'text', text: t, ...extra });
  const cols = (left: string, right: string, bold = false) => items.push({ kind: 'columns', left, right, bold });
  if (r.practice) text(w.practice, { bold: true, align: 'center' });
  text(r.shopName, { bold: true, align: 'center' });
  text(`${r.kind === 'return' ? w.ret : w.receipt} ${r.tillId}${r.number === null ? '' : ` #${r.number}`}`, {
    align: 'center',
  });
  text(r.at, { align: 'center' });
  if (r.clientFirstName) text(r.clientFirstName);
  if (r.proxyName) text(`${w.proxy}: ${r.clientFirstName ?? ''} - ${r.proxyName}`);
  items.push({ kind: 'rule' });
  for (const line of r.lines) {
    cols(`${line.quantityText} ${line.name}`, money(line.amountCents, r.lang));
    // The line's shop (reference) price under it, so the client sees what each item would cost elsewhere.
    if (line.referenceCents !== line.amountCents) cols(`  ${w.refLine}`, money(line.referenceCents, r.lang));
  }
  items.push({ kind: 'rule' });
  const total = r.lines.reduce((s, l) => s + l.amountCents, 0);
  const reference = r.lines.reduce((s, l) => s + l.referenceCents, 0);
  if (r.roundingCents !== 0) cols(w.rounding, money(r.roundingCents, r.lang));
  cols(w.total, money(total + r.roundingCents, r.lang), true);
  for (const p of r.payments) {
    cols(w[p.method], money(p.amountCents, r.lang));
    if (p.tenderedCents !== null) cols(`  ${w.tendered}`, money(p.tenderedCents, r.lang));
    if (p.changeCents !== null && p.changeCents !== 0) cols(`  ${w.change}`, money(p.changeCents, r.lang));
  }
  if (reference > total) {
    cols(w.ref, money(reference, r.lang));
    cols(w.saved, money(reference - total, r.lang), true);
  }
  if (r.vatLiable) {
    items.push({ kind: 'rule' });
    for (const v of vatBreakdown(r.lines)) vatRow(items, v, w, r.lang);
  }
  if (r.remainingBudgetCents !== null || r.nextAppointment) items.push({ kind: 'rule' });
  if (r.remainingBudgetCents !== null) cols(w.remaining, money(r.remainingBudgetCents, r.lang));
  if (r.nextAppointment) cols(w.next, r.nextAppointment);
  text(`${w.served} ${r.cashierFirstName}`);
  // The sale's number as a barcode: scanned into the till's return field, it finds this sale.
  if (r.kind === 'sale' && r.number !== null) items.push({ kind: 'barcode', data: String(r.number) });
  items.push({ kind: 'feed', lines: 3 }, { kind: 'cut' });
  if (r.payments.some((p) => p.method === 'cash')) items.push({ kind: 'drawer' });
  return { items };
}

function vatRow(items: ReceiptItem[], v: VatRow, w: (typeof words)[Language], lang: Language): void {
  items.push({
    kind: 'columns',
    left: `${w.vat} ${v.rate}% (${w.net} ${money(v.netCents, lang)})`,
    right: money(v.vatCents, lang),
  });
}
