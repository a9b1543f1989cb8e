// Cell values in nl/fr/en: yes/no, VAT rates, units, dates. Each parser returns undefined when it
// cannot read the value, so the caller can attach its own reason code and column.

import { normaliseHeader } from './headers';

const truthy = new Set(['yes', 'y', 'ja', 'j', 'oui', 'o', '1', 'true', 'waar', 'vrai', 'x']);
const falsy = new Set(['no', 'n', 'nee', 'non', '0', 'false', 'onwaar', 'faux']);

/** yes/no, ja/nee, oui/non, 1/0, true/false, waar/onwaar, vrai/faux (any case, accents ignored). */
export function parseYesNo(raw: string): boolean | undefined {
  const value = normaliseHeader(raw);
  if (truthy.has(value)) return true;
  if (falsy.has(value)) return false;
  return undefined;
}

export const vatRates = [0, 6, 12, 21] as const;
export type VatRate = (typeof vatRates)[number];

/** `6`, `6%`, `6 %`, `6,00`, `6.0` → 6. Only percentages: a fraction like `0,06` is refused, not guessed. */
export function parseVatRate(raw: string): VatRate | undefined {
  const value = raw.replace(/[%\s]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  const rate = Number(value);
  return vatRates.find((candidate) => candidate === rate);
}

export const productUnits = ['piece', 'kg'] as const;
export type ProductUnit = (typeof productUnits)[number];

const unitWords: Readonly<Record<string, ProductUnit>> = {
  piece: 'piece',
  pieces: 'piece',
  pc: 'piece',
  pcs: 'piece',
  stuk: 'piece',
  stuks: 'piece',
  st: 'piece',
  kg: 'kg',
  kilo: 'kg',
  kilogram: 'kg',
  kilogramme: 'kg',
};

/** piece/stuk/pièce/pc, kg/kilo. Accents and case ignored (`Pièce` → piece). */
export function parseUnit(raw: string): ProductUnit | undefined {
  return unitWords[normaliseHeader(raw)];
}

/**
 * `dd/mm/yyyy` (also `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`) or ISO `yyyy-mm-dd` → ISO date string.
 * Returns undefined for impossible dates (31/02/2020) — checked by round-tripping through UTC.
 */
export function parseDateCell(raw: string): string | undefined {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : belgian
      ? [Number(belgian[3]), Number(belgian[2]), Number(belgian[1])]
      : [Number.NaN, Number.NaN, Number.NaN];
  if (!Number.isInteger(year) || year < 1000) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
