// Appointments: opening sessions split into slots, bookings and their statuses, walk-in policy.
// Slot instants are UTC ISO strings computed from shop-local wall times, so a Tuesday 13:00 slot
// stays 13:00 local on both sides of a daylight-saving change.
import {
  DEFAULT_TIME_ZONE,
  type IsoWeekday,
  isoWeekday,
  type LocalDate,
  localDateTimeToUtc,
  minutesOfTime,
  timeOfMinutes,
} from './calendar';

export interface OpeningSession {
  weekday: IsoWeekday;
  /** Local 'HH:MM'. */
  start: string;
  /** Local 'HH:MM', exclusive; a last slot that would run past it is not offered. */
  end: string;
  slotMinutes: number;
  /** Households per slot. */
  capacity: number;
}

export interface AppointmentSchedule {
  sessions: readonly OpeningSession[];
  closingDays: readonly LocalDate[];
}

export interface Slot {
  date: LocalDate;
  localStart: string;
  localEnd: string;
  /** ISO 8601 UTC, e.g. '2026-11-24T12:00:00.000Z': the key bookings refer to. */
  startUtc: string;
  endUtc: string;
  capacity: number;
}

export type BookingStatus = 'booked' | 'checked-in' | 'completed' | 'cancelled' | 'no-show';
export type BookingEvent = 'check-in' | 'complete' | 'cancel' | 'no-show';

export interface Booking {
  id: string;
  householdId: string;
  slotStartUtc: string;
  status: BookingStatus;
}

export function isClosed(schedule: AppointmentSchedule, date: LocalDate): boolean {
  return schedule.closingDays.includes(date);
}

/** The day's slots in time order; none on a closing day or a weekday without sessions. */
export function generateSlots(
  schedule: AppointmentSchedule,
  date: LocalDate,
  timeZone: string = DEFAULT_TIME_ZONE,
): Slot[] {
  if (isClosed(schedule, date)) return [];
  const weekday = isoWeekday(date);
  const slots: Slot[] = [];
  for (const session of schedule.sessions) {
    if (session.weekday !== weekday || session.slotMinutes <= 0) continue;
    const end = minutesOfTime(session.end);
    for (let start = minutesOfTime(session.start); start + session.slotMinutes <= end; start += session.slotMinutes) {
      const localStart = timeOfMinutes(start);
      const localEnd = timeOfMinutes(start + session.slotMinutes);
      slots.push({
        date,
        localStart,
        localEnd,
        startUtc: localDateTimeToUtc(date, localStart, timeZone).toISOString(),
        endUtc: localDateTimeToUtc(date, localEnd, timeZone).toISOString(),
        capacity: session.capacity,
      });
    }
  }
  return slots.sort((a, b) => a.startUtc.localeCompare(b.startUtc));
}

/** Every status but cancelled keeps its place in the slot (a no-show still took it). */
export function holdsPlace(status: BookingStatus): boolean {
  switch (status) {
    case 'booked':
    case 'checked-in':
    case 'completed':
    case 'no-show':
      return true;
    case 'cancelled':
      return false;
    default: {
      const unexpected: never = status;
      throw new Error(`unexpected status ${String(unexpected)}`);
    }
  }
}

export interface SlotAvailability {
  slot: Slot;
  taken: number;
  remaining: number;
}

export function slotAvailability(slots: readonly Slot[], bookings: readonly Booking[]): SlotAvailability[] {
  return slots.map((slot) => {
    const taken = bookings.filter((b) => b.slotStartUtc === slot.startUtc && holdsPlace(b.status)).length;
    return { slot, taken, remaining: Math.max(0, slot.capacity - taken) };
  });
}

export type BookingCheck =
  | { ok: true; slot: Slot }
  | { ok: false; reason: 'closed'; date: LocalDate }
  | { ok: false; reason: 'no-such-slot'; slotStartUtc: string }
  | { ok: false; reason: 'slot-in-past'; slotStartUtc: string }
  | { ok: false; reason: 'slot-full'; capacity: number; taken: number }
  | { ok: false; reason: 'already-booked'; bookingId: string }
  | { ok: false; reason: 'visit-limit'; limit: number; used: number };

/**
 * May this household book (or move to) this slot? `bookings` are the day's bookings, WITHOUT the
 * booking being moved; `visitsThisPeriod` counts the household's completed visits plus open bookings
 * in the visit limit's period of the slot, also without the booking being moved.
 */
export function checkBooking(input: {
  schedule: AppointmentSchedule;
  date: LocalDate;
  slotStartUtc: string;
  householdId: string;
  bookings: readonly Booking[];
  now: Date;
  visitLimit: { maxVisits: number } | null;
  visitsThisPeriod: number;
  tz?: string;
}): BookingCheck {
  if (isClosed(input.schedule, input.date)) return { ok: false, reason: 'closed', date: input.date };
  const slot = generateSlots(input.schedule, input.date, input.tz).find((s) => s.startUtc === input.slotStartUtc);
  if (!slot) return { ok: false, reason: 'no-such-slot', slotStartUtc: input.slotStartUtc };
  if (Date.parse(slot.endUtc) <= input.now.getTime()) {
    return { ok: false, reason: 'slot-in-past', slotStartUtc: slot.startUtc };
  }
  const sameDay = input.bookings.find(
    (b) => b.householdId === input.householdId && (b.status === 'booked' || b.status === 'checked-in'),
  );
  if (sameDay) return { ok: false, reason: 'already-booked', bookingId: sameDay.id };
  const [availability] = slotAvailability([slot], input.bookings);
  if (availability && availability.remaining === 0) {
    return { ok: false, reason: 'slot-full', capacity: slot.capacity, taken: availability.taken };
  }
  if (input.visitLimit && input.visitsThisPeriod >= input.visitLimit.maxVisits) {
    return { ok: false, reason: 'visit-limit', limit: input.visitLimit.maxVisits, used: input.visitsThisPeriod };
  }
  return { ok: true, slot };
}

export type WalkInPolicy = 'allowed' | 'if-room' | 'refused';

export type WalkInDecision =
  | { ok: true; slotStartUtc: string | null }
  | { ok: false; reason: 'walk-ins-refused' }
  | { ok: false; reason: 'no-room' };

/**
 * A household without an appointment arrives at `now`. 'if-room' needs room in the slot running now;
 * 'allowed' always lets them in (and names the current slot when it has room, for the day list).
 * A shop with no opening session at all does not work with appointments: there is no slot to have
 * room in, so 'if-room' lets everyone in there ('refused' still refuses, as the shop chose).
 */
export function decideWalkIn(input: {
  policy: WalkInPolicy;
  availability: readonly SlotAvailability[];
  now: Date;
  scheduleInUse: boolean;
}): WalkInDecision {
  const nowMs = input.now.getTime();
  const current = input.availability.find(
    (a) => Date.parse(a.slot.startUtc) <= nowMs && nowMs < Date.parse(a.slot.endUtc) && a.remaining > 0,
  );
  switch (input.policy) {
    case 'refused':
      return { ok: false, reason: 'walk-ins-refused' };
    case 'allowed':
      return { ok: true, slotStartUtc: current?.slot.startUtc ?? null };
    case 'if-room':
      if (!input.scheduleInUse) return { ok: true, slotStartUtc: null };
      return current ? { ok: true, slotStartUtc: current.slot.startUtc } : { ok: false, reason: 'no-room' };
    default: {
      const unexpected: never = input.policy;
      throw new Error(`unexpected policy ${String(unexpected)}`);
    }
  }
}

export type TransitionResult =
  | { ok: true; status: BookingStatus }
  | { ok: false; reason: 'illegal-transition'; from: BookingStatus; event: BookingEvent };

const transitions: Record<BookingStatus, Partial<Record<BookingEvent, BookingStatus>>> = {
  booked: { 'check-in': 'checked-in', cancel: 'cancelled', 'no-show': 'no-show' },
  'checked-in': { complete: 'completed' },
  completed: {},
  cancelled: {},
  'no-show': {},
};

/** booked → checked-in → completed; booked → cancelled; booked → no-show (at day close). */
export function transitionBooking(from: BookingStatus, event: BookingEvent): TransitionResult {
  const to = transitions[from][event];
  return to ? { ok: true, status: to } : { ok: false, reason: 'illegal-transition', from, event };
}

/** At day close: every booking still 'booked' becomes a no-show. Returns the changed bookings. */
export function noShowsAtDayClose(bookings: readonly Booking[]): Booking[] {
  return bookings.filter((b) => b.status === 'booked').map((b) => ({ ...b, status: 'no-show' }));
}

export function noShowCount(bookings: readonly Booking[], householdId: string): number {
  return bookings.filter((b) => b.householdId === householdId && b.status === 'no-show').length;
}
