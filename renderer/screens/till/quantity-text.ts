// A line's quantity as the till screen shows it: pieces as "3 ×", weights in kg with the language's
// decimal separator ("0,75 kg" in Dutch and French), the same figure the receipt prints.
import { type Language, localeOf } from '../../../main/contract/money';

export function kgText(grams: number, lang: Language): string {
  return `${(grams / 1000).toLocaleString(localeOf(lang), { maximumFractionDigits: 3 })} kg`;
}

export function lineQuantityText(line: { unit: 'piece' | 'kg'; quantity: number }, lang: Language): string {
  return line.unit === 'kg' ? kgText(line.quantity, lang) : `${line.quantity} ×`;
}

/** A count in a sentence ("1", "0,75 kg"): no "×". */
export function amountText(unit: 'piece' | 'kg', quantity: number, lang: Language): string {
  return unit === 'kg' ? kgText(quantity, lang) : String(quantity);
}

/**
 * A quantity typed for a return: whole pieces, or kg with a comma or a point ("0,3") turned into
 * grams. Null when it is not such a number (the screen says so rather than dropping it).
 */
export function parseReturnQuantity(text: string, unit: 'piece' | 'kg'): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (unit === 'piece') return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
  if (!/^\d{1,4}([.,]\d{1,3})?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed.replace(',', '.')) * 1000);
}
