import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../../main/contract/barcode';
import { cartTotals, settle, type TillLine, vatBreakdown } from '../../../main/domain/till/cart';
import { buildReceipt } from '../../../main/domain/till/receipt';
import { decodeVariableMeasure } from '../../../main/domain/till/variable-measure';

const line = (over: Partial<TillLine> = {}): TillLine => ({
  productId: 1,
  categoryId: null,
  unit: 'piece',
  quantity: 1,
  unitPriceCents: 100,
  unitReferenceCents: 200,
  vatRate: 6,
  inBudget: true,
  overrideId: null,
  ...over,
});

describe('till cart arithmetic', () => {
  it('weighs a line to the cent, half up, and totals budget and reference', () => {
    const totals = cartTotals([
      line({ unit: 'kg', quantity: 1255, unitPriceCents: 200, unitReferenceCents: 400 }),
      line({ inBudget: false }),
    ]);
    expect(totals).toEqual({ totalCents: 251 + 100, budgetCents: 251, referenceCents: 502 + 200, savedCents: 351 });
  });

  it('rounds only the cash part to 5 cents and gives change', () => {
    const cash = settle(333, [{ method: 'cash', tenderedCents: 500 }]);
    expect(cash).toMatchObject({ ok: true, roundingCents: 2, changeCents: 165, cashDueCents: 335 });
    const split = settle(333, [{ method: 'voucher', amountCents: 200 }, { method: 'cash' }]);
    expect(split).toMatchObject({ ok: true, roundingCents: 2, cashDueCents: 135 });
    expect(settle(333, [{ method: 'card' }])).toMatchObject({ ok: true, roundingCents: 0 });
    expect(settle(333, [{ method: 'cash', tenderedCents: 300 }])).toMatchObject({
      ok: false,
      reason: 'tendered-short',
    });
    expect(settle(333, [{ method: 'card', amountCents: 400 }])).toMatchObject({ ok: false, reason: 'payment-over' });
  });

  it('breaks VAT down per rate from inclusive totals', () => {
    expect(
      vatBreakdown([
        { vatRate: 6, amountCents: 106 },
        { vatRate: 21, amountCents: 121 },
        { vatRate: 6, amountCents: 106 },
      ]),
    ).toEqual([
      { rate: 6, grossCents: 212, netCents: 200, vatCents: 12 },
      { rate: 21, grossCents: 121, netCents: 100, vatCents: 21 },
    ]);
  });

  it('decodes price- and weight-embedded codes by the configured prefixes', () => {
    const rules = [
      { prefix: '21', kind: 'price' as const },
      { prefix: '22', kind: 'weight' as const },
    ];
    expect(decodeVariableMeasure(withCheckDigit('211234501250'), rules)).toEqual({
      kind: 'price',
      itemCode: '12345',
      amountCents: 1250,
    });
    expect(decodeVariableMeasure(withCheckDigit('221234500750'), rules)).toEqual({
      kind: 'weight',
      itemCode: '12345',
      grams: 750,
    });
    expect(decodeVariableMeasure(withCheckDigit('231234500750'), rules)).toBeNull();
  });

  it('builds a receipt in the household language with savings, and no VAT when not liable', () => {
    const doc = buildReceipt({
      lang: 'fr',
      shopName: 'Épicerie',
      tillId: 'till-1',
      number: null,
      at: '2026-11-27 10:00',
      kind: 'sale',
      cashierFirstName: 'Anna',
      clientFirstName: 'Marie',
      proxyName: null,
      lines: [{ name: 'Riz', quantityText: '1 x', amountCents: 100, referenceCents: 250, vatRate: 6 }],
      payments: [{ method: 'cash', amountCents: 100, tenderedCents: 200, changeCents: 100 }],
      roundingCents: 0,
      vatLiable: false,
      remainingBudgetCents: 1200,
      nextAppointment: null,
      practice: false,
    });
    const text = JSON.stringify(doc);
    expect(text).toContain('Vous avez économisé');
    expect(text).toContain('Budget restant');
    expect(text).not.toContain('TVA');
  });
});
