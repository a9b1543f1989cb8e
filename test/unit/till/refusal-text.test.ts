import { describe, expect, it } from 'vitest';
import type { Language } from '../../../main/contract/money';
import type { TillView } from '../../../main/contract/till';
import { translate } from '../../../renderer/i18n/index';
import { refusalText, statusText } from '../../../renderer/screens/till/refusal-text';

type Refusal = NonNullable<TillView['refusal']>;
const refusal = (reason: string, details: Refusal['details']): Refusal => ({
  reason,
  productId: 1,
  productName: 'Rijst',
  quantity: 1,
  details,
});
const cases: Refusal[] = [
  refusal('budget-exceeded', { remainingCents: 250, neededCents: 1000, budgetCents: 2250, periodKey: '2026-W48' }),
  refusal('item-limit', { limitId: '3', scope: 'visit', limit: 2, used: 2, requested: 1 }),
  refusal('item-limit', { limitId: '3', scope: 'period', limit: 4, used: 4, requested: 1 }),
  refusal('visit-limit', { limit: 1, used: 1, period: 'week' }),
  refusal('visit-limit', { limit: 2, used: 2, period: 'month' }),
  refusal('not-eligible', { status: 'suspended' }),
  refusal('no-rule-set', { date: '2026-11-24' }),
  refusal('age-restricted', { limitId: '4', childUnderYears: 3 }),
  refusal('something-new', {}),
];

describe('a refused line as a sentence', () => {
  it.each(['nl', 'fr', 'en'] as Language[])('in %s: never a reason code or a field name', (lang) => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate(lang, key, params);
    const texts = cases.map((c) => refusalText(t, lang, c));
    for (const text of texts) {
      expect(text).not.toMatch(
        /budget-exceeded|item-limit|visit-limit|not-eligible|no-rule-set|age-restricted|something-new|Cents|periodKey|limitId|\{|till\./,
      );
      expect(text.length).toBeGreaterThan(15);
    }
    // Different reasons read differently.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('formats the money of a budget refusal in the language', () => {
    const [budget] = cases;
    if (!budget) throw new Error('no case');
    // Intl puts a no-break space between the euro sign and the amount.
    expect(refusalText((k, p) => translate('nl', k, p), 'nl', budget).replace(/\s/g, ' ')).toBe(
      'Dit product kost € 10,00, maar van het budget van € 22,50 is deze periode nog maar € 2,50 over.',
    );
    expect(refusalText((k, p) => translate('en', k, p), 'en', budget)).toContain('€10.00');
  });

  it('translates client statuses', () => {
    expect(statusText((k) => translate('nl', k), 'active')).toBe('actief');
    expect(statusText((k) => translate('fr', k), 'expiring')).toBe('expire bientôt');
  });
});
