// Household search: a card number (exact) or names through the in-memory index.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { SearchHit } from '../../contract/households';
import type { Settings } from '../settings';
import { searchHits } from './search-hits';
import { memberOf, searchIndex, searchNames } from './search-index';

export async function searchHouseholds(
  db: Kysely<DB>,
  query: string,
  today: string,
  settings: Pick<Settings, 'expiringDays'>,
  limit = 20,
): Promise<SearchHit[]> {
  const digits = query.replace(/\s/g, '');
  if (/^\d{4,}$/.test(digits)) {
    const cards = await db
      .selectFrom('cards')
      .innerJoin('households', 'households.id', 'cards.household_id')
      .select('cards.household_id')
      .where('cards.number', '>=', digits)
      .where('cards.number', '<', `${digits}:`)
      .where('households.anonymised_at', 'is', null)
      .orderBy('cards.number')
      .limit(limit)
      .execute();
    const ids = [...new Set(cards.map((c) => c.household_id))];
    return searchHits(
      db,
      ids.map((householdId) => ({ householdId, matchedMember: null })),
      today,
      settings.expiringDays,
    );
  }
  const index = await searchIndex(db);
  const hits = searchNames(index, query, limit).map((hit) => {
    const member = memberOf(index, hit.memberId);
    return { householdId: hit.householdId, matchedMember: member && !member.isReference ? member.name : null };
  });
  return searchHits(db, hits, today, settings.expiringDays);
}
