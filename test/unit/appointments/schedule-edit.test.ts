import { describe, expect, it } from 'vitest';
import type { AppointmentSchedule } from '../../../main/domain/appointments';
import {
  checkClosingDay,
  checkSession,
  isRealDate,
  overfullSlot,
  type SessionDraft,
  strandedBookings,
} from '../../../main/domain/schedule-edit';

const TZ = 'Europe/Brussels';
const tuesday: SessionDraft = { weekday: 2, start: '13:00', end: '17:00', slotMinutes: 15, capacity: 2 };

describe('checkSession', () => {
  it('accepts a Tuesday 13:00–17:00 in 15-minute slots next to a morning session', () => {
    expect(checkSession(tuesday, [{ ...tuesday, id: 1, start: '09:00', end: '13:00' }])).toEqual([]);
  });

  it('refuses an end at or before the start, next to the end field', () => {
    expect(checkSession({ ...tuesday, end: '13:00' }, [])).toEqual([{ path: 'end', code: 'end-before-start' }]);
    expect(checkSession({ ...tuesday, end: '12:00' }, [])).toEqual([{ path: 'end', code: 'end-before-start' }]);
  });

  it('refuses a slot length that leaves a stub at the end', () => {
    expect(checkSession({ ...tuesday, slotMinutes: 25 }, [])).toEqual([
      { path: 'slotMinutes', code: 'slot-not-dividing' },
    ]);
    expect(checkSession({ ...tuesday, slotMinutes: 240 }, [])).toEqual([]);
  });

  it('refuses an overlap on the same weekday only, naming the other session', () => {
    const other = { ...tuesday, id: 7, start: '16:45', end: '18:00' };
    expect(checkSession(tuesday, [other])).toEqual([{ path: 'start', code: 'overlap', otherId: 7 }]);
    expect(checkSession(tuesday, [{ ...other, weekday: 3 }])).toEqual([]);
    // Touching ends do not overlap.
    expect(checkSession(tuesday, [{ ...other, start: '17:00' }])).toEqual([]);
  });
});

describe('strandedBookings', () => {
  const schedule: AppointmentSchedule = { sessions: [tuesday], closingDays: [] };
  // Tuesday 24 Nov 2026, 13:15 local = 12:15 UTC.
  const booking = { id: 1, slotStartUtc: '2026-11-24T12:15:00.000Z', slotEndUtc: '2026-11-24T12:30:00.000Z' };

  it('keeps a booking whose slot is still offered', () => {
    expect(strandedBookings(schedule, [booking], TZ)).toEqual([]);
  });

  it('finds a booking on a day that becomes a closing day', () => {
    expect(strandedBookings({ ...schedule, closingDays: ['2026-11-24'] }, [booking], TZ)).toEqual([booking]);
  });

  it('finds a booking whose slot changes length or falls outside the shortened session', () => {
    expect(strandedBookings({ sessions: [{ ...tuesday, slotMinutes: 30 }], closingDays: [] }, [booking], TZ)).toEqual([
      booking,
    ]);
    expect(strandedBookings({ sessions: [{ ...tuesday, start: '14:00' }], closingDays: [] }, [booking], TZ)).toEqual([
      booking,
    ]);
    expect(strandedBookings({ sessions: [], closingDays: [] }, [booking], TZ)).toEqual([booking]);
  });
});

describe('checkClosingDay', () => {
  it('accepts a new day from today on, refuses a listed day and a day already over', () => {
    expect(checkClosingDay('2026-12-25', [], '2026-11-23')).toEqual({ ok: true });
    expect(checkClosingDay('2026-11-23', [], '2026-11-23')).toEqual({ ok: true });
    expect(checkClosingDay('2026-12-25', ['2026-12-25'], '2026-11-23')).toEqual({ ok: false, code: 'already-closed' });
    expect(checkClosingDay('2026-11-22', [], '2026-11-23')).toEqual({ ok: false, code: 'date-in-past' });
  });

  it('knows real calendar days', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('26-1-1')).toBe(false);
  });
});

describe('overfullSlot', () => {
  const booking = (id: number) => ({
    id,
    slotStartUtc: '2026-11-24T12:15:00.000Z',
    slotEndUtc: '2026-11-24T12:30:00.000Z',
  });
  it('finds a slot whose lowered capacity is below the households booked in it', () => {
    const lowered: AppointmentSchedule = { sessions: [{ ...tuesday, capacity: 1 }], closingDays: [] };
    expect(overfullSlot(lowered, [booking(1), booking(2)], TZ)).toEqual({
      slotStartUtc: '2026-11-24T12:15:00.000Z',
      capacity: 1,
      taken: 2,
    });
    expect(overfullSlot({ sessions: [tuesday], closingDays: [] }, [booking(1), booking(2)], TZ)).toBeNull();
  });
});
