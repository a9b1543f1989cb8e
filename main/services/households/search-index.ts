// Household search (issue 4 item 1): reference person, member names or card number; accent- and
// case-insensitive and tolerant of small spelling mistakes. An in-memory vocabulary of name words
// (a few thousand distinct words for 5,000 households) is compared with the query, so a fuzzy
// search costs one edit-distance pass over distinct words, not over every member.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { damerauLevenshtein, normaliseName } from '../../domain/name-match';
import { queryWords } from '../../domain/text-search';

interface IndexedMember {
  householdId: number;
  memberId: number;
  words: string[];
}

export interface SearchIndex {
  members: IndexedMember[];
  /** Distinct word → indexes into `members`. */
  vocabulary: Map<string, number[]>;
  stamp: string;
}

const indexes = new WeakMap<Kysely<DB>, SearchIndex>();

/** Changes on this connection (total_changes) or another one (data_version) make the index stale. */
async function stampOf(db: Kysely<DB>): Promise<string> {
  const changes = await sql<{ c: number }>`select total_changes() as c`.execute(db);
  const version = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return `${changes.rows[0]?.c ?? 0}/${version.rows[0]?.data_version ?? 0}`;
}

export async function searchIndex(db: Kysely<DB>): Promise<SearchIndex> {
  const stamp = await stampOf(db);
  const existing = indexes.get(db);
  if (existing && existing.stamp === stamp) return existing;
  const rows = await db
    .selectFrom('members')
    .innerJoin('households', 'households.id', 'members.household_id')
    .select(['members.id', 'members.household_id', 'members.first_name', 'members.last_name'])
    .where('households.anonymised_at', 'is', null)
    .execute();
  const members: IndexedMember[] = [];
  const vocabulary = new Map<string, number[]>();
  for (const row of rows) {
    const words = normaliseName(`${row.first_name ?? ''} ${row.last_name ?? ''}`)
      .split(' ')
      .filter(Boolean);
    const index = members.push({ householdId: row.household_id, memberId: row.id, words }) - 1;
    for (const word of new Set(words)) {
      const list = vocabulary.get(word);
      if (list) list.push(index);
      else vocabulary.set(word, [index]);
    }
  }
  const built = { members, vocabulary, stamp };
  indexes.set(db, built);
  return built;
}

export interface NameHit {
  householdId: number;
  memberId: number;
  /** Sum of edit distances of the query words; 0 = every word is an exact word or prefix. */
  distance: number;
}

function allowedEdits(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2;
}

/** Best distance of a query word to each vocabulary word that it matches (exact, prefix or fuzzy). */
function wordMatches(index: SearchIndex, queryWord: string): Map<number, number> {
  const allowed = allowedEdits(queryWord);
  const best = new Map<number, number>();
  for (const [word, memberIndexes] of index.vocabulary) {
    let distance: number;
    if (word.startsWith(queryWord)) distance = 0;
    else if (allowed === 0) continue;
    else {
      if (Math.abs(word.length - queryWord.length) > allowed && word.length < queryWord.length) continue;
      distance = Math.min(
        damerauLevenshtein(queryWord, word, allowed),
        damerauLevenshtein(queryWord, word.slice(0, queryWord.length), allowed),
      );
      if (distance > allowed) continue;
    }
    for (const memberIndex of memberIndexes) {
      const previous = best.get(memberIndex);
      if (previous === undefined || distance < previous) best.set(memberIndex, distance);
    }
  }
  return best;
}

/** Members matching every query word, best first; one hit per household. */
export function searchNames(index: SearchIndex, query: string, limit = 30): NameHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  let totals: Map<number, number> | undefined;
  for (const word of words) {
    const matches = wordMatches(index, word);
    const next = new Map<number, number>();
    for (const [memberIndex, distance] of matches) {
      if (totals === undefined) next.set(memberIndex, distance);
      else {
        const sofar = totals.get(memberIndex);
        if (sofar !== undefined) next.set(memberIndex, sofar + distance);
      }
    }
    totals = next;
    if (totals.size === 0) return [];
  }
  const byHousehold = new Map<number, NameHit>();
  for (const [memberIndex, distance] of totals ?? []) {
    const member = index.members[memberIndex];
    if (!member) continue;
    const seen = byHousehold.get(member.householdId);
    if (!seen || distance < seen.distance)
      byHousehold.set(member.householdId, { householdId: member.householdId, memberId: member.memberId, distance });
  }
  return [...byHousehold.values()]
    .sort((a, b) => a.distance - b.distance || a.householdId - b.householdId)
    .slice(0, limit);
}
