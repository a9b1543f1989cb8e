// What a read means for the till: a product or card barcode with a valid check digit, a bad read
// ("scan again", with its own sound), or another code (a receipt number in Code 128, a QR).
// Pure; the renderer's wedge applies the same rule through checkBarcode.
import { type BarcodeKind, checkBarcode } from '../../main/contract/barcode';
import type { ScanEvent } from './scanner';

export type ScanVerdict =
  | { kind: 'gs1'; code: string; barcodeKind: BarcodeKind }
  | { kind: 'bad-read'; reason: 'not-digits' | 'bad-length' | 'bad-check-digit' }
  | { kind: 'other'; code: string };

const gs1Symbologies = new Set(['ean13', 'ean8', 'upca']);

export function scanVerdict(scan: Pick<ScanEvent, 'code' | 'symbology'>): ScanVerdict {
  // Without a symbology (keyboard mode), a code of 8, 12 or 13 digits is taken to be a GS1 one.
  const looksGs1 = scan.symbology ? gs1Symbologies.has(scan.symbology) : /^(\d{8}|\d{12,13})$/.test(scan.code);
  if (!looksGs1) return { kind: 'other', code: scan.code };
  const check = checkBarcode(scan.code);
  return check.ok
    ? { kind: 'gs1', code: check.code, barcodeKind: check.kind }
    : { kind: 'bad-read', reason: check.reason };
}
