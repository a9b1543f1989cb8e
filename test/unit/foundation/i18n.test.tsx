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

  it('says one or several as each language counts', () => {
    const family = (lang: 'nl' | 'fr' | 'en', adults: number, children: number) =>
      translate(lang, 'households.adultsChildren', { adults, children });
    expect(family('fr', 1, 0)).toBe('1 adulte, 0 enfant');
    expect(family('fr', 2, 3)).toBe('2 adultes, 3 enfants');
    expect(family('nl', 1, 0)).toBe('1 volwassene, 0 kinderen');
    expect(family('en', 1, 1)).toBe('1 adult, 1 child');
    expect(translate('nl', 'till.receiptWaiting', { count: 1 })).toBe('1 kasticket wacht op de printer');
    expect(translate('nl', 'till.receiptWaiting', { count: 2 })).toBe('2 kastickets wachten op de printer');
  });

  it('has no "(s)" style plurals left: a number picks its own word', () => {
    for (const [name, area] of Object.entries(allAreas))
      for (const lang of ['nl', 'fr', 'en'] as const)
        for (const [key, text] of Object.entries(area[lang] as Record<string, string>))
          expect(text, `${name}.${key} (${lang})`).not.toMatch(/\w\((s|en|x|es)\)/);
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
