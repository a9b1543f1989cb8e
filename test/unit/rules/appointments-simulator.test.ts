import { describe, expect, it } from 'vitest';
import {
  type AppointmentSchedule,
  type Booking,
  checkBooking,
  decideWalkIn,
  generateSlots,
  noShowsAtDayClose,
  slotAvailability,
  transitionBooking,
} from '../../../main/domain/appointments';
import type { BudgetRuleSet } from '../../../main/domain/budget';
import { mondaysInMonth, simulateRuleChange } from '../../../main/domain/rule-simulator';

const schedule: AppointmentSchedule = {
  sessions: [{ weekday: 2, start: '13:00', end: '14:00', slotMinutes: 15, capacity: 2 }],
  closingDays: ['2026-12-29'],
};

describe('appointments', () => {
  it('generates DST-correct slots on Tuesdays only, none on closing days', () => {
    const winter = generateSlots(schedule, '2026-11-24');
    expect(winter.map((s) => s.localStart)).toEqual(['13:00', '13:15', '13:30', '13:45']);
    expect(winter[0]?.startUtc).toBe('2026-11-24T12:00:00.000Z');
    expect(generateSlots(schedule, '2026-07-07')[0]?.startUtc).toBe('2026-07-07T11:00:00.000Z');
    expect(generateSlots(schedule, '2026-11-25')).toEqual([]);
    expect(generateSlots(schedule, '2026-12-29')).toEqual([]);
  });

  it('books within capacity and the visit limit', () => {
    const slotStartUtc = '2026-11-24T12:00:00.000Z';
    const bookings: Booking[] = [
      { id: 'b1', householdId: 'h1', slotStartUtc, status: 'booked' },
      { id: 'b2', householdId: 'h2', slotStartUtc, status: 'cancelled' },
    ];
    const request = {
      schedule,
      date: '2026-11-24',
      slotStartUtc,
      householdId: 'h3',
      bookings,
      now: new Date('2026-11-20T10:00:00Z'),
      visitLimit: { maxVisits: 1 },
      visitsThisPeriod: 0,
    };
    expect(checkBooking(request)).toMatchObject({ ok: true });
    const full = [...bookings, { id: 'b3', householdId: 'h4', slotStartUtc, status: 'booked' as const }];
    expect(checkBooking({ ...request, bookings: full })).toMatchObject({ ok: false, reason: 'slot-full' });
    expect(checkBooking({ ...request, visitsThisPeriod: 1 })).toMatchObject({ ok: false, reason: 'visit-limit' });
    expect(checkBooking({ ...request, householdId: 'h1' })).toMatchObject({ ok: false, reason: 'already-booked' });
    expect(checkBooking({ ...request, slotStartUtc: '2026-11-24T12:05:00.000Z' })).toMatchObject({
      ok: false,
      reason: 'no-such-slot',
    });
    expect(checkBooking({ ...request, now: new Date('2026-11-25T00:00:00Z') })).toMatchObject({
      ok: false,
      reason: 'slot-in-past',
    });
  });

  it('decides walk-ins by policy', () => {
    const slots = generateSlots(schedule, '2026-11-24');
    const first = slots[0]?.startUtc ?? '';
    const bookings: Booking[] = [
      { id: 'a', householdId: 'h1', slotStartUtc: first, status: 'booked' },
      { id: 'b', householdId: 'h2', slotStartUtc: first, status: 'checked-in' },
    ];
    const availability = slotAvailability(slots, bookings);
    const now = new Date('2026-11-24T12:05:00Z');
    expect(decideWalkIn({ policy: 'if-room', availability, now, scheduleInUse: true })).toEqual({
      ok: false,
      reason: 'no-room',
    });
    expect(decideWalkIn({ policy: 'allowed', availability, now, scheduleInUse: true })).toEqual({
      ok: true,
      slotStartUtc: null,
    });
    expect(decideWalkIn({ policy: 'refused', availability, now, scheduleInUse: true })).toEqual({
      ok: false,
      reason: 'walk-ins-refused',
    });
    const later = new Date('2026-11-24T12:20:00Z');
    expect(decideWalkIn({ policy: 'if-room', availability, now: later, scheduleInUse: true })).toEqual({
      ok: true,
      slotStartUtc: slots[1]?.startUtc,
    });
  });

  it('lets walk-ins in under if-room in a shop that has no opening session at all', () => {
    const now = new Date('2026-11-24T12:05:00Z');
    expect(decideWalkIn({ policy: 'if-room', availability: [], now, scheduleInUse: false })).toEqual({
      ok: true,
      slotStartUtc: null,
    });
    expect(decideWalkIn({ policy: 'if-room', availability: [], now, scheduleInUse: true })).toEqual({
      ok: false,
      reason: 'no-room',
    });
    expect(decideWalkIn({ policy: 'refused', availability: [], now, scheduleInUse: false })).toEqual({
      ok: false,
      reason: 'walk-ins-refused',
    });
  });

  it('allows only legal status transitions', () => {
    expect(transitionBooking('booked', 'check-in')).toEqual({ ok: true, status: 'checked-in' });
    expect(transitionBooking('checked-in', 'complete')).toEqual({ ok: true, status: 'completed' });
    expect(transitionBooking('booked', 'cancel')).toEqual({ ok: true, status: 'cancelled' });
    expect(transitionBooking('booked', 'no-show')).toEqual({ ok: true, status: 'no-show' });
    expect(transitionBooking('cancelled', 'check-in')).toEqual({
      ok: false,
      reason: 'illegal-transition',
      from: 'cancelled',
      event: 'check-in',
    });
    expect(transitionBooking('checked-in', 'no-show')).toMatchObject({ ok: false });
    const day: Booking[] = [
      { id: 'a', householdId: 'h1', slotStartUtc: 'x', status: 'booked' },
      { id: 'b', householdId: 'h2', slotStartUtc: 'x', status: 'completed' },
    ];
    expect(noShowsAtDayClose(day)).toEqual([{ id: 'a', householdId: 'h1', slotStartUtc: 'x', status: 'no-show' }]);
  });
});

describe('rule simulator', () => {
  const oldRule: BudgetRuleSet = {
    id: 'old',
    effectiveFrom: '2026-01-01',
    period: 'week',
    baseCents: 1500,
    perAdultCents: 750,
    perChildCents: 500,
    childAgeLimit: 18,
    capCents: 6000,
  };
  const newRule: BudgetRuleSet = { ...oldRule, id: 'new', perChildCents: 600 };

  it('compares monthly totals per household-size band', () => {
    // November 2026 has 5 Mondays (2, 9, 16, 23, 30).
    expect(mondaysInMonth('2026-11-29')).toBe(5);
    expect(mondaysInMonth('2026-12-01')).toBe(4);
    const result = simulateRuleChange({
      households: [
        { memberBirthDates: ['1970-01-01'] },
        { memberBirthDates: ['1980-01-01', '1982-01-01', '2012-01-01', '2015-01-01', '2019-01-01'] },
      ],
      oldRuleSet: oldRule,
      newRuleSet: newRule,
      today: '2026-11-29',
    });
    // Single adult: 22,50 × 5; family: 45 → 48 a week.
    expect(result.oldMonthlyCents).toBe(2250 * 5 + 4500 * 5);
    expect(result.newMonthlyCents).toBe(2250 * 5 + 4800 * 5);
    expect(result.bands.map((b) => [b.band, b.households])).toEqual([
      ['1', 1],
      ['2', 0],
      ['3', 0],
      ['4', 0],
      ['5+', 1],
    ]);
    expect(result.bands[4]).toMatchObject({ oldMonthlyCents: 22500, newMonthlyCents: 24000 });
  });
});
