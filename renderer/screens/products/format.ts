// Small display helpers of the products screens.
import type { Language } from '../../../main/contract/money';

/** Cents as the form shows them to be typed back: `1,25` (nl/fr) or `1.25` (en), no currency sign. */
export function centsForInput(cents: number, lang: Language): string {
  const text = (cents / 100).toFixed(2);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** Grams as kg to be typed back: `2,5` (nl/fr) or `2.5` (en), up to 3 decimals, no grouping. */
export function kgForInput(grams: number, lang: Language): string {
  const text = String(Number((grams / 1000).toFixed(3)));
  return lang === 'en' ? text : text.replace('.', ',');
}

/** A stock quantity: units, or grams shown as kg for products sold by weight. */
export function quantityText(quantity: number, unit: 'piece' | 'kg', lang: Language): string {
  if (unit === 'piece') return String(quantity);
  const kg = new Intl.NumberFormat(lang === 'en' ? 'en-BE' : `${lang}-BE`, { maximumFractionDigits: 3 });
  return `${kg.format(quantity / 1000)} kg`;
}
