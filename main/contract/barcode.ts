// GS1 barcodes: check digits and classification. Pure, shared by main and renderer.

export type BarcodeKind = 'ean13' | 'ean8' | 'upca';

/** GS1 mod-10 check digit for the digits before the check digit. */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  // Weights alternate 3,1,3,… starting from the rightmost body digit.
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function hasValidCheckDigit(code: string): boolean {
  if (!/^\d{8}$|^\d{12,13}$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

export function barcodeKind(code: string): BarcodeKind | null {
  switch (code.length) {
    case 13:
      return 'ean13';
    case 12:
      return 'upca';
    case 8:
      return 'ean8';
    default:
      return null;
  }
}

export type BarcodeCheck =
  | { ok: true; code: string; kind: BarcodeKind }
  | { ok: false; reason: 'not-digits' | 'bad-length' | 'bad-check-digit' };

/**
 * Validates an EAN-13, EAN-8 or UPC-A code and normalises it: a UPC-A is stored as its EAN-13
 * (a leading 0), so the same product scanned either way finds one row.
 */
export function checkBarcode(raw: string): BarcodeCheck {
  const code = raw.trim();
  if (!/^\d+$/.test(code)) return { ok: false, reason: 'not-digits' };
  const kind = barcodeKind(code);
  if (!kind) return { ok: false, reason: 'bad-length' };
  if (!hasValidCheckDigit(code)) return { ok: false, reason: 'bad-check-digit' };
  return { ok: true, code: kind === 'upca' ? `0${code}` : code, kind };
}

/** EAN-13s starting 20–29 are in-store, variable-measure codes (price or weight embedded). */
export function isVariableMeasure(ean13: string): boolean {
  return ean13.length === 13 && ean13[0] === '2';
}

/** Appends the GS1 check digit to a body of 7, 11 or 12 digits. */
export function withCheckDigit(body: string): string {
  return `${body}${gs1CheckDigit(body)}`;
}
