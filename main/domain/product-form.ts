// The catalogue form's rules (issue 3): what a coordinator typed → a product, or field-level codes.
// Pure; the service adds the checks that need the database (code in use, category exists).
import type { FieldError } from '../contract/define';
import { parseDecimalToCents } from './csv';
import { readProductCode } from './product-import';

export interface ProductFormInput {
  readonly code: string;
  readonly nameNl: string;
  readonly nameFr: string;
  readonly categoryId: number | null;
  readonly unit: 'piece' | 'kg';
  readonly socialPrice: string;
  readonly referencePrice: string;
  readonly vatRate: number;
  readonly inBudget: boolean;
  readonly active: boolean;
}

export interface ProductValues {
  readonly barcode: string | null;
  readonly storeCode: string | null;
  readonly nameNl: string;
  readonly nameFr: string;
  readonly categoryId: number | null;
  readonly unit: 'piece' | 'kg';
  readonly socialPriceCents: number;
  readonly referencePriceCents: number;
  readonly vatRate: 0 | 6 | 12 | 21;
  readonly inBudget: boolean;
  readonly active: boolean;
}

const vatRates = [0, 6, 12, 21] as const;

function isVatRate(value: number): value is (typeof vatRates)[number] {
  return (vatRates as readonly number[]).includes(value);
}

export function checkProductForm(
  input: ProductFormInput,
): { ok: true; values: ProductValues } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const code = readProductCode(input.code);
  if (code.kind === 'problem') errors.push({ path: 'code', code: code.reason });
  const nameNl = input.nameNl.trim();
  const nameFr = input.nameFr.trim();
  // Both names are required here (the import lets one stand in for the other, a form need not).
  if (nameNl === '') errors.push({ path: 'nameNl', code: 'missing-name' });
  if (nameFr === '') errors.push({ path: 'nameFr', code: 'missing-name' });
  const price = (path: 'socialPrice' | 'referencePrice'): number => {
    const parsed = parseDecimalToCents(input[path]);
    if (!parsed.ok) errors.push({ path, code: 'bad-price' });
    else if (parsed.cents < 0) errors.push({ path, code: 'negative-price' });
    return parsed.ok ? parsed.cents : 0;
  };
  const socialPriceCents = price('socialPrice');
  const referencePriceCents = price('referencePrice');
  if (!isVatRate(input.vatRate)) errors.push({ path: 'vatRate', code: 'unknown-vat' });
  if (errors.length > 0 || code.kind === 'problem' || !isVatRate(input.vatRate)) return { ok: false, errors };
  return {
    ok: true,
    values: {
      barcode: code.kind === 'barcode' ? code.code : null,
      storeCode: code.kind === 'store' ? code.code : null,
      nameNl,
      nameFr,
      categoryId: input.categoryId,
      unit: input.unit,
      socialPriceCents,
      referencePriceCents,
      vatRate: input.vatRate,
      inBudget: input.inBudget,
      active: input.active,
    },
  };
}
