// The shop's local calendar. Pure: every function takes the instant or the local date it works on,
// and time zones go through Intl only, so daylight-saving rules come from the platform's tz data.
//
// Period keys:
//   week  → ISO 8601 week of the Monday that starts it: '2026-W48' (weeks run Monday..Sunday).
//   month → '2026-11'.
// Local dates are 'YYYY-MM-DD' strings, local times 'HH:MM' (24 h).

import { DEFAULT_TIME_ZONE } from '../contract/money';

export { DEFAULT_TIME_ZONE };

export type LocalDate = string;
export type PeriodKind = 'week' | 'month';
export type PeriodKey = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAY_MS = 86_400_000;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const found: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') found[part.type] = Number(part.value);
  }
  return {
    year: found.year ?? 0,
    month: found.month ?? 1,
    day: found.day ?? 1,
    // Some engines print midnight as 24 even with h23; normalise.
    hour: (found.hour ?? 0) % 24,
    minute: found.minute ?? 0,
    second: found.second ?? 0,
  };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function toLocalDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const QUARTER_HOUR_MS = 900_000;
const offsetCache = new Map<string, number>();

/**
 * The UTC offset, cached per 15-minute UTC bucket: Intl's formatToParts costs tens of microseconds
 * and the till asks on every scan. Time zones change offset only on quarter-hour UTC instants.
 */
function cachedOffsetMinutes(instant: Date, timeZone: string): number {
  const bucket = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  const key = `${timeZone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 10_000) offsetCache.clear();
    offset = utcOffsetMinutes(new Date(bucket * QUARTER_HOUR_MS), timeZone);
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The shop-local calendar date of an instant. */
export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  const wall = new Date(instant.getTime() + cachedOffsetMinutes(instant, timeZone) * 60_000);
  return toLocalDate(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
}

/** The shop-local wall time of an instant, 'HH:MM'. */
export function localTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const wall = new Date(instant.getTime() + cachedOffsetMinutes(instant, timeZone) * 60_000);
  return timeOfMinutes(wall.getUTCHours() * 60 + wall.getUTCMinutes());
}

/** Offset of local wall time from UTC at an instant, in minutes (Brussels: +60 in winter, +120 in summer). */
export function utcOffsetMinutes(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  const p = localParts(instant, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc - wholeSeconds) / 60_000);
}

function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a local date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function parseTime(time: string): { hour: number; minute: number } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`not a HH:MM time: ${time}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Minutes since local midnight of a 'HH:MM' time. */
export function minutesOfTime(time: string): number {
  const { hour, minute } = parseTime(time);
  return hour * 60 + minute;
}

/** 'HH:MM' from minutes since midnight. */
export function timeOfMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function dateToEpochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function epochDayToDate(epochDay: number): LocalDate {
  const d = new Date(epochDay * DAY_MS);
  return toLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return epochDayToDate(dateToEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dateToEpochDay(to) - dateToEpochDay(from);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(dateToEpochDay(date) * DAY_MS).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/**
 * The UTC instant of a local wall-clock time. In the autumn overlap (02:30 happens twice) the earlier
 * instant wins; in the spring gap (02:30 does not exist) the time moves forward by the gap (→ 03:30).
 */
export function localDateTimeToUtc(date: LocalDate, time: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const { year, month, day } = parseLocalDate(date);
  const { hour, minute } = parseTime(time);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets a day either side bracket any DST change near this wall time.
  const offsets = [
    utcOffsetMinutes(new Date(wallAsUtc - DAY_MS), timeZone),
    utcOffsetMinutes(new Date(wallAsUtc + DAY_MS), timeZone),
  ];
  const candidates = offsets
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((instant) => {
      const p = localParts(new Date(instant), timeZone);
      return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wallAsUtc;
    })
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // Gap: use the offset before the change, which lands after the gap.
  return new Date(wallAsUtc - (offsets[0] ?? 0) * 60_000);
}

/** Monday of the week containing a local date. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

const weekKeys = new Map<LocalDate, PeriodKey>();

/** ISO week key ('2026-W48'): the year is that of the week's Thursday, so 2026-12-31 may be '2026-W53'. */
export function weekKeyOf(date: LocalDate): PeriodKey {
  // The rules ask this for every line of every scan, always for a handful of dates: remember them.
  const known = weekKeys.get(date);
  if (known !== undefined) return known;
  const thursday = addDays(mondayOf(date), 3);
  const isoYear = parseLocalDate(thursday).year;
  const januaryFourth = toLocalDate(isoYear, 1, 4);
  const week = Math.floor(daysBetween(mondayOf(januaryFourth), mondayOf(date)) / 7) + 1;
  const key = `${pad(isoYear, 4)}-W${pad(week)}`;
  if (weekKeys.size >= 4096) weekKeys.clear();
  weekKeys.set(date, key);
  return key;
}

export function monthKeyOf(date: LocalDate): PeriodKey {
  return date.slice(0, 7);
}

export function periodKeyOf(kind: PeriodKind, date: LocalDate): PeriodKey {
  switch (kind) {
    case 'week':
      return weekKeyOf(date);
    case 'month':
      return monthKeyOf(date);
    default:
      return assertNever(kind);
  }
}

/** Period key of an instant in the shop's time zone. */
export function periodKeyAt(kind: PeriodKind, instant: Date, timeZone: string = DEFAULT_TIME_ZONE): PeriodKey {
  return periodKeyOf(kind, localDate(instant, timeZone));
}

export function periodKindOfKey(key: PeriodKey): PeriodKind | null {
  if (/^\d{4}-W\d{2}$/.test(key)) return 'week';
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  return null;
}

/** First local date of a period and the first local date after it (exclusive end). */
export function periodDates(key: PeriodKey): { startDate: LocalDate; endDateExclusive: LocalDate } | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) {
    const weekOne = mondayOf(toLocalDate(Number(week[1]), 1, 4));
    const startDate = addDays(weekOne, (Number(week[2]) - 1) * 7);
    return { startDate, endDateExclusive: addDays(startDate, 7) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const year = Number(month[1]);
    const monthNumber = Number(month[2]);
    const next = monthNumber === 12 ? toLocalDate(year + 1, 1, 1) : toLocalDate(year, monthNumber + 1, 1);
    return { startDate: toLocalDate(year, monthNumber, 1), endDateExclusive: next };
  }
  return null;
}

/** UTC instants bounding a period: start inclusive, end exclusive (local midnights, DST-correct). */
export function periodBounds(
  key: PeriodKey,
  timeZone: string = DEFAULT_TIME_ZONE,
): { start: Date; endExclusive: Date } | null {
  const dates = periodDates(key);
  if (!dates) return null;
  return {
    start: localDateTimeToUtc(dates.startDate, '00:00', timeZone),
    endExclusive: localDateTimeToUtc(dates.endDateExclusive, '00:00', timeZone),
  };
}

/** Age in whole years on a date (someone born on 29 February turns a year older on 1 March). */
export function ageOn(birthDate: LocalDate, onDate: LocalDate): number {
  const birth = parseLocalDate(birthDate);
  const on = parseLocalDate(onDate);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
