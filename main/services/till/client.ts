// A scanned card becomes the till's client: the lookup (first name and counts only), the rule state,
// and today's appointment. Cards that may not shop get a neutral refusal and no sale.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { TillError } from '../../api/errors';
import { addDays, localDate, localDateTimeToUtc } from '../../domain/calendar';
import type { ItemLimit } from '../../domain/limits';
import { checkInForHousehold } from '../appointments/bookings';
import { lookupCard } from '../households/card-lookup';
import { loadRuleState } from '../rules/eligibility';
import type { Settings } from '../settings';
import type { DeskClient } from './desk';

export async function clientFromCard(
  db: Kysely<DB>,
  code: string,
  now: Date,
  settings: Settings,
  cashierId: number,
): Promise<DeskClient> {
  const today = localDate(now, settings.timeZone);
  const card = await lookupCard(db, code, today, settings);
  if (card.kind === 'unknown') throw new TillError('refused', 'card-unknown', 'unknown card');
  if (card.kind === 'blocked') throw new TillError('refused', 'card-blocked', 'card blocked');
  // A volunteer who is also a client never serves their own household.
  const cashier = await db.selectFrom('users').select('household_id').where('id', '=', cashierId).executeTakeFirst();
  if (cashier?.household_id === card.householdId) {
    throw new TillError('refused', 'own-household', 'a volunteer cannot serve their own household');
  }
  const kind = card.status.kind;
  switch (kind) {
    case 'active':
    case 'expiring':
      break;
    case 'none':
    case 'ended':
    case 'expired':
    case 'suspended':
    case 'not-yet-valid':
      throw new TillError('refused', `card-${kind === 'none' || kind === 'ended' ? 'expired' : kind}`, `card ${kind}`);
    default: {
      const unexpected: never = kind;
      throw new Error(`unexpected status ${String(unexpected)}`);
    }
  }
  const rules = await loadRuleState(db, card.householdId, now, settings.timeZone);
  const dayStart = localDateTimeToUtc(today, '00:00', settings.timeZone).toISOString();
  const dayEnd = localDateTimeToUtc(addDays(today, 1), '00:00', settings.timeZone).toISOString();
  const appointments = await db
    .selectFrom('appointments')
    .select(['id', 'slot_start', 'checked_in_at', 'status', 'walk_in'])
    .where('household_id', '=', card.householdId)
    .where('slot_start', '>=', dayStart)
    .where('status', 'not in', ['cancelled'])
    .orderBy('slot_start')
    .limit(2)
    .execute();
  const todays = appointments.find((a) => a.slot_start < dayEnd) ?? null;
  const next = appointments.find((a) => a.slot_start >= dayEnd) ?? null;
  return {
    card,
    proxyId: null,
    rules,
    appointment: todays
      ? {
          id: todays.id,
          start: todays.slot_start,
          checkedIn: todays.checked_in_at !== null,
          walkIn: todays.walk_in === 1,
        }
      : null,
    nextAppointment: next?.slot_start ?? null,
    limitNames: await limitNames(db, rules.itemLimits),
  };
}

/**
 * Checks the client in through the appointments service, which also sets the status (a booking only
 * stamped with a time stayed 'booked' and became a no-show at day close) and applies the shop's
 * walk-in policy when there is no booking today. Returns the policy's refusal, if any: nothing is
 * written then, and the till serves no one without an appointment the shop would not take.
 */
export async function checkIn(
  db: Kysely<DB>,
  client: DeskClient,
  now: Date,
  timeZone: string,
): Promise<'walk-ins-refused' | 'no-room' | null> {
  if (client.appointment?.checkedIn) return null;
  const result = await checkInForHousehold(db, client.card.householdId, now, timeZone);
  switch (result.kind) {
    case 'appointment':
      client.appointment = { id: result.appointmentId, start: result.slotStartUtc, checkedIn: true, walkIn: false };
      return null;
    case 'walk-in':
      client.appointment = {
        id: result.appointmentId,
        start: result.slotStartUtc ?? now.toISOString(),
        checkedIn: true,
        walkIn: true,
      };
      return null;
    case 'already-checked-in':
      if (client.appointment) client.appointment = { ...client.appointment, checkedIn: true };
      return null;
    case 'refused':
      return result.reason;
    default: {
      const unexpected: never = result;
      throw new Error(`unexpected check-in ${JSON.stringify(unexpected)}`);
    }
  }
}

async function limitNames(db: Kysely<DB>, limits: readonly ItemLimit[]): Promise<DeskClient['limitNames']> {
  const names: DeskClient['limitNames'] = {};
  for (const limit of limits) {
    const row =
      limit.target.kind === 'product'
        ? await db
            .selectFrom('products')
            .select(['name_nl', 'name_fr'])
            .where('id', '=', Number(limit.target.productId))
            .executeTakeFirst()
        : await db
            .selectFrom('categories')
            .select(['name_nl', 'name_fr'])
            .where('id', '=', Number(limit.target.categoryId))
            .executeTakeFirst();
    if (row) names[limit.id] = { nl: row.name_nl, fr: row.name_fr };
  }
  return names;
}
