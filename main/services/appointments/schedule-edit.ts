// The coordinator's schedule editor: opening sessions and closing days. Each change checks and writes
// in one immediate transaction and is audited. A change that would leave a booked appointment without
// its slot is refused with the number affected: bookings are never deleted or moved silently here,
// the coordinator moves or cancels them in the day list first.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { invalidFields, TillError } from '../../api/errors';
import type { ClosingDayRow, OpeningSessionRow, SessionInput } from '../../contract/appointments';
import type { AppointmentSchedule } from '../../domain/appointments';
import { type IsoWeekday, localDate } from '../../domain/calendar';
import {
  checkClosingDay,
  checkSession,
  isRealDate,
  overfullSlot,
  type SessionDraft,
  type StoredSession,
  strandedBookings,
} from '../../domain/schedule-edit';
import { audit } from '../audit';
import { readSettings } from '../settings';
import { loadSchedule } from './schedule';
import { timeOfInstant } from './time';

interface Actor {
  userId: number | null;
  now: Date;
}

function weekdayOf(value: number): IsoWeekday {
  if (value === 1 || value === 2 || value === 3 || value === 4 || value === 5 || value === 6 || value === 7)
    return value;
  throw new TillError('invalid-input', 'invalid-fields', 'weekday must be 1 to 7', undefined, [
    { path: 'weekday', code: 'too_big' },
  ]);
}

async function activeSessions(db: Kysely<DB>): Promise<StoredSession[]> {
  const rows = await db
    .selectFrom('opening_sessions')
    .select(['id', 'weekday', 'start_time', 'end_time', 'slot_minutes', 'capacity'])
    .where('active', '=', 1)
    .orderBy('weekday')
    .orderBy('start_time')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    weekday: weekdayOf(r.weekday),
    start: r.start_time,
    end: r.end_time,
    slotMinutes: r.slot_minutes,
    capacity: r.capacity,
  }));
}

export async function readSchedule(
  db: Kysely<DB>,
  now: Date,
): Promise<{ sessions: OpeningSessionRow[]; closingDays: ClosingDayRow[] }> {
  const { timeZone } = await readSettings(db);
  const [sessions, closingDays] = await Promise.all([
    activeSessions(db),
    db
      .selectFrom('closing_days')
      .select(['date', 'reason'])
      .where('date', '>=', localDate(now, timeZone))
      .orderBy('date')
      .execute(),
  ]);
  return { sessions, closingDays };
}

/** Refuses when `schedule` would leave bookings still to come without their slot, or overbook one. */
async function refuseStranding(db: Kysely<DB>, schedule: AppointmentSchedule, now: Date): Promise<void> {
  const { timeZone } = await readSettings(db);
  // Households checked in still hold their place in a slot; only those still booked can be moved.
  const holding = await db
    .selectFrom('appointments')
    .select(['id', 'slot_start', 'slot_end', 'status'])
    .where('status', 'in', ['booked', 'checked-in'])
    .where('slot_end', '>', now.toISOString())
    .orderBy('slot_start')
    .execute();
  const asBooking = (o: (typeof holding)[number]) => ({ id: o.id, slotStartUtc: o.slot_start, slotEndUtc: o.slot_end });
  const stranded = strandedBookings(schedule, holding.filter((o) => o.status === 'booked').map(asBooking), timeZone);
  const first = stranded[0];
  if (first)
    throw new TillError(
      'refused',
      'bookings-affected',
      `${stranded.length} booked appointment(s) would lose their slot; move or cancel them first`,
      { count: stranded.length, first: localText(first.slotStartUtc, timeZone) },
    );
  const overfull = overfullSlot(schedule, holding.map(asBooking), timeZone);
  if (overfull)
    throw new TillError(
      'refused',
      'capacity-below-bookings',
      `${overfull.taken} households are booked in one slot; the capacity cannot go below that`,
      { taken: overfull.taken, capacity: overfull.capacity, first: localText(overfull.slotStartUtc, timeZone) },
    );
}

/** 'DD/MM/YYYY HH:MM' in the shop's time zone: how a Belgian shop writes a date in any of its languages. */
function localText(iso: string, timeZone: string): string {
  const [y, m, d] = localDate(new Date(iso), timeZone).split('-');
  return `${d}/${m}/${y} ${timeOfInstant(iso, timeZone)}`;
}

function withSessions(schedule: AppointmentSchedule, sessions: readonly StoredSession[]): AppointmentSchedule {
  return { ...schedule, sessions };
}

export function saveSession(db: Kysely<DB>, input: SessionInput & { id?: number | undefined } & Actor) {
  return immediateTransaction(db, async (trx): Promise<number> => {
    const draft: SessionDraft = {
      weekday: weekdayOf(input.weekday),
      start: input.start,
      end: input.end,
      slotMinutes: input.slotMinutes,
      capacity: input.capacity,
    };
    const sessions = await activeSessions(trx);
    if (input.id !== undefined && !sessions.some((s) => s.id === input.id))
      throw new TillError('not-found', 'opening-session-not-found', 'no such opening session');
    const others = sessions.filter((s) => s.id !== input.id);
    const problems = checkSession(draft, others);
    if (problems.length > 0) throw invalidFields(problems.map((p) => ({ path: p.path, code: p.code })));
    // Only changes that take slots away can strand a booking; checking always is simpler and cheap.
    const schedule = await loadSchedule(trx);
    await refuseStranding(trx, withSessions(schedule, [...others, { id: input.id ?? 0, ...draft }]), input.now);
    const values = {
      weekday: draft.weekday,
      start_time: draft.start,
      end_time: draft.end,
      slot_minutes: draft.slotMinutes,
      capacity: draft.capacity,
    };
    let sessionId: number;
    if (input.id === undefined) {
      const row = await trx.insertInto('opening_sessions').values(values).returning('id').executeTakeFirstOrThrow();
      sessionId = row.id;
    } else {
      await trx.updateTable('opening_sessions').set(values).where('id', '=', input.id).execute();
      sessionId = input.id;
    }
    await audit(trx, {
      at: input.now,
      userId: input.userId,
      action: 'appointment.schedule-change',
      entity: 'opening_session',
      entityId: sessionId,
      details: {
        created: input.id === undefined,
        weekday: draft.weekday,
        start: draft.start,
        end: draft.end,
        slotMinutes: draft.slotMinutes,
        capacity: draft.capacity,
      },
    });
    return sessionId;
  });
}

/** Deactivates (never deletes) a session, so the history of what was open stays readable. */
export function removeSession(db: Kysely<DB>, input: { id: number } & Actor) {
  return immediateTransaction(db, async (trx): Promise<void> => {
    const sessions = await activeSessions(trx);
    const session = sessions.find((s) => s.id === input.id);
    if (!session) throw new TillError('not-found', 'opening-session-not-found', 'no such opening session');
    const schedule = await loadSchedule(trx);
    await refuseStranding(
      trx,
      withSessions(
        schedule,
        sessions.filter((s) => s.id !== input.id),
      ),
      input.now,
    );
    await trx.updateTable('opening_sessions').set({ active: 0 }).where('id', '=', input.id).execute();
    await audit(trx, {
      at: input.now,
      userId: input.userId,
      action: 'appointment.schedule-change',
      entity: 'opening_session',
      entityId: input.id,
      details: { removed: true, weekday: session.weekday, start: session.start, end: session.end },
    });
  });
}

export function addClosingDay(db: Kysely<DB>, input: { date: string; reason?: string | undefined } & Actor) {
  return immediateTransaction(db, async (trx): Promise<void> => {
    if (!isRealDate(input.date)) throw invalidFields([{ path: 'date', code: 'invalid-date' }]);
    const { timeZone } = await readSettings(trx);
    const schedule = await loadSchedule(trx);
    const check = checkClosingDay(input.date, schedule.closingDays, localDate(input.now, timeZone));
    if (!check.ok) throw invalidFields([{ path: 'date', code: check.code }]);
    await refuseStranding(trx, { ...schedule, closingDays: [...schedule.closingDays, input.date] }, input.now);
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    await trx.insertInto('closing_days').values({ date: input.date, reason }).execute();
    await audit(trx, {
      at: input.now,
      userId: input.userId,
      action: 'appointment.closing-day',
      entity: 'closing_day',
      details: { date: input.date, created: true, reason },
    });
  });
}

/** Reopening a day only adds slots, so no booking can be stranded by it. */
export function removeClosingDay(db: Kysely<DB>, input: { date: string } & Actor) {
  return immediateTransaction(db, async (trx): Promise<void> => {
    const gone = await trx.deleteFrom('closing_days').where('date', '=', input.date).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0)
      throw new TillError('not-found', 'closing-day-not-found', 'this closing day is not listed');
    await audit(trx, {
      at: input.now,
      userId: input.userId,
      action: 'appointment.closing-day',
      entity: 'closing_day',
      details: { date: input.date, removed: true },
    });
  });
}
