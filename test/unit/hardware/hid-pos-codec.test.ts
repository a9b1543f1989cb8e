// Fixtures are built by hand from the USB HID Point of Sale Usage Tables 1.02 (Barcode Scanner
// page 0x8C: Scanned Data Report 0x12 with Symbology Identifier 1–3, Decoded Data and Decode Data
// Continued), laid out in the common 64-byte report. No POS-mode scanner was at hand to record
// from, so these bytes follow the spec's usages, not one vendor's recording.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHidPosReports, HidPosAssembler, symbologyFromAim } from '../../../hardware/scanner/hid-pos-codec';

/** [0x02][len][sym×3][56 data bytes][2 vendor bytes][continued] */
function specReport(data: string, aim: string, continued: boolean): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x02, data.length, ...[...aim].map((c) => c.charCodeAt(0))]);
  bytes.set(
    [...data].map((c) => c.charCodeAt(0)),
    5,
  );
  bytes[63] = continued ? 0x01 : 0x00;
  return bytes;
}

describe('HID POS scanned data reports', () => {
  it('decodes an EAN-13 in one report, with its AIM symbology identifier', () => {
    const report = specReport('5449000000996', ']E0', false);
    expect([...report.subarray(0, 18)]).toEqual([
      0x02, 0x0d, 0x5d, 0x45, 0x30, 0x35, 0x34, 0x34, 0x39, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x39, 0x39, 0x36,
    ]);
    expect(new HidPosAssembler().push(report)).toEqual({
      code: '5449000000996',
      symbologyId: ']E0',
      symbology: 'ean13',
    });
  });

  it('joins a long Code 128 sent over two reports with Decode Data Continued set on the first', () => {
    const code = 'RCPT-2026-000123-TILL01-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789-abcdefghij';
    const assembler = new HidPosAssembler();
    expect(assembler.push(specReport(code.slice(0, 56), ']C0', true))).toBeUndefined();
    expect(assembler.push(specReport(code.slice(56), ']C0', false))).toEqual({
      code,
      symbologyId: ']C0',
      symbology: 'code128',
    });
  });

  it('tells EAN-8 and UPC-A apart and drops a trailing CR suffix', () => {
    const assembler = new HidPosAssembler();
    expect(assembler.push(specReport('96385074\r', ']E4', false))?.symbology).toBe('ean8');
    expect(assembler.push(specReport('036000291452', ']E0', false))?.symbology).toBe('upca');
  });

  it('ignores reports with another report ID', () => {
    const other = specReport('123', ']E0', false);
    other[0] = 0x04;
    expect(new HidPosAssembler().push(other)).toBeUndefined();
  });

  it('maps AIM identifiers, and no identifier, to symbologies', () => {
    expect(symbologyFromAim(']Q1', 'x')).toBe('qr');
    expect(symbologyFromAim(']d2', 'x')).toBe('datamatrix');
    expect(symbologyFromAim('', 'x')).toBe('other');
  });

  it('round-trips any code through the encoder used by the fakes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789ABCZ-'.split('')), maxLength: 200 }), (code) => {
        const assembler = new HidPosAssembler();
        const results = encodeHidPosReports(code, ']C0').map((r) => assembler.push(r));
        expect(results.at(-1)?.code).toBe(code);
        expect(results.slice(0, -1).every((r) => r === undefined)).toBe(true);
      }),
    );
  });
});
