import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  duplicatePersonMatch,
  namesAreSimilar,
  normaliseName,
} from '../../../main/domain/name-match';
import { buildSearchText, matchesPrefixes, rankFuzzy, searchTokens } from '../../../main/domain/text-search';

const dob = '1980-03-12';

describe('name matching', () => {
  it('normalises accents, case and separators', () => {
    expect(normaliseName("  Zoë D'Hondt-Van  Acker ")).toBe('zoe d hondt van acker');
    expect(normaliseName('ZOE')).toBe(normaliseName('Zoë'));
  });
  it('computes Damerau-Levenshtein with a cut-off', () => {
    expect(damerauLevenshtein('mohammed', 'mohamed')).toBe(1);
    expect(damerauLevenshtein('marie', 'mraie')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
  it('distance is symmetric and zero only on equal strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(damerauLevenshtein(a, b)).toBe(damerauLevenshtein(b, a));
        expect(damerauLevenshtein(a, b) === 0).toBe(a === b);
      }),
    );
  });
  it('finds duplicates the social worker should see', () => {
    const existing = { firstName: 'Mohammed', lastName: 'El Amrani', dateOfBirth: dob };
    expect(duplicatePersonMatch({ firstName: 'Mohamed', lastName: 'El-Amrani', dateOfBirth: dob }, existing)).toBe(
      'similar-name',
    );
    expect(duplicatePersonMatch({ firstName: 'MOHAMMED', lastName: 'el amrani', dateOfBirth: dob }, existing)).toBe(
      'same-name',
    );
    const marie = { firstName: 'Marie', lastName: 'Dupont', dateOfBirth: dob };
    expect(duplicatePersonMatch({ firstName: 'Dupont', lastName: 'Marie', dateOfBirth: dob }, marie)).toBe(
      'swapped-names',
    );
    expect(duplicatePersonMatch({ firstName: 'Marie Dupont', lastName: '', dateOfBirth: dob }, marie)).toBe(
      'swapped-names',
    );
    expect(
      duplicatePersonMatch(
        { firstName: 'Zoe', lastName: 'Peeters', dateOfBirth: dob },
        { firstName: 'Zoë', lastName: 'Peeters', dateOfBirth: dob },
      ),
    ).toBe('same-name');
    expect(duplicatePersonMatch({ ...marie, dateOfBirth: '1980-03-13' }, marie)).toBeNull();
    expect(duplicatePersonMatch({ firstName: 'Martin', lastName: 'Dubois', dateOfBirth: dob }, marie)).toBeNull();
    expect(namesAreSimilar('Ann', 'Jan')).toBe(false);
  });
});

describe('text search', () => {
  const rows = [
    { id: 1, text: buildSearchText(['Crème fraîche', 'Crème fraîche', '5410000000002']) },
    { id: 2, text: buildSearchText(['Chocoladepasta', 'Pâte à tartiner']) },
    { id: 3, text: buildSearchText(['Mohammed', 'El Amrani']) },
  ];
  it('builds normalised text and prefix/trigram tokens', () => {
    expect(rows[0]?.text).toBe('creme fraiche creme fraiche 5410000000002');
    expect(searchTokens('lait')).toEqual(['lait', '# la', '#lai', '#ait', '#it ']);
    expect(matchesPrefixes(rows[1]?.text ?? '', 'PATE choco')).toBe(true);
    expect(matchesPrefixes(rows[1]?.text ?? '', 'melk')).toBe(false);
  });
  it('ranks small spelling mistakes', () => {
    const ranked = rankFuzzy('mohamed el amrani', rows, (row) => row.text);
    expect(ranked.map((r) => [r.item.id, r.distance])).toEqual([[3, 1]]);
    expect(rankFuzzy('creme fraiche', rows, (row) => row.text)[0]?.item.id).toBe(1);
    expect(rankFuzzy('chocolad', rows, (row) => row.text)[0]?.item.id).toBe(2);
  });
});
