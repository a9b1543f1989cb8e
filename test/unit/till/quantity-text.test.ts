// Weights on the till screen read like the receipt's (decimal comma in Dutch and French), and a
// typed return quantity is either understood (pieces, or kg with a comma or point) or refused.
import { describe, expect, it } from 'vitest';
import { kgText, lineQuantityText, parseReturnQuantity } from '../../../renderer/screens/till/quantity-text';

describe('till quantities', () => {
  it('shows grams as kg with the language decimal separator', () => {
    expect(kgText(750, 'nl')).toBe('0,75 kg');
    expect(kgText(750, 'fr')).toBe('0,75 kg');
    expect(kgText(1234, 'nl')).toBe('1,234 kg');
    expect(lineQuantityText({ unit: 'piece', quantity: 3 }, 'nl')).toBe('3 ×');
  });

  it('reads a return quantity: pieces whole, kg with a comma or a point, anything else refused', () => {
    expect(parseReturnQuantity('2', 'piece')).toBe(2);
    expect(parseReturnQuantity('', 'piece')).toBe(0);
    expect(parseReturnQuantity('1,5', 'piece')).toBeNull();
    expect(parseReturnQuantity('-1', 'piece')).toBeNull();
    expect(parseReturnQuantity('0,3', 'kg')).toBe(300);
    expect(parseReturnQuantity('0.75', 'kg')).toBe(750);
    expect(parseReturnQuantity('1', 'kg')).toBe(1000);
    expect(parseReturnQuantity('abc', 'kg')).toBeNull();
    expect(parseReturnQuantity('0,3333', 'kg')).toBeNull();
  });
});
