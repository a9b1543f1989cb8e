// Book, move, cancel, check in and close the day. Refusals from the pure core become TillErrors
// with the core's reason as the translated code; nothing is written on a refusal.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { TillError } from '../../api/errors';
import {
  checkBooking,
  decideWalkIn,
  generateSlots,
  slotAvailability,
  transitionBooking,
} from '../../domain/appointments';
import { localDate } from '../../domain/calendar';
import { audit } from '../audit';
import { readSettings } from '../settings';
import { dayBookings, dayBounds, loadSchedule, visitsForBooking } from './schedule';

interface Actor {
  userId: number | null;
  now: Date;
}

async function checkSlot(
  db: Kysely<DB>,
  input: { householdId: number; slotStartUtc: string; now: Date; exceptId: number | null },
) {
  const { timeZone: tz } = await readSettings(db);
  const date = localDate(new Date(input.slotStartUtc), tz);
  const [schedule, bookings, visits] = await Promise.all([
    loadSchedule(db),
    dayBookings(db, date, tz),
    visitsForBooking(db, input.householdId, date, tz, input.exceptId),
  ]);
  const check = checkBooking({
    schedule,
    date,
    slotStartUtc: new Date(input.slotStartUtc).toISOString(),
    householdId: String(input.householdId),
    bookings: bookings.filter((b) => b.appointmentId !== input.exceptId),
    now: input.now,
    tz,
    ...visits,
  });
  if (!check.ok) {
    const { ok: _ok, reason, ...details } = check;
    throw new TillError('refused', reason, `cannot book: ${reason}`, details);
  }
  return check.slot;
}

// Book, move and cancel each check and write in one transaction: a second tap (or a second screen)
// waits, then sees the first booking, so a slot's capacity and the visit limit hold.
export function bookAppointment(
  db: Kysely<DB>,
  input: { householdId: number; slotStartUtc: string } & Actor,
): Promise<number> {
  return immediateTransaction(db, (trx) => book(trx, input));
}

async function book(db: Kysely<DB>, input: { householdId: number; slotStartUtc: string } & Actor): Promise<number> {
  const household = await db
    .selectFrom('households')
    .select('id')
    .where('id', '=', input.householdId)
    .executeTakeFirst();
  if (!household) throw new TillError('not-found', 'household-not-found', 'no such household');
  const slot = await checkSlot(db, { ...input, exceptId: null });
  const row = await db
    .insertInto('appointments')
    .values({
      household_id: input.householdId,
      slot_start: slot.startUtc,
      slot_end: slot.endUtc,
      status: 'booked',
      walk_in: 0,
      created_by: input.userId,
      created_at: input.now.toISOString(),
      checked_in_at: null,
      updated_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, {
    at: input.now,
    userId: input.userId,
    action: 'appointment.book',
    entity: 'appointment',
    entityId: row.id,
    details: { householdId: input.householdId },
  });
  return row.id;
}

async function openBooking(db: Kysely<DB>, appointmentId: number) {
  const row = await db.selectFrom('appointments').selectAll().where('id', '=', appointmentId).executeTakeFirst();
  if (!row) throw new TillError('not-found', 'appointment-not-found', 'no such appointment');
  return row;
}

export function moveAppointment(
  db: Kysely<DB>,
  input: { appointmentId: number; slotStartUtc: string } & Actor,
): Promise<void> {
  return immediateTransaction(db, (trx) => move(trx, input));
}

async function move(db: Kysely<DB>, input: { appointmentId: number; slotStartUtc: string } & Actor): Promise<void> {
  const row = await openBooking(db, input.appointmentId);
  if (row.status !== 'booked')
    throw new TillError('refused', 'illegal-transition', 'only a booked appointment moves', { from: row.status });
  const slot = await checkSlot(db, {
    householdId: row.household_id,
    slotStartUtc: input.slotStartUtc,
    now: input.now,
    exceptId: row.id,
  });
  await db
    .updateTable('appointments')
    .set({ slot_start: slot.startUtc, slot_end: slot.endUtc, updated_at: input.now.toISOString() })
    .where('id', '=', row.id)
    .execute();
  await audit(db, {
    at: input.now,
    userId: input.userId,
    action: 'appointment.move',
    entity: 'appointment',
    entityId: row.id,
  });
}

export function cancelAppointment(db: Kysely<DB>, input: { appointmentId: number } & Actor): Promise<void> {
  return immediateTransaction(db, (trx) => cancel(trx, input));
}

async function cancel(db: Kysely<DB>, input: { appointmentId: number } & Actor): Promise<void> {
  const row = await openBooking(db, input.appointmentId);
  const next = transitionBooking(row.status, 'cancel');
  if (!next.ok) throw new TillError('refused', next.reason, 'cannot cancel', { from: next.from });
  await db
    .updateTable('appointments')
    .set({ status: next.status, updated_at: input.now.toISOString() })
    .where('id', '=', row.id)
    .execute();
  await audit(db, {
    at: input.now,
    userId: input.userId,
    action: 'appointment.cancel',
    entity: 'appointment',
    entityId: row.id,
  });
}

export type CheckInResult =
  | { kind: 'appointment'; appointmentId: number; slotStartUtc: string }
  | { kind: 'already-checked-in'; appointmentId: number }
  | { kind: 'walk-in'; appointmentId: number; slotStartUtc: string | null }
  | { kind: 'refused'; reason: 'walk-ins-refused' | 'no-room' };

/**
 * The till's check-in: today's booking becomes checked in, or the walk-in policy decides. The usual
 * case (a booking, none checked in yet) is one conditional UPDATE, atomic by itself; the rest (already
 * checked in, a walk-in that needs a free slot) reads and writes in one transaction, so two tills
 * cannot both take a slot's last place.
 */
export async function checkInForHousehold(
  db: Kysely<DB>,
  householdId: number,
  now: Date,
  tz: string,
): Promise<CheckInResult> {
  const today = localDate(now, tz);
  const { start, end } = dayBounds(today, tz);
  const at = now.toISOString();
  const checkedIn = await db
    .updateTable('appointments')
    .set({ status: 'checked-in', checked_in_at: at, updated_at: at })
    .where('id', '=', (eb) =>
      eb
        .selectFrom('appointments')
        .select('id')
        .where('household_id', '=', householdId)
        .where('slot_start', '>=', start)
        .where('slot_start', '<', end)
        .where('status', '=', 'booked')
        .where((inner) =>
          inner.not(
            inner.exists(
              inner
                .selectFrom('appointments as done')
                .select('done.id')
                .where('done.household_id', '=', householdId)
                .where('done.slot_start', '>=', start)
                .where('done.slot_start', '<', end)
                .where('done.status', 'in', ['checked-in', 'completed']),
            ),
          ),
        )
        .orderBy('slot_start')
        .limit(1),
    )
    .returning(['id', 'slot_start'])
    .executeTakeFirst();
  if (checkedIn) return { kind: 'appointment', appointmentId: checkedIn.id, slotStartUtc: checkedIn.slot_start };
  return immediateTransaction(db, (trx) => checkInOrWalkIn(trx, householdId, now, tz));
}

async function checkInOrWalkIn(db: Kysely<DB>, householdId: number, now: Date, tz: string): Promise<CheckInResult> {
  const today = localDate(now, tz);
  const bookings = await dayBookings(db, today, tz);
  const mine = bookings.filter((b) => b.householdId === String(householdId));
  const done = mine.find((b) => b.status === 'checked-in' || b.status === 'completed');
  if (done) return { kind: 'already-checked-in', appointmentId: done.appointmentId };
  const booked = mine.find((b) => b.status === 'booked');
  if (booked) {
    await db
      .updateTable('appointments')
      .set({ status: 'checked-in', checked_in_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', booked.appointmentId)
      .where('status', '=', 'booked')
      .execute();
    return { kind: 'appointment', appointmentId: booked.appointmentId, slotStartUtc: booked.slotStartUtc };
  }
  const [settings, schedule] = await Promise.all([readSettings(db), loadSchedule(db)]);
  const availability = slotAvailability(generateSlots(schedule, today, tz), bookings);
  const scheduleInUse = schedule.sessions.length > 0;
  const walkIn = decideWalkIn({ policy: settings.walkInPolicy, availability, now, scheduleInUse });
  if (!walkIn.ok) return { kind: 'refused', reason: walkIn.reason };
  const slot = availability.find((a) => a.slot.startUtc === walkIn.slotStartUtc)?.slot;
  const row = await db
    .insertInto('appointments')
    .values({
      household_id: householdId,
      slot_start: slot?.startUtc ?? now.toISOString(),
      slot_end: slot?.endUtc ?? now.toISOString(),
      status: 'checked-in',
      walk_in: 1,
      created_by: null,
      created_at: now.toISOString(),
      checked_in_at: now.toISOString(),
      updated_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { kind: 'walk-in', appointmentId: row.id, slotStartUtc: walkIn.slotStartUtc };
}

/**
 * Day close: bookings of that local day still booked and never checked in become no-shows. Returns how
 * many. One transaction, each row's state checked in the UPDATE itself: a check-in at the till at the
 * same moment either lands first (and the booking is not touched) or finds a no-show, never a booking
 * marked both. A booking an older till marked checked in without changing its status is attended.
 */
export function closeDay(db: Kysely<DB>, date: string, now: Date = new Date()): Promise<number> {
  return immediateTransaction(db, async (trx) => {
    const { timeZone: tz } = await readSettings(trx);
    const { start, end } = dayBounds(date, tz);
    const at = now.toISOString();
    await trx
      .updateTable('appointments')
      .set({ status: 'checked-in', updated_at: at })
      .where('slot_start', '>=', start)
      .where('slot_start', '<', end)
      .where('status', '=', 'booked')
      .where('checked_in_at', 'is not', null)
      .execute();
    const missed = await trx
      .updateTable('appointments')
      .set({ status: 'no-show', updated_at: at })
      .where('slot_start', '>=', start)
      .where('slot_start', '<', end)
      .where('status', '=', 'booked')
      .where('checked_in_at', 'is', null)
      .returning('id')
      .execute();
    if (missed.length === 0) return 0;
    await audit(trx, {
      at: now,
      userId: null,
      action: 'appointment.close-day',
      details: { date, noShows: missed.length },
    });
    return missed.length;
  });
}

export async function noShowCount(db: Kysely<DB>, householdId: number): Promise<number> {
  const row = await db
    .selectFrom('appointments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('household_id', '=', householdId)
    .where('status', '=', 'no-show')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
