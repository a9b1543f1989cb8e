import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TillError } from '../../../main/api/errors';
import { enrolmentStatus } from '../../../main/domain/enrolment-status';
import { damerauLevenshtein } from '../../../main/domain/name-match';
import { checkProxies, checkSuspension } from '../../../main/services/households/periods';
import type { SearchIndex } from '../../../main/services/households/search-index';
import { buildSearchIndex, searchNames } from '../../../main/services/households/search-index';
import { periodEnd, summariseStatus } from '../../../main/services/households/status-summary';

function indexOf(people: [number, string][]): SearchIndex {
  return buildSearchIndex(
    people.map(([householdId, name], i) => {
      const [firstName = '', ...rest] = name.split(' ');
      return { householdId, memberId: i + 1, firstName, lastName: rest.join(' '), isReference: false };
    }),
    'test',
  );
}

const index = indexOf([
  [1, 'Zoë Vandenbroucke'],
  [1, 'Lotte Vandenbroucke'],
  [2, 'Mohammed El Amrani'],
  [3, 'Jan Peeters'],
  [4, 'Jana Peeters'],
]);

describe('searchNames', () => {
  it('is accent- and case-insensitive and matches word prefixes', () => {
    expect(searchNames(index, 'ZOE').map((h) => h.householdId)).toEqual([1]);
    expect(searchNames(index, 'vanden').map((h) => h.householdId)).toEqual([1]);
    expect(searchNames(index, 'jan pee').map((h) => h.householdId)).toEqual([3, 4]);
  });
  it('tolerates small spelling mistakes, exact matches first', () => {
    expect(searchNames(index, 'vandenbrouke zoe')).toEqual([{ householdId: 1, memberId: 1, distance: 1 }]);
    expect(searchNames(index, 'mohamed').map((h) => h.householdId)).toEqual([2]);
    expect(searchNames(index, 'lote')[0]).toMatchObject({ householdId: 1, memberId: 2 });
  });
  it('finds nothing for a different name and short words must match exactly', () => {
    expect(searchNames(index, 'dubois')).toEqual([]);
    expect(searchNames(index, 'jon')).toEqual([]);
  });
  it('the letter-mask shortcut never drops a match the plain edit distance would find', () => {
    // Reference: every member word compared with every query word, no vocabulary, no prefilter.
    const allowed = (w: string) => (w.length <= 3 ? 0 : w.length <= 6 ? 1 : 2);
    const wordDistance = (q: string, w: string) =>
      w.startsWith(q)
        ? 0
        : allowed(q) === 0
          ? 99
          : Math.min(damerauLevenshtein(q, w, allowed(q)), damerauLevenshtein(q, w.slice(0, q.length), allowed(q)));
    const word = fc.string({ unit: fc.constantFrom('a', 'e', 'l', 'n', 'r', 't'), minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 12 }), word, (names, query) => {
        const built = indexOf(names.map(([first, last], i) => [i + 1, `${first} ${last}`]));
        const expected = names.flatMap(([first, last], i) => {
          const d = Math.min(wordDistance(query, first), wordDistance(query, last));
          return d <= allowed(query) ? [{ householdId: i + 1, distance: d }] : [];
        });
        expected.sort((a, b) => a.distance - b.distance || a.householdId - b.householdId);
        const found = searchNames(built, query, 100).map((h) => ({ householdId: h.householdId, distance: h.distance }));
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('periods', () => {
  it('a default period of n months ends the day before the same date n months later', () => {
    expect(periodEnd('2026-01-01', 6)).toBe('2026-06-30');
    expect(periodEnd('2026-08-31', 6)).toBe('2027-02-28');
    expect(periodEnd('2026-11-15', 12)).toBe('2027-11-14');
  });
  it('summarises status with its dates', () => {
    const status = enrolmentStatus([{ id: '1', validFrom: '2026-11-01', validUntil: '2026-11-30' }], [], '2026-11-24');
    expect(summariseStatus(status)).toEqual({
      kind: 'expiring',
      validUntil: '2026-11-30',
      daysLeft: 6,
      suspendedUntil: null,
    });
  });
  it('refuses a suspension without reason or ending in the past, and a proxy without name', () => {
    expect(checkSuspension(' no-show ', '15/12/2026', '2026-11-24')).toEqual({
      reason: 'no-show',
      until: '2026-12-15',
    });
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof TillError ? error.fields : error;
      }
      return undefined;
    };
    expect(refused(() => checkSuspension('', '2026-01-01', '2026-11-24'))).toEqual([
      { path: 'reason', code: 'required' },
      { path: 'until', code: 'until-before-from' },
    ]);
    expect(refused(() => checkProxies([{ name: '', validUntil: '31/02/2027' }], '2026-11-24'))).toEqual([
      { path: 'proxies.0.name', code: 'required' },
      { path: 'proxies.0.validUntil', code: 'bad-date' },
    ]);
  });
});
