// The cash count of a shift's float and close: only euro notes and coins can be counted, so the
// float, the counted total and the variance are made of money that exists.
import { describe, expect, it } from 'vitest';
import { denominationCountsSchema, euroDenominationCents } from '../../../main/contract/till';
import { countedCents, euroDenominations } from '../../../main/domain/till/cart';

const accepts = (counts: unknown) => denominationCountsSchema.safeParse(counts).success;

describe('denominationCountsSchema', () => {
  it('names the same denominations as the domain', () => {
    expect([...euroDenominationCents]).toEqual([...euroDenominations]);
  });

  it('accepts a count of every euro note and coin, and an empty count', () => {
    const all = Object.fromEntries(euroDenominations.map((d) => [String(d), 2]));
    expect(accepts(all)).toBe(true);
    expect(countedCents(denominationCountsSchema.parse(all))).toBe(2 * 88_888);
    expect(accepts({})).toBe(true);
  });

  it.each(['99999', '3', '25', '0', '00', '050', '0500', '1e3', '10.00', '-100', ' 100', '€5', ''])(
    'refuses the made-up denomination %j',
    (key) => {
      expect(accepts({ [key]: 1 })).toBe(false);
      expect(accepts({ '1000': 5, [key]: 1 })).toBe(false);
    },
  );

  it('refuses a negative, fractional or absurd count', () => {
    for (const count of [-1, 1.5, 10_001, Number.NaN]) expect(accepts({ '1000': count })).toBe(false);
  });
});
