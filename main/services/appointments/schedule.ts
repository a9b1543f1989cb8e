// The appointment calendar as stored: opening sessions, closing days and a day's bookings, turned
// into the pure core's shapes (string ids) at this boundary.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AppointmentSchedule, Booking } from '../../domain/appointments';
import { ruleSetFor } from '../../domain/budget';
import { addDays, type IsoWeekday, localDateTimeToUtc, periodBounds, periodKeyOf } from '../../domain/calendar';
import { loadRuleSets } from '../rules/rule-sets';

function isIsoWeekday(value: number): value is IsoWeekday {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}

export async function loadSchedule(db: Kysely<DB>): Promise<AppointmentSchedule> {
  const [sessions, closing] = await Promise.all([
    db
      .selectFrom('opening_sessions')
      .selectAll()
      .where('active', '=', 1)
      .orderBy('weekday')
      .orderBy('start_time')
      .execute(),
    db.selectFrom('closing_days').select('date').execute(),
  ]);
  return {
    sessions: sessions.flatMap((s) =>
      isIsoWeekday(s.weekday)
        ? [
            {
              weekday: s.weekday,
              start: s.start_time,
              end: s.end_time,
              slotMinutes: s.slot_minutes,
              capacity: s.capacity,
            },
          ]
        : [],
    ),
    closingDays: closing.map((c) => c.date),
  };
}

/** UTC bounds of a local day. */
export function dayBounds(date: string, tz: string): { start: string; end: string } {
  return {
    start: localDateTimeToUtc(date, '00:00', tz).toISOString(),
    end: localDateTimeToUtc(addDays(date, 1), '00:00', tz).toISOString(),
  };
}

export interface StoredBooking extends Booking {
  appointmentId: number;
  slotEndUtc: string;
  walkIn: boolean;
  checkedInAt: string | null;
}

export async function dayBookings(db: Kysely<DB>, date: string, tz: string): Promise<StoredBooking[]> {
  const { start, end } = dayBounds(date, tz);
  const rows = await db
    .selectFrom('appointments')
    .select(['id', 'household_id', 'slot_start', 'slot_end', 'status', 'walk_in', 'checked_in_at'])
    .where('slot_start', '>=', start)
    .where('slot_start', '<', end)
    .orderBy('slot_start')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    appointmentId: r.id,
    householdId: String(r.household_id),
    slotStartUtc: r.slot_start,
    slotEndUtc: r.slot_end,
    status: r.status,
    walkIn: r.walk_in === 1,
    checkedInAt: r.checked_in_at,
  }));
}

/**
 * The visit limit of the rule set in force on `date`, and the household's visits in that period:
 * completed sales plus bookings still open (not the one being moved: `exceptId`).
 */
export async function visitsForBooking(
  db: Kysely<DB>,
  householdId: number,
  date: string,
  tz: string,
  exceptId: number | null,
): Promise<{ visitLimit: { maxVisits: number } | null; visitsThisPeriod: number }> {
  const ruleSets = await loadRuleSets(db);
  const chosen = ruleSetFor(ruleSets, date);
  const ruleSet = ruleSets.find((r) => r.id === chosen?.id);
  if (!ruleSet || ruleSet.visitLimit === null) return { visitLimit: null, visitsThisPeriod: 0 };
  const bounds = periodBounds(periodKeyOf(ruleSet.period, date), tz);
  if (!bounds) return { visitLimit: null, visitsThisPeriod: 0 };
  const [sales, bookings] = await Promise.all([
    db
      .selectFrom('sales')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('household_id', '=', householdId)
      .where('kind', '=', 'sale')
      .where('at', '>=', bounds.start.toISOString())
      .where('at', '<', bounds.endExclusive.toISOString())
      .executeTakeFirst(),
    db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('household_id', '=', householdId)
      .where('status', '=', 'booked')
      .where('id', '!=', exceptId ?? -1)
      .where('slot_start', '>=', bounds.start.toISOString())
      .where('slot_start', '<', bounds.endExclusive.toISOString())
      .executeTakeFirst(),
  ]);
  return {
    visitLimit: { maxVisits: ruleSet.visitLimit },
    visitsThisPeriod: Number(sales?.n ?? 0) + Number(bookings?.n ?? 0),
  };
}
