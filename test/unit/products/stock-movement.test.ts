import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../../main/contract/barcode';
import { checkProductForm } from '../../../main/domain/product-form';
import { checkReceive, checkWriteOff, parseQuantity, stockTake } from '../../../main/domain/stock-movement';

describe('stock quantities as typed', () => {
  it('reads whole pieces and kg with a comma or point as grams', () => {
    expect(parseQuantity('12', 'piece')).toBe(12);
    expect(parseQuantity('2,5', 'kg')).toBe(2500);
    expect(parseQuantity('0.125', 'kg')).toBe(125);
  });
  it.each([
    ['0', 'piece'],
    ['1,5', 'piece'],
    ['-3', 'piece'],
    ['abc', 'kg'],
    ['0,0001', 'kg'],
    ['', 'piece'],
  ] as const)('refuses %s for a %s product', (raw, unit) => {
    expect(parseQuantity(raw, unit)).toBeUndefined();
  });
  it('allows zero only for a count', () => {
    expect(parseQuantity('0', 'piece', true)).toBe(0);
  });
  it('a stock-take variance brings the expected stock to the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (expected, counted) => {
        expect(expected + stockTake(expected, counted).variance).toBe(counted);
      }),
    );
  });
  it('never writes off more than is in stock', () => {
    expect(checkWriteOff('5', 'piece', 4)).toEqual({
      ok: false,
      errors: [{ path: 'quantity', code: 'not-enough-stock' }],
    });
    expect(checkWriteOff('4', 'piece', 4)).toEqual({ ok: true, quantity: 4 });
  });
  it('reads a delivery: cost in cents, Belgian date to ISO', () => {
    expect(
      checkReceive(
        { quantity: '6', source: 'purchase', supplier: ' Colruyt ', cost: '€ 4,50', bestBefore: '1/12/2026' },
        'piece',
      ),
    ).toEqual({
      ok: true,
      values: { quantity: 6, source: 'purchase', supplier: 'Colruyt', costCents: 450, bestBefore: '2026-12-01' },
    });
  });
});

describe('the product form', () => {
  const form = {
    code: '036000291452',
    nameNl: 'Maïs',
    nameFr: 'Maïs doux',
    categoryId: null,
    unit: 'piece' as const,
    socialPrice: '0,80',
    referencePrice: '1.20',
    vatRate: 6,
    inBudget: true,
    active: true,
  };
  it('stores a UPC-A as its EAN-13 and a short code as an in-store code', () => {
    const upc = checkProductForm(form);
    expect(upc.ok && upc.values).toMatchObject({ barcode: '0036000291452', storeCode: null, socialPriceCents: 80 });
    const store = checkProductForm({ ...form, code: 'brood-1' });
    expect(store.ok && store.values).toMatchObject({ barcode: null, storeCode: 'BROOD-1' });
  });
  it('refuses every wrong check digit, whatever the prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.integer({ min: 1, max: 9 }), (body, shift) => {
        const code = withCheckDigit(body);
        const wrong = `${body}${(Number(code.at(-1)) + shift) % 10}`;
        const result = checkProductForm({ ...form, code: wrong });
        expect(result.ok ? [] : result.errors).toContainEqual({ path: 'code', code: 'bad-check-digit' });
      }),
    );
  });
});
