import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../../main/contract/barcode';
import {
  exportProductsCsv,
  parseProductBytes,
  parseProductCsv,
  readProductCode,
} from '../../../main/domain/product-import';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/csv', name)));

describe('product import', () => {
  it.each(['products-windows-1252.csv', 'products-utf8-bom.csv'])('reads %s with accents intact', (name) => {
    const report = parseProductBytes(fixture(name));
    expect(report.problems).toEqual([]);
    expect(report.products).toHaveLength(2);
    expect(report.products[0]).toMatchObject({
      line: 2,
      barcode: '5410000000002',
      nameNl: 'Crème fraîche',
      unit: 'piece',
      socialPriceCents: 125,
      referencePriceCents: 249,
      vatRate: 6,
      inBudget: true,
    });
    expect(report.products[1]).toMatchObject({
      barcode: '0036000291452',
      nameFr: 'Garçon côté',
      inBudget: false,
      vatRate: 21,
    });
  });

  it('reads a , file with decimal points and a quoted multi-line name', () => {
    const report = parseProductBytes(fixture('products-comma.csv'));
    expect(report.delimiter).toBe(',');
    expect(report.problems).toEqual([]);
    expect(report.products.map((p) => [p.line, p.nameNl, p.nameFr, p.socialPriceCents, p.unit])).toEqual([
      [2, 'Melk, halfvol', 'Lait\ndemi-écrémé', 125, 'piece'],
      [4, 'Brood', 'Pain', 123450, 'kg'],
    ]);
  });

  it('names every kind of bad row by line and reason', () => {
    const report = parseProductBytes(fixture('products-bad-rows.csv'));
    expect(report.problems.map((p) => [p.line, p.reason, p.detail ?? p.firstLine ?? null])).toEqual([
      [2, 'bad-check-digit', null],
      [3, 'missing-name', null],
      [4, 'bad-price', 'negative'],
      [5, 'bad-price', 'unreadable'],
      [6, 'unknown-vat', null],
      [7, 'unknown-unit', null],
      [8, 'duplicate-barcode', 7],
      [9, 'unknown-in-budget', null],
    ]);
    expect(report.products).toEqual([]);
    expect(report.rowCount).toBe(8);
  });

  it('reports missing columns for the whole file', () => {
    expect(parseProductCsv('naam;btw\nx;6').fileProblems).toEqual([
      { reason: 'missing-column', column: 'barcode' },
      { reason: 'missing-column', column: 'socialPrice' },
      { reason: 'missing-column', column: 'referencePrice' },
    ]);
    expect(parseProductCsv('').fileProblems).toEqual([{ reason: 'empty-file' }]);
  });

  it('classifies codes: check digit whatever the prefix, store codes, damaged codes', () => {
    expect(readProductCode('2000000000001')).toEqual({ kind: 'problem', reason: 'bad-check-digit' });
    expect(readProductCode(withCheckDigit('200000000001'))).toEqual({ kind: 'barcode', code: '2000000000015' });
    expect(readProductCode('1234')).toEqual({ kind: 'store', code: '1234' });
    expect(readProductCode('brd-01')).toEqual({ kind: 'store', code: 'BRD-01' });
    expect(readProductCode('5.41E+12')).toEqual({ kind: 'problem', reason: 'bad-barcode' });
    expect(readProductCode('541000000')).toEqual({ kind: 'problem', reason: 'bad-barcode' });
    expect(readProductCode('')).toEqual({ kind: 'problem', reason: 'missing-barcode' });
  });

  it('exports with Dutch headers and imports back unchanged (property)', () => {
    const product = fc.record({
      barcode: fc
        .integer({ min: 0, max: 99_999_999_999 })
        .map((n) => withCheckDigit(`5${String(n).padStart(11, '0')}`)),
      storeCode: fc.constant(null),
      nameNl: fc
        .string({ minLength: 1, unit: fc.constantFrom('a', 'é', ';', '"', ' ', 'ç', '\n') })
        .filter((s) => s.trim() === s && s !== ''),
      nameFr: fc.constantFrom('Pain', 'Crème; "fraîche"', 'Lait\ndemi'),
      category: fc.constantFrom(null, 'Zuivel'),
      unit: fc.constantFrom('piece' as const, 'kg' as const),
      socialPriceCents: fc.integer({ min: 0, max: 1_000_000 }),
      referencePriceCents: fc.integer({ min: 0, max: 1_000_000 }),
      vatRate: fc.constantFrom(0 as const, 6 as const, 12 as const, 21 as const),
      inBudget: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(product, { selector: (p) => p.barcode, maxLength: 8 }), (products) => {
        for (const dialect of ['belgian-excel', 'rfc4180'] as const) {
          const text = exportProductsCsv(products, dialect);
          const report = parseProductBytes(new TextEncoder().encode(text));
          expect(report.problems).toEqual([]);
          expect(report.products.map(({ line: _line, ...rest }) => rest)).toEqual(products);
        }
      }),
    );
    expect(
      exportProductsCsv([]).startsWith('\ufeffstreepjescode;naam;franse naam;categorie;eenheid;sociale prijs'),
    ).toBe(true);
  });
});
