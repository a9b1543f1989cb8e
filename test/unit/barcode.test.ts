import { describe, expect, it } from 'vitest';
import { checkBarcode, gs1CheckDigit, isVariableMeasure } from '../../main/contract/barcode';

describe('GS1 check digits', () => {
  it('computes the check digit of known codes', () => {
    expect(gs1CheckDigit('400638133393')).toBe(1); // 4006381333931, a textbook EAN-13
    expect(gs1CheckDigit('9638507')).toBe(4); // 96385074, a textbook EAN-8
    expect(gs1CheckDigit('03600029145')).toBe(2); // 036000291452, a textbook UPC-A
  });

  it('accepts valid codes and normalises UPC-A to EAN-13', () => {
    expect(checkBarcode('4006381333931')).toEqual({ ok: true, code: '4006381333931', kind: 'ean13' });
    expect(checkBarcode('96385074')).toEqual({ ok: true, code: '96385074', kind: 'ean8' });
    expect(checkBarcode('036000291452')).toEqual({ ok: true, code: '0036000291452', kind: 'upca' });
  });

  it('refuses wrong check digits, lengths and characters', () => {
    expect(checkBarcode('4006381333932')).toEqual({ ok: false, reason: 'bad-check-digit' });
    expect(checkBarcode('40063813339')).toEqual({ ok: false, reason: 'bad-length' });
    expect(checkBarcode('&é"\'(§è!çà')).toEqual({ ok: false, reason: 'not-digits' });
  });

  it('recognises in-store variable-measure codes', () => {
    expect(isVariableMeasure('2012345012349')).toBe(true);
    expect(isVariableMeasure('5412345678908')).toBe(false);
  });
});
