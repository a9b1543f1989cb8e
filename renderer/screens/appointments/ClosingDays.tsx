import { useState } from 'react';
import type { ClosingDayRow } from '../../../main/contract/appointments';
import type { CallError, FieldError } from '../../../main/contract/define';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSingleFlight } from '../../components/useSingleFlight';
import { useI18n } from '../../i18n/index';
import { ScheduleField } from './scheduleFields';

/** A closing day as the shop writes dates: weekday and day, in the user's language. */
function dayText(lang: string, date: string): string {
  return new Intl.DateTimeFormat(`${lang}-BE`, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** Closing days from today on: add one (with an optional note), or reopen one. */
export function ClosingDays(props: { days: readonly ClosingDayRow[]; onChanged: (message: string) => Promise<void> }) {
  const { t, lang } = useI18n();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);

  const fail = (e: CallError) => {
    setFields(e.fields ?? []);
    setError(e.fields?.length ? null : e);
  };
  const add = useSingleFlight(async () => {
    const result = await call('appointments:add-closing-day', {
      date,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (!result.ok) return fail(result.error);
    setFields([]);
    setError(null);
    setDate('');
    setReason('');
    await props.onChanged(t('appointments.schedule.closingDayAdded'));
  });
  const reopen = useSingleFlight(async (day: string) => {
    const result = await call('appointments:remove-closing-day', { date: day });
    if (!result.ok) return fail(result.error);
    setError(null);
    await props.onChanged(t('appointments.schedule.closingDayRemoved'));
  });

  return (
    <section aria-labelledby="sched-closing">
      <h3 id="sched-closing">{t('appointments.schedule.closingDays')}</h3>
      {props.days.length === 0 ? <p>{t('appointments.schedule.noClosingDays')}</p> : null}
      <ul className="sched-closing-list" aria-labelledby="sched-closing">
        {props.days.map((d) => (
          <li key={d.date}>
            <span className="sched-closing-day">{dayText(lang, d.date)}</span>
            {d.reason ? <span className="sched-detail">{d.reason}</span> : null}
            <button
              type="button"
              aria-label={t('appointments.schedule.removeClosingDay', { date: dayText(lang, d.date) })}
              onClick={() => void reopen(d.date)}
            >
              {t('appointments.schedule.reopen')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="sched-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <ScheduleField id="sched-closing-date" label="appointments.schedule.closingDate" path="date" errors={fields}>
          {(f) => (
            <input
              id="sched-closing-date"
              type="date"
              className={f.invalid ? 'input input-invalid' : 'input'}
              aria-invalid={f.invalid || undefined}
              aria-describedby={f.describedBy}
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </ScheduleField>
        <ScheduleField
          id="sched-closing-reason"
          label="appointments.schedule.closingReason"
          path="reason"
          errors={fields}
        >
          {(f) => (
            <input
              id="sched-closing-reason"
              className={f.invalid ? 'input input-invalid' : 'input'}
              maxLength={80}
              aria-describedby={f.describedBy}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </ScheduleField>
        <div className="sched-buttons">
          <button type="submit" className="button button-primary">
            {t('appointments.schedule.addClosingDay')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
