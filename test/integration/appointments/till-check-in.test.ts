// A client checked in at the till is attended, not a no-show: the till checks in through the
// appointments service (status and time together), and closing the day only touches bookings still
// booked and never checked in.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aTestApp, aUser, signIn } from '../../support/builders';
import { aRuleSet } from '../../support/rules-builders';
import { aShopper, aTillCaller } from '../../support/till-builders';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

// The test clock: Tuesday 24 Nov 2026, 09:30 UTC (10:30 in Brussels).
async function setup(appointment: { checkedInAt?: string } | null = {}) {
  const a = await aTestApp();
  app = a;
  await aRuleSet(a, {});
  const shopper = await aShopper(a);
  if (appointment)
    await a.db
      .insertInto('appointments')
      .values({
        household_id: shopper.householdId,
        slot_start: '2026-11-24T09:15:00.000Z',
        slot_end: '2026-11-24T09:30:00.000Z',
        status: 'booked',
        walk_in: 0,
        created_by: null,
        created_at: '2026-11-20T10:00:00.000Z',
        checked_in_at: appointment.checkedInAt ?? null,
        updated_at: null,
      })
      .execute();
  const till = await aTillCaller(a);
  await till.call('till:open-shift', { counts: { '5000': 1 } });
  await till.call('till:scan-card', { code: shopper.card });
  const coordinator = await signIn(a, (await aUser(a, ['coordinator'], 'Coord')).id);
  const closeDay = () =>
    a.dispatcher.call({ channel: 'appointments:close-day', input: { date: '2026-11-24' }, session: coordinator });
  const rows = () =>
    a.db.selectFrom('appointments').select(['status', 'checked_in_at', 'walk_in']).orderBy('id').execute();
  return { app: a, till, closeDay, rows };
}

describe('check-in at the till and closing the day', () => {
  it('a client checked in at the till is checked in, and closing the day leaves them attended', async () => {
    const { till, closeDay, rows } = await setup();
    const view = await till.call('till:check-in', {});
    expect(view.client?.appointment).toMatchObject({ checkedIn: true, walkIn: false, time: '10:15' });
    expect(await rows()).toEqual([{ status: 'checked-in', checked_in_at: '2026-11-24T09:30:00.000Z', walk_in: 0 }]);
    expect(await closeDay()).toEqual({ ok: true, value: { noShows: 0 } });
    expect(await rows()).toMatchObject([{ status: 'checked-in' }]);
  });

  it('a check-in and the day close at once never leave a checked-in client marked no-show', async () => {
    const { till, closeDay, rows } = await setup();
    const [checkIn, closed] = await Promise.all([till.attempt('till:check-in', {}), closeDay()]);
    const [row] = await rows();
    // Whichever lands first, the booking is either attended or missed, never both.
    if (row?.status === 'checked-in') {
      expect(checkIn.ok).toBe(true);
      expect(row.checked_in_at).not.toBeNull();
      expect(closed).toEqual({ ok: true, value: { noShows: 0 } });
    } else {
      expect(row).toMatchObject({ status: 'no-show', checked_in_at: null });
      expect(closed).toEqual({ ok: true, value: { noShows: 1 } });
    }
  });

  it('a booking an older till stamped with a check-in time but left booked counts as attended at day close', async () => {
    const { closeDay, rows } = await setup({ checkedInAt: '2026-11-24T09:20:00.000Z' });
    expect(await closeDay()).toEqual({ ok: true, value: { noShows: 0 } });
    expect(await rows()).toMatchObject([{ status: 'checked-in', checked_in_at: '2026-11-24T09:20:00.000Z' }]);
  });

  it('without a booking the walk-in policy decides at the card scan: refused writes nothing and serves no one', async () => {
    const a = await aTestApp();
    app = a;
    await aRuleSet(a, {});
    const shopper = await aShopper(a);
    const till = await aTillCaller(a);
    await till.call('till:open-shift', { counts: { '5000': 1 } });
    const rows = () => a.db.selectFrom('appointments').select(['status', 'walk_in']).orderBy('id').execute();
    const policy = (value: string) =>
      a.db
        .insertInto('settings')
        .values({ key: 'walkInPolicy', value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();

    await policy('refused');
    const refused = await till.attempt('till:scan-card', { code: shopper.card });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'walk-ins-refused' } });
    expect(await rows()).toEqual([]);
    expect((await till.call('till:get-state', {})).client).toBeNull();

    // A Tuesday session whose 10:30 slot (the test clock's local time) is already full.
    await a.db
      .insertInto('opening_sessions')
      .values({ weekday: 2, start_time: '10:00', end_time: '12:00', slot_minutes: 60, capacity: 1, active: 1 })
      .execute();
    const other = await aShopper(a);
    await a.db
      .insertInto('appointments')
      .values({
        household_id: other.householdId,
        slot_start: '2026-11-24T09:00:00.000Z',
        slot_end: '2026-11-24T10:00:00.000Z',
        status: 'booked',
        walk_in: 0,
        created_by: null,
        created_at: '2026-11-20T10:00:00.000Z',
        checked_in_at: null,
        updated_at: null,
      })
      .execute();
    await policy('if-room');
    expect(await till.attempt('till:scan-card', { code: shopper.card })).toMatchObject({
      ok: false,
      error: { reason: 'no-room' },
    });
    expect(await rows()).toHaveLength(1);

    await policy('allowed');
    const view = await till.call('till:scan-card', { code: shopper.card });
    // Let in at 10:30 local: the till says it was without an appointment, not "appointment at 10:30".
    expect(view.client?.appointment).toMatchObject({ checkedIn: true, walkIn: true, time: '10:30' });
    expect(await rows()).toEqual([
      { status: 'booked', walk_in: 0 },
      { status: 'checked-in', walk_in: 1 },
    ]);
    // The same client scanned again (the sale cancelled and started over) is not a second walk-in.
    await till.call('till:cancel-sale', {});
    await till.call('till:scan-card', { code: shopper.card });
    expect(await rows()).toHaveLength(2);
  });

  it('a shop without any opening session takes walk-ins under the default if-room policy', async () => {
    const { rows } = await setup(null);
    expect(await rows()).toEqual([{ status: 'checked-in', checked_in_at: '2026-11-24T09:30:00.000Z', walk_in: 1 }]);
  });
});
