// Report channels. Figures come from monthly.ts on the app's own handle; names appear only in the
// time-log list on screen (coordinators know their volunteers), never in a report or export.
// The handle is only touched through rawSync: figures read inside another call's open transaction
// would count rows it then rolls back, and a snapshot written there would be rolled back with it.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { rawSync } from '../../../db/sync-transaction';
import type { Clock } from '../../api/clock';
import type { Handlers } from '../../api/dispatcher';
import { TillError } from '../../api/errors';
import { localDate } from '../../domain/calendar';
import { reportMonth, shiftMonth } from '../../domain/report-month';
import { audit } from '../audit';
import type { Settings } from '../settings';
import { labelTables } from './labels';
import { monthlyReport } from './monthly';
import { renderReport } from './render';
import { readSnapshot, writeSnapshot } from './snapshots';

type ReportHandlers = Pick<
  Handlers,
  'reports:get-monthly' | 'reports:export-monthly' | 'reports:close-month' | 'reports:list-time' | 'reports:log-time'
>;

const mimeTypes = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export function reportHandlers(deps: { db: Kysely<DB>; clock: Clock; settings: () => Settings }): ReportHandlers {
  const { db, clock } = deps;
  const tz = () => deps.settings().timeZone;
  return {
    'reports:get-monthly': async ({ month, lang }) => {
      const { report, previous, lastYear, snapshot } = await rawSync(db, (raw) => {
        // One read transaction: the three months and the snapshot see the same committed rows.
        const read = () => {
          const report = monthlyReport(raw, month, tz(), lang);
          return {
            report,
            previous: monthlyReport(raw, shiftMonth(month, -1), tz(), lang),
            lastYear: monthlyReport(raw, shiftMonth(month, -12), tz(), lang),
            snapshot: readSnapshot(raw, report),
          };
        };
        return raw.transaction(read).deferred();
      });
      return {
        month,
        labels: labelTables(lang),
        timeZone: report.timeZone,
        rows: report.rows,
        previous: { month: previous.month, rows: previous.rows },
        lastYear: { month: lastYear.month, rows: lastYear.rows },
        closed: snapshot ? { closedAt: snapshot.closedAt, differences: snapshot.differences } : null,
      };
    },
    'reports:export-monthly': async ({ month, format, lang, csvStyle }, ctx) => {
      const bytes = await renderReport(db, { month, timeZone: tz(), format, lang, csvStyle });
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'report.export',
        entity: 'report',
        details: { month, format },
      });
      return { fileName: `report-${month}.${format}`, mimeType: mimeTypes[format], base64: bytes.toString('base64') };
    },
    'reports:close-month': async ({ month }, ctx) => {
      // Only a month that is over can be closed: its figures must not still be moving by design.
      if (reportMonth(month, tz()).endUtc > clock.now().toISOString())
        throw new TillError('refused', 'month-not-over', 'a month can be closed once it has ended');
      const at = clock.now().toISOString();
      const written = await rawSync(db, (raw) =>
        raw
          .transaction(() => writeSnapshot(raw, monthlyReport(raw, month, tz()), ctx.user?.id ?? null, at))
          .immediate(),
      );
      if (!written) throw new TillError('conflict', 'month-already-closed', 'this month is already closed');
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'report.close-month',
        entity: 'report',
        details: { month },
      });
      return { closedAt: at };
    },
    'reports:list-time': async ({ month }) => {
      const m = reportMonth(month, tz());
      const volunteers = await db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('active', '=', 1)
        .orderBy('name')
        .execute();
      const entries = await db
        .selectFrom('volunteer_time')
        .innerJoin('users', 'users.id', 'volunteer_time.user_id')
        .select(['volunteer_time.id', 'user_id', 'users.name', 'work_date', 'minutes', 'activity'])
        .where('work_date', '>=', m.firstDay)
        .where('work_date', '<=', m.lastDay)
        .orderBy('work_date')
        .orderBy('volunteer_time.id')
        .execute();
      return {
        volunteers,
        entries: entries.map((e) => ({
          id: e.id,
          userId: e.user_id,
          name: e.name,
          workDate: e.work_date,
          minutes: e.minutes,
          activity: e.activity,
        })),
      };
    },
    'reports:log-time': async (input, ctx) => {
      const user = await db.selectFrom('users').select('id').where('id', '=', input.userId).executeTakeFirst();
      if (!user)
        throw new TillError('invalid-input', 'unknown-volunteer', 'no such volunteer', undefined, [
          { path: 'userId', code: 'unknown' },
        ]);
      if (input.workDate > localDate(clock.now(), tz()))
        throw new TillError(
          'invalid-input',
          'date-in-future',
          'hours can only be logged for today or earlier',
          undefined,
          [{ path: 'workDate', code: 'future' }],
        );
      const row = await db
        .insertInto('volunteer_time')
        .values({
          user_id: input.userId,
          work_date: input.workDate,
          minutes: input.minutes,
          activity: input.activity,
          created_by: ctx.user?.id ?? null,
          created_at: ctx.now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'volunteer-time.log',
        entity: 'volunteer_time',
        entityId: row.id,
        details: { minutes: input.minutes },
      });
      return { id: row.id };
    },
  };
}
