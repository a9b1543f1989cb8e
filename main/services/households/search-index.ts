// Household search (issue 4 item 1): reference person, member names or card number; accent- and
// case-insensitive and tolerant of small spelling mistakes. An in-memory vocabulary of name words
// (a few thousand distinct words for 5,000 households) is compared with the query, so a fuzzy
// search costs one edit-distance pass over distinct words, not over every member.
import type { Kysely } from 'kysely';
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

/** Bumped by triggers (migration 0050) whenever a member or an anonymisation changes, on any connection. */
async function stampOf(db: Kysely<DB>): Promise<string> {
  const row = await db.selectFrom('household_search_version').select('version').where('id', '=', 1).executeTakeFirst();
  return String(row?.version ?? 0);
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

const unmatched = 127;

/** Best distance of a query word per member (unmatched = 127): exact word, word prefix or fuzzy. */
function wordMatches(index: SearchIndex, queryWord: string): Int8Array {
  const allowed = allowedEdits(queryWord);
  const best = new Int8Array(index.members.length).fill(unmatched);
  for (const [word, memberIndexes] of index.vocabulary) {
    let distance: number;
    if (word.startsWith(queryWord)) distance = 0;
    else if (allowed === 0 || queryWord.length - word.length > allowed) continue;
    else {
      distance = Math.min(
        damerauLevenshtein(queryWord, word, allowed),
        damerauLevenshtein(queryWord, word.slice(0, queryWord.length), allowed),
      );
      if (distance > allowed) continue;
    }
    for (const memberIndex of memberIndexes) if (distance < (best[memberIndex] ?? 0)) best[memberIndex] = distance;
  }
  return best;
}

/** Members matching every query word, best first; one hit per household. */
export function searchNames(index: SearchIndex, query: string, limit = 30): NameHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const totals = new Int16Array(index.members.length);
  for (const word of words) {
    const matches = wordMatches(index, word);
    for (let i = 0; i < totals.length; i++) {
      const distance = matches[i] ?? unmatched;
      totals[i] = distance === unmatched || (totals[i] ?? 0) < 0 ? -1 : (totals[i] ?? 0) + distance;
    }
  }
  const byHousehold = new Map<number, NameHit>();
  for (let i = 0; i < totals.length; i++) {
    const distance = totals[i] ?? -1;
    const member = index.members[i];
    if (distance < 0 || !member) continue;
    const seen = byHousehold.get(member.householdId);
    if (!seen || distance < seen.distance)
      byHousehold.set(member.householdId, { householdId: member.householdId, memberId: member.memberId, distance });
  }
  return [...byHousehold.values()]
    .sort((a, b) => a.distance - b.distance || a.householdId - b.householdId)
    .slice(0, limit);
}
