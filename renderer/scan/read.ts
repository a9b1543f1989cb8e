// What a read means for a screen, the same rule the main process applies to HID reads
// (hardware/scanner/scan-verdict.ts). Pure, so it is unit-tested without a DOM.
import { checkBarcode } from '../../main/contract/barcode';

export type ScanSource = 'scanner' | 'wedge';
export type ScanRead =
  | { kind: 'good'; code: string; source: ScanSource }
  | { kind: 'bad-read'; code: string; source: ScanSource };

const gs1Symbologies = new Set(['ean13', 'ean8', 'upca']);

/** A code of 8, 12 or 13 digits (or one the scanner says is EAN/UPC) must pass its check digit. */
export function classifyRead(code: string, source: ScanSource, symbology?: string): ScanRead {
  const looksGs1 = symbology ? gs1Symbologies.has(symbology) : /^(\d{8}|\d{12,13})$/.test(code);
  return looksGs1 && !checkBarcode(code).ok ? { kind: 'bad-read', code, source } : { kind: 'good', code, source };
}
