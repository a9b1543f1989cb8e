// Closing the day without anyone having to remember: bookings of a past day (in the shop's time
// zone) still 'booked' become no-shows. The main process runs it at start-up (a till switched off
// overnight closes yesterday on the next morning) and every 10 minutes (a till left on closes the
// day just after midnight). Each day goes through closeDay, so a check-in at the same moment is safe.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Clock } from '../../api/clock';
import { localDate } from '../../domain/calendar';
import { readSettings } from '../settings';
import { closeDay } from './bookings';
import { dayBounds } from './schedule';

/** Closes every day before today that still has booked appointments; returns the no-shows per day. */
export async function closePastDays(db: Kysely<DB>, now: Date): Promise<{ date: string; noShows: number }[]> {
  const { timeZone: tz } = await readSettings(db);
  const { start: todayStart } = dayBounds(localDate(now, tz), tz);
  const open = await db
    .selectFrom('appointments')
    .select('slot_start')
    .where('status', '=', 'booked')
    .where('slot_start', '<', todayStart)
    .execute();
  const dates = [...new Set(open.map((r) => localDate(new Date(r.slot_start), tz)))].sort();
  const closed: { date: string; noShows: number }[] = [];
  for (const date of dates) closed.push({ date, noShows: await closeDay(db, date, now) });
  return closed;
}

/**
 * Once now (awaited, so start-up is done before the app answers calls and nothing seeded afterwards
 * races it), then every `everyMs`; the timer never keeps the process alive. Returns stop (waits for
 * a run in progress).
 */
export async function startDayClosing(deps: {
  db: Kysely<DB>;
  clock: Clock;
  onError: (error: unknown) => void;
  everyMs?: number;
}): Promise<() => Promise<void>> {
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return running; // a slow close is never run twice at once
    running = closePastDays(deps.db, deps.clock.now())
      .catch(deps.onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  await run();
  const timer = setInterval(() => void run(), deps.everyMs ?? 10 * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
