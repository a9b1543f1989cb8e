import type { Language } from '../main/contract/money';

// Calendar dates on screen, as date fields want them ('YYYY-MM-DD'), in the shop's time zone: the
// computer's own zone may differ, and UTC is an hour or two behind Brussels around midnight.

/** Today's date in the given zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The month before the given date's month, as 'YYYY-MM'. */
export function monthBefore(date: string): string {
  const d = new Date(`${date.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

/** An ISO timestamp as a short day and time in the shop's time zone: `29/11/26 12:51`. */
export function dateTimeText(iso: string, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
