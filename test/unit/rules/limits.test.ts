import { describe, expect, it } from 'vitest';
import { effectiveLimit, type ItemLimit, unitsUsedByPeriod } from '../../../main/domain/limits';

describe('limits', () => {
  it('counts units per period, returns in the period of their sale', () => {
    const used = unitsUsedByPeriod(
      [
        { weekKey: '2026-W48', monthKey: '2026-11', productId: 'olive', categoryId: 'oil', quantity: 2, kind: 'sale' },
        { weekKey: '2026-W47', monthKey: '2026-11', productId: 'olive', categoryId: 'oil', quantity: 1, kind: 'sale' },
        {
          weekKey: '2026-W48',
          monthKey: '2026-11',
          productId: 'olive',
          categoryId: 'oil',
          quantity: 1,
          kind: 'return',
        },
      ],
      { weekKey: '2026-W48', monthKey: '2026-11' },
    );
    expect(used.week.categories.oil).toBe(1);
    expect(used.month.products.olive).toBe(2);
  });

  it('scales per person', () => {
    const milk: ItemLimit = {
      id: 'milk',
      target: { kind: 'product', productId: 'milk' },
      perVisit: 2,
      perPeriod: 4,
      period: 'week',
      scaling: 'per-person',
      requiresChildUnderYears: null,
    };
    expect(effectiveLimit(milk, ['1980-01-01', '2010-01-01', '2020-01-01'], '2026-11-24')).toEqual({
      perVisit: 6,
      perPeriod: 12,
    });
  });
});
