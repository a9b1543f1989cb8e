// Client cards: numbers from the configured range (never readable as a product barcode); a lost
// card is replaced by a new number and the old one blocked, so scanning it says so.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { type CardRange, nextCardNumber } from '../../domain/card-number';

export function cardRange(cardPrefix: string): CardRange {
  return { prefix: cardPrefix, length: 13 };
}

/** Issues `fixedNumber` (already checked by the caller) or the next number after the highest one ever issued. */
export async function issueCard(
  db: Kysely<DB>,
  householdId: number,
  cardPrefix: string,
  issuedAt: string,
  fixedNumber?: string,
): Promise<{ cardId: number; number: string }> {
  let number = fixedNumber;
  if (!number) {
    const highest = await db
      .selectFrom('cards')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('number', 'like', `${cardPrefix}%`)
      .where((eb) => eb(eb.fn('length', ['number']), '=', 13))
      .executeTakeFirst();
    number = nextCardNumber(highest?.number ? [highest.number] : [], cardRange(cardPrefix));
  }
  const { id } = await db
    .insertInto('cards')
    .values({ household_id: householdId, number, issued_at: issuedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { cardId: id, number };
}

/** Blocks every unblocked card of the household and issues a new one. */
export async function replaceCard(
  db: Kysely<DB>,
  householdId: number,
  cardPrefix: string,
  at: string,
): Promise<{ cardId: number; number: string; blocked: string[] }> {
  const open = await db
    .selectFrom('cards')
    .select(['id', 'number'])
    .where('household_id', '=', householdId)
    .where('blocked_at', 'is', null)
    .execute();
  if (open.length > 0)
    await db
      .updateTable('cards')
      .set({ blocked_at: at, block_reason: 'replaced' })
      .where(
        'id',
        'in',
        open.map((c) => c.id),
      )
      .execute();
  const card = await issueCard(db, householdId, cardPrefix, at);
  return { ...card, blocked: open.map((c) => c.number) };
}
