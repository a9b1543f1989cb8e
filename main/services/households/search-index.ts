// Household search (issue 4 item 1): reference person, member names or card number; accent- and
// case-insensitive and tolerant of small spelling mistakes. An in-memory vocabulary of name words
// (a few thousand distinct words for 5,000 households) is compared with the query, so a fuzzy
// search costs one edit-distance pass over distinct words, not over every member — and a letter
// mask skips the edit distance for words that lack too many of the query's letters.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { damerauLevenshtein, normaliseName } from '../../domain/name-match';
import { queryWords } from '../../domain/text-search';

export interface IndexedMember {
  householdId: number;
  memberId: number;
  /** Display name, so a hit on a member needs no extra query. */
  name: string;
  isReference: boolean;
  words: string[];
}

interface VocabularyWord {
  word: string;
  mask: number;
  /** Indexes into `members`. */
  members: number[];
}

export interface SearchIndex {
  members: IndexedMember[];
  vocabulary: VocabularyWord[];
  byMemberId: Map<number, IndexedMember>;
  stamp: string;
}

const indexes = new WeakMap<Kysely<DB>, SearchIndex>();

/** One bit per letter a–z (digits and anything else share bits 26–31): which letters a word holds. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 6));
  }
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function buildSearchIndex(
  rows: readonly { householdId: number; memberId: number; firstName: string; lastName: string; isReference: boolean }[],
  stamp: string,
): SearchIndex {
  const members: IndexedMember[] = [];
  const byWord = new Map<string, VocabularyWord>();
  for (const row of rows) {
    const name = `${row.firstName} ${row.lastName}`.trim();
    const words = normaliseName(name).split(' ').filter(Boolean);
    const index =
      members.push({
        householdId: row.householdId,
        memberId: row.memberId,
        name,
        isReference: row.isReference,
        words,
      }) - 1;
    for (const word of new Set(words)) {
      const entry = byWord.get(word);
      if (entry) entry.members.push(index);
      else byWord.set(word, { word, mask: letterMask(word), members: [index] });
    }
  }
  return {
    members,
    vocabulary: [...byWord.values()],
    byMemberId: new Map(members.map((m) => [m.memberId, m])),
    stamp,
  };
}

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
    .select(['members.id', 'members.household_id', 'members.first_name', 'members.last_name', 'members.is_reference'])
    .where('households.anonymised_at', 'is', null)
    .execute();
  const built = buildSearchIndex(
    rows.map((r) => ({
      householdId: r.household_id,
      memberId: r.id,
      firstName: r.first_name ?? '',
      lastName: r.last_name ?? '',
      isReference: r.is_reference === 1,
    })),
    stamp,
  );
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

/** Best distance of a query word per matching member (sparse: only members that match at all). */
function wordMatches(index: SearchIndex, queryWord: string): Map<number, number> {
  const allowed = allowedEdits(queryWord);
  const queryMask = letterMask(queryWord);
  const best = new Map<number, number>();
  for (const entry of index.vocabulary) {
    const word = entry.word;
    let distance: number;
    if (word.startsWith(queryWord)) distance = 0;
    else if (allowed === 0 || queryWord.length - word.length > allowed) continue;
    // Every query letter missing from the word costs at least one edit (for the word's prefix too).
    else if (bitCount(queryMask & ~entry.mask) > allowed) continue;
    else {
      distance = damerauLevenshtein(queryWord, word.slice(0, queryWord.length), allowed);
      if (distance > 0 && word.length !== queryWord.length)
        distance = Math.min(distance, damerauLevenshtein(queryWord, word, allowed));
      if (distance > allowed) continue;
    }
    for (const memberIndex of entry.members) {
      const seen = best.get(memberIndex);
      if (seen === undefined || distance < seen) best.set(memberIndex, distance);
    }
  }
  return best;
}

/** Members matching every query word, best first; one hit per household. */
export function searchNames(index: SearchIndex, query: string, limit = 30): NameHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  // The rarest word's matches first: the other words only check those members.
  const perWord = words.map((word) => wordMatches(index, word)).sort((a, b) => a.size - b.size);
  const [first, ...rest] = perWord;
  if (!first) return [];
  const byHousehold = new Map<number, NameHit>();
  for (const [memberIndex, firstDistance] of first) {
    let distance = firstDistance;
    for (const other of rest) {
      const d = other.get(memberIndex);
      if (d === undefined) {
        distance = -1;
        break;
      }
      distance += d;
    }
    const member = index.members[memberIndex];
    if (distance < 0 || !member) continue;
    const seen = byHousehold.get(member.householdId);
    if (!seen || distance < seen.distance || (distance === seen.distance && member.memberId < seen.memberId))
      byHousehold.set(member.householdId, { householdId: member.householdId, memberId: member.memberId, distance });
  }
  return [...byHousehold.values()]
    .sort((a, b) => a.distance - b.distance || a.householdId - b.householdId)
    .slice(0, limit);
}

/** The member behind a hit, for the "found via" line of a result. */
export function memberOf(index: SearchIndex, memberId: number): IndexedMember | undefined {
  return index.byMemberId.get(memberId);
}
