// Client card numbers that can never be read as a product barcode (DOMAIN.md, issue 4 item 4).
// Default: EAN-13 in GS1's 040–049 "restricted circulation within a company" range, digits only,
// so an AZERTY/QWERTY mix-up in a keyboard-mode scanner cannot turn it into another valid code.

import { checkBarcode, gs1CheckDigit, isVariableMeasure } from '../contract/barcode';

export interface CardRange {
  /** Digits every card number starts with, e.g. '04' (the default covers 040–049). */
  readonly prefix: string;
  /** Total length including the check digit. 13 by default (an EAN-13). */
  readonly length: number;
}

export const defaultCardRange = { prefix: '04', length: 13 } as const satisfies CardRange;

export type CardRangeProblem = 'prefix-not-digits' | 'bad-length' | 'variable-measure-prefix' | 'prefix-too-long';

/** A range is refused if it could overlap in-store codes (20–29) or leaves no room for a serial. */
export function checkCardRange(range: CardRange): CardRangeProblem | null {
  if (!/^\d+$/.test(range.prefix)) return 'prefix-not-digits';
  if (!Number.isInteger(range.length) || range.length < 8 || range.length > 18) return 'bad-length';
  if (range.prefix[0] === '2') return 'variable-measure-prefix';
  if (range.prefix.length > range.length - 2) return 'prefix-too-long';
  return null;
}

export type CardNumberCheck =
  | { readonly ok: true; readonly cardNumber: string }
  | {
      readonly ok: false;
      readonly reason: 'not-digits' | 'bad-length' | 'out-of-range' | 'variable-measure' | 'bad-check-digit';
    };

export function checkCardNumber(raw: string, range: CardRange = defaultCardRange): CardNumberCheck {
  const code = raw.trim();
  if (!/^\d+$/.test(code)) return { ok: false, reason: 'not-digits' };
  if (code.length !== range.length) return { ok: false, reason: 'bad-length' };
  if (code.length === 13 && isVariableMeasure(code)) return { ok: false, reason: 'variable-measure' };
  if (!code.startsWith(range.prefix)) return { ok: false, reason: 'out-of-range' };
  if (gs1CheckDigit(code.slice(0, -1)) !== Number(code.at(-1))) return { ok: false, reason: 'bad-check-digit' };
  return { ok: true, cardNumber: code };
}

/** The card number for a serial: prefix + zero-padded serial + GS1 check digit. */
export function cardNumberForSerial(serial: number, range: CardRange = defaultCardRange): string {
  const width = range.length - 1 - range.prefix.length;
  const body = `${range.prefix}${String(serial).padStart(width, '0')}`;
  if (!Number.isSafeInteger(serial) || serial < 0 || body.length !== range.length - 1) {
    throw new RangeError('card-range-exhausted');
  }
  return `${body}${gs1CheckDigit(body)}`;
}

/**
 * Next number after the highest issued one in this range (blocked numbers included: the caller passes
 * every number ever issued, e.g. `SELECT max(card_number) FROM cards WHERE card_number LIKE '04%'`
 * — zero-padded fixed length makes text order equal numeric order). Deterministic; serial starts at 1.
 */
export function nextCardNumber(issued: Iterable<string>, range: CardRange = defaultCardRange): string {
  const width = range.length - 1 - range.prefix.length;
  let highest = 0;
  for (const number of issued) {
    if (number.length !== range.length || !number.startsWith(range.prefix)) continue;
    const serial = Number(number.slice(range.prefix.length, range.prefix.length + width));
    if (Number.isSafeInteger(serial) && serial > highest) highest = serial;
  }
  return cardNumberForSerial(highest + 1, range);
}

export type ScanClass = 'card' | 'product' | 'invalid';

/**
 * What a scan at the till is: a card in the configured range, a product (valid GS1 code, any prefix
 * outside the card range, or a shop's own short store code of 1–6 digits), or invalid.
 */
export function classifyScan(raw: string, range: CardRange = defaultCardRange): ScanClass {
  const code = raw.trim();
  if (code.startsWith(range.prefix) && code.length === range.length) {
    return checkCardNumber(code, range).ok ? 'card' : 'invalid';
  }
  if (/^\d{1,6}$/.test(code)) return 'product';
  const barcode = checkBarcode(code);
  if (!barcode.ok) return 'invalid';
  // A UPC-A is its EAN-13 with a leading 0; if that lands in the card range it is not a product.
  if (barcode.code.startsWith(range.prefix) && barcode.code.length === range.length) return 'card';
  return 'product';
}
