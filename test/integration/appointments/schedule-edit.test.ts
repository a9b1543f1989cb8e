// The schedule editor through the dispatcher on real SQLite: a session added by a coordinator gives
// bookable slots, overlaps and closing days are checked, a booking is never stranded, and only a
// coordinator may edit.
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import type { App } from '../../../main/app';
import { aHousehold, aTestApp, aUser, signIn } from '../../support/builders';
import { anEnrolment } from '../../support/rules-builders';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const tuesdaySession = { weekday: 2, start: '13:00', end: '17:00', slotMinutes: 15, capacity: 2 };

async function setup() {
  // Monday 23 Nov 2026, 09:00 local; no session yet, as in a fresh shop.
  app = await aTestApp({ clock: fixedClock('2026-11-23T08:00:00Z') });
  const coordinator = await signIn(app, (await aUser(app, ['coordinator'], 'Coord')).id);
  const worker = await signIn(app, (await aUser(app, ['social-worker'], 'Worker')).id);
  const household = await aHousehold(app, ['1980-05-01']);
  await anEnrolment(app, household);
  const call = async (session: string, channel: string, input: unknown) =>
    app!.dispatcher.call({ channel, input, session } as never);
  return { app, coordinator, worker, household, call };
}

async function slotsOn(
  call: (s: string, c: string, i: unknown) => Promise<unknown>,
  session: string,
  date: string,
): Promise<{ localStart: string; capacity: number }[]> {
  const result = (await call(session, 'appointments:list-slots', { date })) as {
    ok: boolean;
    value: { slots: { localStart: string; capacity: number }[] };
  };
  expect(result.ok).toBe(true);
  return result.value.slots;
}

describe('the schedule editor', () => {
  it('a session added for Tuesday gives Tuesday 16 bookable slots for 2, and nothing on Wednesday', async () => {
    const { app, coordinator, worker, household, call } = await setup();
    expect(await slotsOn(call, worker, '2026-11-24')).toEqual([]);
    const saved = await call(coordinator, 'appointments:save-session', tuesdaySession);
    expect(saved).toMatchObject({ ok: true, value: { sessionId: expect.any(Number) } });
    const slots = await slotsOn(call, worker, '2026-11-24');
    expect(slots).toHaveLength(16);
    expect(slots[0]).toMatchObject({ localStart: '13:00', capacity: 2 });
    expect(slots.at(-1)).toMatchObject({ localStart: '16:45' });
    expect(await slotsOn(call, worker, '2026-11-25')).toEqual([]);
    expect(
      await call(worker, 'appointments:book', { householdId: household, slotStartUtc: '2026-11-24T12:00:00.000Z' }),
    ).toMatchObject({ ok: true });
    const schedule = await call(coordinator, 'appointments:get-schedule', {});
    expect(schedule).toMatchObject({
      ok: true,
      value: { sessions: [{ weekday: 2, start: '13:00', end: '17:00', slotMinutes: 15, capacity: 2 }] },
    });
    const log = await app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'appointment.schedule-change')
      .execute();
    expect(log).toHaveLength(1);
  });

  it('refuses an overlap, a wrong slot length and an end before the start, with field errors, writing nothing', async () => {
    const { app, coordinator, call } = await setup();
    await call(coordinator, 'appointments:save-session', tuesdaySession);
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, start: '16:00', end: '18:00' }),
    ).toMatchObject({ ok: false, error: { reason: 'invalid-fields', fields: [{ path: 'start', code: 'overlap' }] } });
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, weekday: 3, slotMinutes: 25 }),
    ).toMatchObject({ ok: false, error: { fields: [{ path: 'slotMinutes', code: 'slot-not-dividing' }] } });
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, weekday: 3, end: '12:00' }),
    ).toMatchObject({ ok: false, error: { fields: [{ path: 'end', code: 'end-before-start' }] } });
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, weekday: 3, capacity: 51 }),
    ).toMatchObject({ ok: false, error: { fields: [{ path: 'capacity' }] } });
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, weekday: 3, start: '25:00' }),
    ).toMatchObject({ ok: false, error: { fields: [{ path: 'start' }] } });
    expect(await app.db.selectFrom('opening_sessions').select('id').execute()).toHaveLength(1);
    // Editing a session may keep its own times: it does not overlap itself.
    const { id } = await app.db.selectFrom('opening_sessions').select('id').executeTakeFirstOrThrow();
    expect(await call(coordinator, 'appointments:save-session', { ...tuesdaySession, id, capacity: 3 })).toMatchObject({
      ok: true,
    });
  });

  it('a closing day takes that day’s slots away, refuses a repeat, and reopening gives them back', async () => {
    const { coordinator, worker, call } = await setup();
    await call(coordinator, 'appointments:save-session', tuesdaySession);
    expect(
      await call(coordinator, 'appointments:add-closing-day', { date: '2026-12-01', reason: 'Staff training' }),
    ).toMatchObject({ ok: true });
    const closed = await call(worker, 'appointments:list-slots', { date: '2026-12-01' });
    expect(closed).toMatchObject({ ok: true, value: { closed: true, slots: [] } });
    expect(await slotsOn(call, worker, '2026-12-08')).toHaveLength(16);
    expect(await call(coordinator, 'appointments:add-closing-day', { date: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'date', code: 'already-closed' }] },
    });
    expect(await call(coordinator, 'appointments:add-closing-day', { date: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'date', code: 'invalid-date' }] },
    });
    expect(await call(coordinator, 'appointments:get-schedule', {})).toMatchObject({
      ok: true,
      value: { closingDays: [{ date: '2026-12-01', reason: 'Staff training' }] },
    });
    expect(await call(coordinator, 'appointments:remove-closing-day', { date: '2026-12-01' })).toMatchObject({
      ok: true,
    });
    expect(await slotsOn(call, worker, '2026-12-01')).toHaveLength(16);
    expect(await call(coordinator, 'appointments:remove-closing-day', { date: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { reason: 'closing-day-not-found' },
    });
  });

  it('refuses a change that would strand a booking, naming how many, and allows it once the booking is cancelled', async () => {
    const { app, coordinator, worker, household, call } = await setup();
    const saved = await call(coordinator, 'appointments:save-session', tuesdaySession);
    const sessionId = saved.ok ? (saved.value as { sessionId: number }).sessionId : 0;
    const booked = await call(worker, 'appointments:book', {
      householdId: household,
      slotStartUtc: '2026-11-24T15:45:00.000Z',
    });
    const appointmentId = booked.ok ? (booked.value as { appointmentId: number }).appointmentId : 0;
    const refusal = {
      ok: false,
      error: { reason: 'bookings-affected', details: { count: 1, first: '24/11/2026 16:45' } },
    };
    // Shortening the session, changing the slot length, removing it, closing the day: all refused.
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, id: sessionId, end: '16:00' }),
    ).toMatchObject(refusal);
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, id: sessionId, slotMinutes: 30 }),
    ).toMatchObject(refusal);
    expect(await call(coordinator, 'appointments:remove-session', { id: sessionId })).toMatchObject(refusal);
    expect(await call(coordinator, 'appointments:add-closing-day', { date: '2026-11-24' })).toMatchObject(refusal);
    // Nothing changed: the booking is still in its slot, the session as it was, no closing day.
    expect(await slotsOn(call, worker, '2026-11-24')).toHaveLength(16);
    const row = await app.db.selectFrom('appointments').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'booked', slot_start: '2026-11-24T15:45:00.000Z' });
    // A longer session or more capacity strands nothing.
    expect(
      await call(coordinator, 'appointments:save-session', {
        ...tuesdaySession,
        id: sessionId,
        end: '18:00',
        capacity: 4,
      }),
    ).toMatchObject({ ok: true });
    // Once cancelled, the session can go.
    await call(worker, 'appointments:cancel', { appointmentId });
    expect(await call(coordinator, 'appointments:remove-session', { id: sessionId })).toMatchObject({ ok: true });
    expect(await slotsOn(call, worker, '2026-11-24')).toEqual([]);
    expect(await call(coordinator, 'appointments:remove-session', { id: sessionId })).toMatchObject({
      ok: false,
      error: { reason: 'opening-session-not-found' },
    });
  });

  it('refuses to lower a capacity below the households already booked in a slot', async () => {
    const { app, coordinator, worker, household, call } = await setup();
    const saved = await call(coordinator, 'appointments:save-session', tuesdaySession);
    const sessionId = saved.ok ? (saved.value as { sessionId: number }).sessionId : 0;
    const second = await aHousehold(app, ['1970-01-01']);
    await anEnrolment(app, second);
    for (const householdId of [household, second])
      expect(
        await call(worker, 'appointments:book', { householdId, slotStartUtc: '2026-11-24T12:30:00.000Z' }),
      ).toMatchObject({ ok: true });
    // A household already checked in still holds its place in the slot.
    await app.db
      .updateTable('appointments')
      .set({ status: 'checked-in', checked_in_at: '2026-11-24T09:00:00.000Z' })
      .where('household_id', '=', household)
      .execute();
    expect(
      await call(coordinator, 'appointments:save-session', { ...tuesdaySession, id: sessionId, capacity: 1 }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'capacity-below-bookings', details: { taken: 2, capacity: 1, first: '24/11/2026 13:30' } },
    });
    const row = await app.db.selectFrom('opening_sessions').select('capacity').executeTakeFirstOrThrow();
    expect(row.capacity).toBe(2);
  });

  it('audits closing days added and removed', async () => {
    const { app, coordinator, call } = await setup();
    await call(coordinator, 'appointments:add-closing-day', { date: '2026-12-24', reason: 'Kerstavond' });
    await call(coordinator, 'appointments:remove-closing-day', { date: '2026-12-24' });
    const log = await app.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'appointment.closing-day')
      .orderBy('id')
      .execute();
    expect(log.map((l) => JSON.parse(l.details ?? '{}'))).toEqual([
      { date: '2026-12-24', created: true, reason: 'Kerstavond' },
      { date: '2026-12-24', removed: true },
    ]);
  });

  it('refuses a social worker every editing channel, and writes nothing', async () => {
    const { app, worker, call } = await setup();
    for (const [channel, input] of [
      ['appointments:get-schedule', {}],
      ['appointments:save-session', tuesdaySession],
      ['appointments:remove-session', { id: 1 }],
      ['appointments:add-closing-day', { date: '2026-12-01' }],
      ['appointments:remove-closing-day', { date: '2026-12-01' }],
    ] as const)
      expect(await call(worker, channel, input), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await app.db.selectFrom('opening_sessions').select('id').execute()).toEqual([]);
    expect(await app.db.selectFrom('closing_days').select('date').execute()).toEqual([]);
  });
});
