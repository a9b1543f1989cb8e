// Editing the appointment schedule: is a proposed opening session well-formed and free of overlap,
// is a closing day new, and which open bookings would a changed schedule leave without their slot.
// Pure: the service loads the rows, these decide, the service writes nothing on a refusal.
import { type AppointmentSchedule, generateSlots } from './appointments';
import { DEFAULT_TIME_ZONE, type IsoWeekday, type LocalDate, localDate, minutesOfTime } from './calendar';

export interface SessionDraft {
  weekday: IsoWeekday;
  /** Local 'HH:MM'. */
  start: string;
  /** Local 'HH:MM', after `start` on the same day. */
  end: string;
  slotMinutes: number;
  capacity: number;
}

export interface StoredSession extends SessionDraft {
  id: number;
}

export type SessionProblemCode = 'end-before-start' | 'slot-not-dividing' | 'overlap';

/** A field-level problem: `path` is the input field it belongs next to. */
export interface SessionProblem {
  path: 'start' | 'end' | 'slotMinutes';
  code: SessionProblemCode;
  /** The session it overlaps, for 'overlap'. */
  otherId?: number;
}

export const SLOT_MINUTES_MIN = 5;
export const SLOT_MINUTES_MAX = 240;
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 50;

/**
 * The problems of a session draft against the other active sessions (`others` excludes the session
 * being edited). Ranges and formats are the contract's job; these are the rules across fields.
 */
export function checkSession(draft: SessionDraft, others: readonly StoredSession[]): SessionProblem[] {
  const start = minutesOfTime(draft.start);
  const end = minutesOfTime(draft.end);
  if (end <= start) return [{ path: 'end', code: 'end-before-start' }];
  const problems: SessionProblem[] = [];
  // A slot length that does not divide the session would leave a stub at the end nobody can book.
  if ((end - start) % draft.slotMinutes !== 0) problems.push({ path: 'slotMinutes', code: 'slot-not-dividing' });
  const clash = others.find(
    (o) => o.weekday === draft.weekday && minutesOfTime(o.start) < end && start < minutesOfTime(o.end),
  );
  if (clash) problems.push({ path: 'start', code: 'overlap', otherId: clash.id });
  return problems;
}

export interface OpenBooking {
  id: number;
  slotStartUtc: string;
  slotEndUtc: string;
}

/**
 * The bookings still to come (status 'booked', the caller filters) that `schedule` no longer offers a
 * slot for: their day is closed, or no slot of the new sessions starts and ends when theirs does.
 */
export function strandedBookings(
  schedule: AppointmentSchedule,
  bookings: readonly OpenBooking[],
  timeZone: string = DEFAULT_TIME_ZONE,
): OpenBooking[] {
  const slotsByDate = new Map<LocalDate, Set<string>>();
  const slotsOf = (date: LocalDate): Set<string> => {
    let keys = slotsByDate.get(date);
    if (!keys) {
      keys = new Set(generateSlots(schedule, date, timeZone).map((s) => `${s.startUtc}/${s.endUtc}`));
      slotsByDate.set(date, keys);
    }
    return keys;
  };
  return bookings.filter((b) => {
    const date = localDate(new Date(b.slotStartUtc), timeZone);
    const start = new Date(b.slotStartUtc).toISOString();
    const end = new Date(b.slotEndUtc).toISOString();
    return !slotsOf(date).has(`${start}/${end}`);
  });
}

/**
 * Slots whose new capacity is below the households already booked in them (bookings that keep their
 * slot). Lowering the capacity must not quietly overbook a slot. Returns the first such slot, if any.
 */
export function overfullSlot(
  schedule: AppointmentSchedule,
  bookings: readonly OpenBooking[],
  timeZone: string = DEFAULT_TIME_ZONE,
): { slotStartUtc: string; capacity: number; taken: number } | null {
  const taken = new Map<string, number>();
  for (const b of bookings) {
    const start = new Date(b.slotStartUtc).toISOString();
    taken.set(start, (taken.get(start) ?? 0) + 1);
  }
  const dates = new Set(bookings.map((b) => localDate(new Date(b.slotStartUtc), timeZone)));
  const slots = [...dates].sort().flatMap((date) => generateSlots(schedule, date, timeZone));
  for (const slot of slots) {
    const count = taken.get(slot.startUtc) ?? 0;
    if (count > slot.capacity) return { slotStartUtc: slot.startUtc, capacity: slot.capacity, taken: count };
  }
  return null;
}

export type ClosingDayCheck = { ok: true } | { ok: false; code: 'already-closed' | 'date-in-past' };

/** A new closing day: not one already listed, and not a day already over (it would change nothing). */
export function checkClosingDay(date: LocalDate, listed: readonly LocalDate[], today: LocalDate): ClosingDayCheck {
  if (listed.includes(date)) return { ok: false, code: 'already-closed' };
  if (date < today) return { ok: false, code: 'date-in-past' };
  return { ok: true };
}

/** Is 'YYYY-MM-DD' a real calendar day (not 2026-02-30)? */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}
