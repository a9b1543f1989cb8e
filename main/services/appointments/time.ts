import { type AppointmentSchedule, isClosed } from '../../domain/appointments';
import { localDate, utcOffsetMinutes } from '../../domain/calendar';

export { localDate };

/** Local 'HH:MM' of a UTC instant in the shop's time zone. */
export function timeOfInstant(iso: string, tz: string): string {
  const instant = new Date(iso);
  const wall = new Date(instant.getTime() + utcOffsetMinutes(instant, tz) * 60_000);
  return wall.toISOString().slice(11, 16);
}

export function isClosedDay(schedule: AppointmentSchedule, date: string): boolean {
  return isClosed(schedule, date);
}
