// Name normalisation, Damerau-Levenshtein distance and the duplicate-person test (issue 4 item 3).

/** `Zoë  D'Hondt-Van Acker` → `zoe d hondt van acker`: NFD without marks, lower case, separators → one space. */
export function normaliseName(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[œ]/gi, 'oe')
    .replace(/[ø]/gi, 'o')
    .replace(/[ł]/gi, 'l')
    .toLowerCase()
    .replace(/[\s\-‐‑–—'’`´.,_]+/g, ' ')
    .trim();
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment Damerau-Levenshtein (insert, delete, substitute, swap two neighbours).
 * Stops early and returns maxDistance + 1 as soon as every cell of a row exceeds maxDistance, which
 * keeps ranking a few hundred candidates cheap.
 */
export function damerauLevenshtein(a: string, b: string, maxDistance = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > maxDistance) return maxDistance + 1;
  const width = b.length + 1;
  // Three rows reused across calls: a search compares one query with thousands of words.
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [previousPrevious, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > maxDistance) return maxDistance + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  const distance = previous[b.length] ?? 0;
  return distance > maxDistance ? maxDistance + 1 : distance;
}

/** Edits tolerated for a name of this length: short names must match more closely. */
export function toleratedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** Same name up to accents/case/separators, or within toleratedEdits of it. */
export function namesAreSimilar(a: string, b: string): boolean {
  const left = normaliseName(a);
  const right = normaliseName(b);
  if (left === right) return true;
  const allowed = toleratedEdits(Math.min(left.length, right.length));
  return damerauLevenshtein(left, right, allowed) <= allowed;
}

export interface PersonName {
  readonly firstName: string;
  readonly lastName: string;
  /** 'YYYY-MM-DD' */
  readonly dateOfBirth: string;
}

export type DuplicateMatch = 'same-name' | 'similar-name' | 'swapped-names';

/**
 * Two records may be the same person: same date of birth AND names that match — exactly (after
 * normalisation), with small spelling differences (each name within its tolerance, the whole name
 * within 2), or with first and last name swapped (`Dupont Marie` typed as first name `Marie`).
 * Returns null when they are clearly different.
 */
export function duplicatePersonMatch(candidate: PersonName, existing: PersonName): DuplicateMatch | null {
  if (candidate.dateOfBirth !== existing.dateOfBirth) return null;
  const first = normaliseName(candidate.firstName);
  const last = normaliseName(candidate.lastName);
  const otherFirst = normaliseName(existing.firstName);
  const otherLast = normaliseName(existing.lastName);
  if (first === otherFirst && last === otherLast) return 'same-name';
  const whole = `${first} ${last}`;
  if (namesAreSimilar(first, otherFirst) && namesAreSimilar(last, otherLast)) {
    if (damerauLevenshtein(whole, `${otherFirst} ${otherLast}`, 2) <= 2) return 'similar-name';
  }
  if (namesAreSimilar(first, otherLast) && namesAreSimilar(last, otherFirst)) return 'swapped-names';
  // Everything typed in one field ("Marie Dupont" as first name, empty last name).
  const sortedTokens = (text: string): string => text.split(' ').filter(Boolean).sort().join(' ');
  if (sortedTokens(whole) === sortedTokens(`${otherFirst} ${otherLast}`)) return 'swapped-names';
  return null;
}
