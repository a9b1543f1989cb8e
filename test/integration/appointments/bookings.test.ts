import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import type { App } from '../../../main/app';
import { checkInForHousehold, closeDay } from '../../../main/services/appointments/bookings';
import { aHousehold, aTestApp, aUser, signIn } from '../../support/builders';
import { anEnrolment, aRuleSet } from '../../support/rules-builders';

const TZ = 'Europe/Brussels';
let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function setup() {
  // Monday 23 Nov 2026, 09:00 local; sessions on Tuesday and Thursday 14:00–16:00, 30-minute slots for 2.
  app = await aTestApp({ clock: fixedClock('2026-11-23T08:00:00Z') });
  for (const weekday of [2, 4])
    await app.db
      .insertInto('opening_sessions')
      .values({ weekday, start_time: '14:00', end_time: '16:00', slot_minutes: 30, capacity: 2 })
      .execute();
  await aRuleSet(app, { visitLimit: 1 });
  const worker = await aUser(app, ['social-worker'], 'Worker');
  const cashier = await aUser(app, ['cashier'], 'Cashier');
  const household = await aHousehold(app, ['1980-05-01']);
  await anEnrolment(app, household);
  const call = async (session: string, channel: string, input: unknown) =>
    app!.dispatcher.call({ channel, input, session } as never);
  return { app, household, worker: await signIn(app, worker.id), cashier: await signIn(app, cashier.id), call };
}

describe('appointments on real SQLite', () => {
  it('a double tap on book makes one appointment; the second is refused by the visit limit', async () => {
    const { app, household, worker, call } = await setup();
    const book = () =>
      call(worker, 'appointments:book', { householdId: household, slotStartUtc: '2026-11-24T13:00:00.000Z' });
    const taps = await Promise.all([book(), book()]);
    expect(taps.map((r) => r.ok)).toEqual([true, false]);
    expect(await app.db.selectFrom('appointments').select('id').execute()).toHaveLength(1);
  });

  it('books, moves within the visit limit, lists for the cashier by first name, checks in and closes the day', async () => {
    const { app, household, worker, cashier, call } = await setup();
    const tuesday = await call(worker, 'appointments:list-slots', { date: '2026-11-24' });
    expect(tuesday).toMatchObject({ ok: true, value: { closed: false } });
    const booked = await call(worker, 'appointments:book', {
      householdId: household,
      slotStartUtc: '2026-11-24T13:00:00.000Z',
    });
    expect(booked.ok).toBe(true);
    const appointmentId = booked.ok ? (booked.value as { appointmentId: number }).appointmentId : 0;
    // The visit limit (1 a week) refuses a second booking in the same week, but not a move.
    expect(
      await call(worker, 'appointments:book', { householdId: household, slotStartUtc: '2026-11-26T13:00:00.000Z' }),
    ).toMatchObject({ ok: false, error: { reason: 'visit-limit' } });
    expect(
      await call(worker, 'appointments:move', { appointmentId, slotStartUtc: '2026-11-26T13:30:00.000Z' }),
    ).toMatchObject({ ok: true });
    expect(
      await call(cashier, 'appointments:book', { householdId: household, slotStartUtc: '2026-11-24T13:00:00.000Z' }),
    ).toMatchObject({ ok: false });
    const list = await call(cashier, 'appointments:list-day', { date: '2026-11-26' });
    expect(list).toMatchObject({
      ok: true,
      value: { entries: [{ appointmentId, time: '14:30', firstName: 'Member0', status: 'booked', walkIn: false }] },
    });
    expect(JSON.stringify(list)).not.toContain('Test');
    const checkIn = await checkInForHousehold(app.db, household, new Date('2026-11-26T13:35:00Z'), TZ);
    expect(checkIn).toMatchObject({ kind: 'appointment', appointmentId });
    expect(await checkInForHousehold(app.db, household, new Date('2026-11-26T13:40:00Z'), TZ)).toMatchObject({
      kind: 'already-checked-in',
    });
  });

  it('turns unchecked bookings into no-shows at day close, visible to social workers', async () => {
    const { app, household, worker, call } = await setup();
    await call(worker, 'appointments:book', { householdId: household, slotStartUtc: '2026-11-24T13:00:00.000Z' });
    expect(await closeDay(app.db, '2026-11-24', new Date('2026-11-24T18:00:00Z'))).toBe(1);
    expect(await call(worker, 'appointments:household-bookings', { householdId: household })).toMatchObject({
      ok: true,
      value: { noShows: 1 },
    });
  });

  it('walk-in per policy: if-room takes a place in the running slot, none before the session', async () => {
    const { app, household } = await setup();
    expect(await checkInForHousehold(app.db, household, new Date('2026-11-24T13:10:00Z'), TZ)).toMatchObject({
      kind: 'walk-in',
      slotStartUtc: '2026-11-24T13:00:00.000Z',
    });
    const other = await aHousehold(app, ['1970-01-01']);
    expect(await checkInForHousehold(app.db, other, new Date('2026-11-24T12:00:00Z'), TZ)).toMatchObject({
      kind: 'refused',
      reason: 'no-room',
    });
  });
});
