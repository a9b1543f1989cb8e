import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import { TillError } from '../../api/errors';
import { generateSlots, slotAvailability } from '../../domain/appointments';
import { readSettings } from '../settings';
import { bookAppointment, cancelAppointment, closeDay, moveAppointment, noShowCount } from './bookings';
import { dayBookings, loadSchedule } from './schedule';
import { addClosingDay, readSchedule, removeClosingDay, removeSession, saveSession } from './schedule-edit';
import { isClosedDay, localDate, timeOfInstant } from './time';

type AppointmentHandlers = Pick<
  Handlers,
  | 'appointments:list-slots'
  | 'appointments:book'
  | 'appointments:move'
  | 'appointments:cancel'
  | 'appointments:list-day'
  | 'appointments:household-bookings'
  | 'appointments:close-day'
  | 'appointments:get-schedule'
  | 'appointments:save-session'
  | 'appointments:remove-session'
  | 'appointments:add-closing-day'
  | 'appointments:remove-closing-day'
>;

function userOf(ctx: { user?: { id: number } | null }): number {
  if (!ctx.user) throw new TillError('not-signed-in', 'not-signed-in', 'sign in first');
  return ctx.user.id;
}

export function appointmentHandlers({ db }: { db: Kysely<DB> }): AppointmentHandlers {
  return {
    'appointments:list-slots': async (input) => {
      const [{ timeZone: tz }, schedule] = await Promise.all([readSettings(db), loadSchedule(db)]);
      const bookings = await dayBookings(db, input.date, tz);
      const slots = slotAvailability(generateSlots(schedule, input.date, tz), bookings).map((a) => ({
        startUtc: a.slot.startUtc,
        endUtc: a.slot.endUtc,
        localStart: a.slot.localStart,
        localEnd: a.slot.localEnd,
        capacity: a.slot.capacity,
        taken: a.taken,
        remaining: a.remaining,
      }));
      return { date: input.date, closed: isClosedDay(schedule, input.date), slots };
    },
    'appointments:book': async (input, ctx) => ({
      appointmentId: await bookAppointment(db, { ...input, userId: userOf(ctx), now: ctx.now }),
    }),
    'appointments:move': async (input, ctx) => {
      await moveAppointment(db, { ...input, userId: userOf(ctx), now: ctx.now });
      return {};
    },
    'appointments:cancel': async (input, ctx) => {
      await cancelAppointment(db, { ...input, userId: userOf(ctx), now: ctx.now });
      return {};
    },
    'appointments:list-day': async (input, ctx) => {
      const { timeZone: tz } = await readSettings(db);
      const date = input.date ?? localDate(ctx.now, tz);
      const bookings = (await dayBookings(db, date, tz)).filter((b) => b.status !== 'cancelled');
      const ids = [...new Set(bookings.map((b) => Number(b.householdId)))];
      const names =
        ids.length === 0
          ? []
          : await db
              .selectFrom('members')
              .select(['household_id', 'first_name', 'last_name'])
              .where('household_id', 'in', ids)
              .where('is_reference', '=', 1)
              .execute();
      const byHousehold = new Map(names.map((n) => [n.household_id, n]));
      // A cashier sees first names only; staff who book need the last name to tell households apart.
      const staff = ctx.user?.roles.some((role) => role === 'social-worker' || role === 'coordinator') ?? false;
      return {
        date,
        entries: bookings.map((b) => ({
          appointmentId: b.appointmentId,
          time: timeOfInstant(b.slotStartUtc, tz),
          firstName: byHousehold.get(Number(b.householdId))?.first_name ?? '',
          lastName: staff ? (byHousehold.get(Number(b.householdId))?.last_name ?? '') : null,
          status: b.status,
          walkIn: b.walkIn,
        })),
      };
    },
    'appointments:household-bookings': async (input, ctx) => {
      const [noShows, upcoming] = await Promise.all([
        noShowCount(db, input.householdId),
        db
          .selectFrom('appointments')
          .select(['id', 'slot_start', 'status'])
          .where('household_id', '=', input.householdId)
          .where('slot_start', '>=', new Date(ctx.now.getTime() - 86_400_000).toISOString())
          .where('status', '!=', 'cancelled')
          .orderBy('slot_start')
          .execute(),
      ]);
      return {
        noShows,
        upcoming: upcoming.map((u) => ({ appointmentId: u.id, slotStartUtc: u.slot_start, status: u.status })),
      };
    },
    'appointments:close-day': async (input, ctx) => ({ noShows: await closeDay(db, input.date, ctx.now) }),
    'appointments:get-schedule': async (_input, ctx) => readSchedule(db, ctx.now),
    'appointments:save-session': async (input, ctx) => ({
      sessionId: await saveSession(db, { ...input, userId: userOf(ctx), now: ctx.now }),
    }),
    'appointments:remove-session': async (input, ctx) => {
      await removeSession(db, { ...input, userId: userOf(ctx), now: ctx.now });
      return {};
    },
    'appointments:add-closing-day': async (input, ctx) => {
      await addClosingDay(db, { ...input, userId: userOf(ctx), now: ctx.now });
      return {};
    },
    'appointments:remove-closing-day': async (input, ctx) => {
      await removeClosingDay(db, { ...input, userId: userOf(ctx), now: ctx.now });
      return {};
    },
  };
}
