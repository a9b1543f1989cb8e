import { describe, expect, it } from 'vitest';
import { allAreas, translate, translateError } from '../../../renderer/i18n/index';

describe('translations', () => {
  it.each(Object.entries(allAreas))('area %s has the same keys, all non-empty, in nl, fr and en', (_name, area) => {
    const keys = (lang: 'nl' | 'fr' | 'en') => Object.keys(area[lang]).sort();
    expect(keys('nl')).toEqual(keys('en'));
    expect(keys('fr')).toEqual(keys('en'));
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const text of Object.values(area[lang] as Record<string, string>)) expect(text.trim()).not.toBe('');
    }
  });

  it('fills parameters and translates refusals by reason', () => {
    expect(translate('nl', 'home.greeting', { name: 'Bart' })).toBe('Hallo Bart');
    expect(
      translateError('fr', {
        code: 'refused',
        reason: 'pin-wrong',
        message: 'wrong PIN',
        details: { attemptsLeft: 3 },
      }),
    ).toBe('Code PIN erroné. Encore 3 essais.');
    expect(translateError('en', { code: 'forbidden', reason: 'something-new', message: 'x' })).toBe(
      'You may not do this with your role.',
    );
  });
});
