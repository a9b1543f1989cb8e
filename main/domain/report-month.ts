// A report month is a calendar month in the shop's time zone. Its UTC bounds come from Intl (via
// calendar.ts), so a month containing a daylight-saving change is still exactly its local days.
import { addDays, periodBounds, periodDates } from './calendar';

export const monthKeyPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ReportMonth {
  month: string;
  timeZone: string;
  /** UTC instant of local midnight starting the month (inclusive), ISO text for index range scans. */
  startUtc: string;
  /** UTC instant of local midnight starting the next month (exclusive). */
  endUtc: string;
  firstDay: string;
  lastDay: string;
}

export function isMonthKey(value: string): boolean {
  return monthKeyPattern.test(value);
}

export function reportMonth(month: string, timeZone: string): ReportMonth {
  if (!isMonthKey(month)) throw new Error(`not a month: ${month}`);
  const bounds = periodBounds(month, timeZone);
  const dates = periodDates(month);
  if (!bounds || !dates) throw new Error(`not a month: ${month}`);
  return {
    month,
    timeZone,
    startUtc: bounds.start.toISOString(),
    endUtc: bounds.endExclusive.toISOString(),
    firstDay: dates.startDate,
    lastDay: addDays(dates.endDateExclusive, -1),
  };
}

export function shiftMonth(month: string, delta: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
