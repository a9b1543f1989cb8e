// Accent- and case-insensitive search for products and households, fast enough on 20,000 rows.
//
// Intended SQL use (SQLite, better-sqlite3):
//   1. Store `search_text = buildSearchText([name_nl, name_fr, barcode, …])` in each row, and an
//      index on it is NOT enough for infix search, so also store the words in a side table:
//        CREATE TABLE product_search_token (token TEXT NOT NULL, product_id INTEGER NOT NULL,
//                                           PRIMARY KEY (token, product_id)) WITHOUT ROWID;
//      filled with `searchTokens(search_text)` (every word, plus its trigrams for typo tolerance).
//   2. Prefix search (what a user types: "choco mel"): for each query word w of `queryWords(q)`:
//        SELECT product_id FROM product_search_token WHERE token >= :w AND token < :wEnd
//      with :wEnd = prefixUpperBound(w) — a range scan on the primary key, milliseconds on 20,000
//      rows; intersect the ids of all words (INTERSECT or GROUP BY product_id HAVING count = words).
//   3. When that finds nothing (a spelling mistake), take candidates sharing trigrams:
//        SELECT product_id, count(*) AS shared FROM product_search_token
//        WHERE token IN (:trigrams…) GROUP BY product_id ORDER BY shared DESC LIMIT 200
//      and order them in JS with `rankFuzzy(query, candidates)`.
//   Alternative without a side table: FTS5 with tokenize='trigram remove_diacritics 1' fed with the
//   same search_text; the functions below stay the single source of normalisation either way.

import { damerauLevenshtein, normaliseName } from './name-match';

/** Normalised text of all searchable fields joined by a space: what goes into `search_text`. */
export function buildSearchText(fields: readonly (string | null | undefined)[]): string {
  return fields
    .filter((field): field is string => typeof field === 'string' && field.trim() !== '')
    .map(normaliseName)
    .join(' ');
}

/** Distinct query words, normalised the same way as the stored text. */
export function queryWords(query: string): string[] {
  return [...new Set(normaliseName(query).split(' ').filter(Boolean))];
}

/** Trigrams of a word padded with spaces, so starts of words weigh more: `lait` → ' la','lai','ait','it '. */
export function trigrams(word: string): string[] {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/**
 * Tokens to store for a row: each word (for prefix range scans) and `#`-marked trigrams (so a
 * trigram never matches a word prefix by accident). Words of one letter are kept: sizes like "l".
 */
export function searchTokens(searchText: string): string[] {
  const tokens = new Set<string>();
  for (const word of searchText.split(' ').filter(Boolean)) {
    tokens.add(word);
    for (const gram of trigrams(word)) tokens.add(`#${gram}`);
  }
  return [...tokens];
}

/** Trigram tokens of a query, in the stored `#` form. */
export function queryTrigramTokens(query: string): string[] {
  return [...new Set(queryWords(query).flatMap((word) => trigrams(word).map((gram) => `#${gram}`)))];
}

/** Smallest string greater than every string with this prefix: `WHERE token >= w AND token < bound`. */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\uffff`;
}

/** True when every query word is a prefix of some word of the text (the in-memory twin of step 2). */
export function matchesPrefixes(searchText: string, query: string): boolean {
  const words = searchText.split(' ');
  return queryWords(query).every((queryWord) => words.some((word) => word.startsWith(queryWord)));
}

export interface RankedCandidate<T> {
  readonly item: T;
  /** Sum over query words of the best edit distance to a word (or word prefix) of the text. Lower is better. */
  readonly distance: number;
}

/**
 * Orders candidates by closeness to the query, tolerating 1 edit in words of 4–6 letters and 2 in
 * longer ones; candidates where a word is further off are dropped. A query word also matches the
 * start of a longer word ("mohamed" finds "mohammed", "choco" finds "chocolade").
 */
export function rankFuzzy<T>(
  query: string,
  candidates: readonly T[],
  searchTextOf: (item: T) => string,
  limit = 50,
): RankedCandidate<T>[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const ranked: RankedCandidate<T>[] = [];
  for (const item of candidates) {
    const textWords = searchTextOf(item).split(' ').filter(Boolean);
    let total = 0;
    let matchedAll = true;
    for (const word of words) {
      const allowed = word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2;
      let best = allowed + 1;
      for (const textWord of textWords) {
        const whole = damerauLevenshtein(word, textWord, allowed);
        const start = damerauLevenshtein(word, textWord.slice(0, word.length), allowed);
        best = Math.min(best, whole, start);
        if (best === 0) break;
      }
      if (best > allowed) {
        matchedAll = false;
        break;
      }
      total += best;
    }
    if (matchedAll) ranked.push({ item, distance: total });
  }
  return ranked.sort((a, b) => a.distance - b.distance).slice(0, limit);
}
