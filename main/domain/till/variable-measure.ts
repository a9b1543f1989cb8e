// Variable-measure EAN-13s (prefixes 20–29): the shop configures per prefix whether the 5 digits after
// the item code are a price in cents or a weight in grams. Layout: PP IIIII VVVVV C.
import { checkBarcode } from '../../contract/barcode';

export interface VariableMeasureRule {
  prefix: string;
  kind: 'price' | 'weight';
}

export type VariableMeasure =
  | { kind: 'price'; itemCode: string; amountCents: number }
  | { kind: 'weight'; itemCode: string; grams: number };

export function decodeVariableMeasure(code: string, rules: readonly VariableMeasureRule[]): VariableMeasure | null {
  if (!/^2\d{12}$/.test(code)) return null;
  const rule = rules.find((r) => r.prefix === code.slice(0, 2));
  if (!rule) return null;
  if (!checkBarcode(code).ok) return null;
  const itemCode = code.slice(2, 7);
  const value = Number(code.slice(7, 12));
  return rule.kind === 'price'
    ? { kind: 'price', itemCode, amountCents: value }
    : { kind: 'weight', itemCode, grams: value };
}
