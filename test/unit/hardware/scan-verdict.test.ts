import { describe, expect, it } from 'vitest';
import { scanVerdict } from '../../../hardware/scanner/scan-verdict';

describe('scan verdict', () => {
  it('accepts a valid EAN-13 and normalises a UPC-A to EAN-13', () => {
    expect(scanVerdict({ code: '5449000000996', symbology: 'ean13' })).toEqual({
      kind: 'gs1',
      code: '5449000000996',
      barcodeKind: 'ean13',
    });
    expect(scanVerdict({ code: '036000291452' })).toMatchObject({ kind: 'gs1', code: '0036000291452' });
  });

  it('calls a wrong check digit a bad read, so the till says "scan again"', () => {
    expect(scanVerdict({ code: '5449000000995', symbology: 'ean13' })).toEqual({
      kind: 'bad-read',
      reason: 'bad-check-digit',
    });
    expect(scanVerdict({ code: '54490', symbology: 'ean8' })).toEqual({ kind: 'bad-read', reason: 'bad-length' });
  });

  it('passes other symbologies through', () => {
    expect(scanVerdict({ code: 'T1-000042', symbology: 'code128' })).toEqual({ kind: 'other', code: 'T1-000042' });
    expect(scanVerdict({ code: '12345' })).toEqual({ kind: 'other', code: '12345' });
  });
});
