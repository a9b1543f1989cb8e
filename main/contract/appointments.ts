// Appointments (issue 5). Social workers and coordinators book, move and cancel; the till's day list
// is open to cashiers but carries only the time, the reference person's first name and the status.
// Social workers and coordinators also get the last name: two 'Jean's on one day must be told apart.
import { z } from 'zod';
import { channel } from './define';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().datetime();
const staff = ['social-worker', 'coordinator'] as const;
export const appointmentStatuses = ['booked', 'checked-in', 'completed', 'cancelled', 'no-show'] as const;

export const slotSchema = z.object({
  startUtc: z.string(),
  endUtc: z.string(),
  localStart: z.string(),
  localEnd: z.string(),
  capacity: z.number().int(),
  taken: z.number().int(),
  remaining: z.number().int(),
});

export const dayListEntrySchema = z.object({
  appointmentId: id,
  time: z.string(),
  firstName: z.string(),
  /** The reference person's last name; null for a cashier (first names only at the till). */
  lastName: z.string().nullable(),
  status: z.enum(appointmentStatuses),
  walkIn: z.boolean(),
});
export type DayListEntry = z.infer<typeof dayListEntrySchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** An opening session as the coordinator edits it; rules across fields are checked by the service. */
export const sessionInputSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  start: hhmm,
  end: hhmm,
  slotMinutes: z.number().int().min(5).max(240),
  capacity: z.number().int().min(1).max(50),
});
export type SessionInput = z.infer<typeof sessionInputSchema>;

export const openingSessionSchema = sessionInputSchema.extend({ id });
export type OpeningSessionRow = z.infer<typeof openingSessionSchema>;

export const closingDaySchema = z.object({ date: isoDate, reason: z.string().nullable() });
export type ClosingDayRow = z.infer<typeof closingDaySchema>;

export const appointmentChannels = {
  'appointments:list-slots': channel({
    input: z.object({ date: isoDate }),
    output: z.object({ date: isoDate, closed: z.boolean(), slots: z.array(slotSchema) }),
    access: staff,
  }),
  'appointments:book': channel({
    input: z.object({ householdId: id, slotStartUtc: instant }),
    output: z.object({ appointmentId: id }),
    access: staff,
  }),
  'appointments:move': channel({
    input: z.object({ appointmentId: id, slotStartUtc: instant }),
    output: z.object({}),
    access: staff,
  }),
  'appointments:cancel': channel({
    input: z.object({ appointmentId: id }),
    output: z.object({}),
    access: staff,
  }),
  'appointments:list-day': channel({
    input: z.object({ date: isoDate.optional() }),
    output: z.object({ date: isoDate, entries: z.array(dayListEntrySchema) }),
    access: ['cashier', 'social-worker', 'coordinator'],
  }),
  'appointments:household-bookings': channel({
    input: z.object({ householdId: id }),
    output: z.object({
      noShows: z.number().int(),
      upcoming: z.array(z.object({ appointmentId: id, slotStartUtc: z.string(), status: z.enum(appointmentStatuses) })),
    }),
    access: staff,
  }),
  // The schedule editor (coordinators): active sessions and closing days from today on.
  'appointments:get-schedule': channel({
    input: z.object({}),
    output: z.object({ sessions: z.array(openingSessionSchema), closingDays: z.array(closingDaySchema) }),
    access: ['coordinator'],
  }),
  'appointments:save-session': channel({
    input: sessionInputSchema.extend({ id: id.optional() }),
    output: z.object({ sessionId: id }),
    access: ['coordinator'],
  }),
  'appointments:remove-session': channel({
    input: z.object({ id }),
    output: z.object({}),
    access: ['coordinator'],
  }),
  'appointments:add-closing-day': channel({
    input: z.object({ date: isoDate, reason: z.string().trim().max(80).optional() }),
    output: z.object({}),
    access: ['coordinator'],
  }),
  'appointments:remove-closing-day': channel({
    input: z.object({ date: isoDate }),
    output: z.object({}),
    access: ['coordinator'],
  }),
  'appointments:close-day': channel({
    input: z.object({ date: isoDate }),
    output: z.object({ noShows: z.number().int() }),
    access: ['coordinator'],
  }),
};
