// Nobody has to close the day by hand: at start-up and on a timer the main process turns every past
// day's bookings still 'booked' into no-shows; today's bookings and attended ones are left alone.
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import { type App, createApp } from '../../../main/app';
import { closePastDays, startDayClosing } from '../../../main/services/appointments/day-close';
import { aHousehold, tempDbPath } from '../../support/builders';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

// Slots in UTC; Brussels is UTC+1 in November. Now: Tuesday 24 Nov 2026, 09:30 UTC.
const bookings = [
  { slot: '2026-11-20T13:00:00.000Z', checkedIn: null }, // Friday: missed
  { slot: '2026-11-23T22:30:00.000Z', checkedIn: null }, // 23:30 Monday local: missed
  { slot: '2026-11-23T13:00:00.000Z', checkedIn: '2026-11-23T13:05:00.000Z' }, // Monday: checked in by an older till
  { slot: '2026-11-23T23:30:00.000Z', checkedIn: null }, // 00:30 Tuesday local: today, not touched
  { slot: '2026-11-24T14:00:00.000Z', checkedIn: null }, // this afternoon
];

async function seed(a: App) {
  const household = await aHousehold(a);
  for (const b of bookings)
    await a.db
      .insertInto('appointments')
      .values({
        household_id: household,
        slot_start: b.slot,
        slot_end: new Date(Date.parse(b.slot) + 30 * 60_000).toISOString(),
        status: 'booked',
        walk_in: 0,
        created_by: null,
        created_at: '2026-11-01T10:00:00.000Z',
        checked_in_at: b.checkedIn,
        updated_at: null,
      })
      .execute();
}
const statuses = async (a: App) =>
  (await a.db.selectFrom('appointments').select('status').orderBy('id').execute()).map((r) => r.status);
const expected = ['no-show', 'no-show', 'checked-in', 'booked', 'booked'];

describe('closing past days on its own', () => {
  it('closes every past local day with bookings left, and only those', async () => {
    const path = tempDbPath('till-day-close-');
    app = await createApp({ dbPath: path, clock: fixedClock('2026-11-24T09:30:00Z'), background: false });
    await seed(app);
    expect(await closePastDays(app.db, app.clock.now())).toEqual([
      { date: '2026-11-20', noShows: 1 },
      { date: '2026-11-23', noShows: 1 },
    ]);
    expect(await statuses(app)).toEqual(expected);
    expect(await closePastDays(app.db, app.clock.now())).toEqual([]);
    const audits = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'appointment.close-day')
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('the running app does it at start-up, without any screen calling appointments:close-day', async () => {
    const path = tempDbPath('till-day-close-start-');
    const clock = fixedClock('2026-11-24T09:30:00Z');
    const first = await createApp({ dbPath: path, clock, background: false });
    await seed(first);
    await first.close();
    app = await createApp({ dbPath: path, clock, background: true, simulatedHardware: true });
    const started = app;
    // Done before createApp returns: nothing seeded after start-up can race it.
    expect(await statuses(started)).toEqual(expected);
  });

  it('the timer closes today once midnight has passed in the shop, with the till left on', async () => {
    const path = tempDbPath('till-day-close-timer-');
    const clock = fixedClock('2026-11-24T09:30:00Z');
    app = await createApp({ dbPath: path, clock, background: false });
    const a = app;
    await seed(a);
    const stop = await startDayClosing({
      db: a.db,
      clock,
      everyMs: 20,
      onError: (e) => {
        throw e;
      },
    });
    await expect.poll(() => statuses(a)).toEqual(expected);
    clock.advance(15 * 3_600_000); // 00:30 Wednesday in Brussels
    await expect.poll(() => statuses(a)).toEqual(['no-show', 'no-show', 'checked-in', 'no-show', 'no-show']);
    await stop();
  });
});
