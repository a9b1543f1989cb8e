import { useCallback, useEffect, useState } from 'react';
import type { ClosingDayRow, OpeningSessionRow } from '../../../main/contract/appointments';
import type { CallError } from '../../../main/contract/define';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSingleFlight } from '../../components/useSingleFlight';
import { useI18n } from '../../i18n/index';
import { ClosingDays } from './ClosingDays';
import { SessionForm } from './SessionForm';
import { weekdayKey } from './scheduleFields';

function slotCount(s: OpeningSessionRow): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.floor((minutes(s.end) - minutes(s.start)) / s.slotMinutes);
}

/** Coordinators: the weekly opening sessions and the closing days that appointments are booked in. */
export function SchedulePanel() {
  const { t } = useI18n();
  const [sessions, setSessions] = useState<OpeningSessionRow[]>([]);
  const [closingDays, setClosingDays] = useState<ClosingDayRow[]>([]);
  const [editing, setEditing] = useState<OpeningSessionRow | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<CallError | null>(null);

  const load = useCallback(async () => {
    const result = await call('appointments:get-schedule', {});
    if (!result.ok) return setError(result.error);
    setSessions(result.value.sessions);
    setClosingDays(result.value.closingDays);
  }, []);
  useEffect(() => void load(), [load]);

  const changed = async (message: string) => {
    setError(null);
    setNotice(message);
    await load();
  };
  const remove = useSingleFlight(async (id: number) => {
    setConfirming(null);
    const result = await call('appointments:remove-session', { id });
    if (!result.ok) return setError(result.error);
    if (editing?.id === id) setEditing(null);
    await changed(t('appointments.schedule.removed'));
  });
  const label = (s: OpeningSessionRow) => ({ day: t(weekdayKey(s.weekday)), start: s.start, end: s.end });

  return (
    <div className="sched-panel">
      <h2>{t('appointments.schedule.title')}</h2>
      <p>{t('appointments.schedule.intro')}</p>
      {notice ? <p role="status">{notice}</p> : null}
      <ErrorMessage error={error} />
      <div className="sched-columns">
        <section aria-labelledby="sched-sessions">
          <h3 id="sched-sessions">{t('appointments.schedule.sessions')}</h3>
          {sessions.length === 0 ? <p className="sched-none">{t('appointments.schedule.none')}</p> : null}
          {sessions.length > 0 ? (
            <table className="sched-table">
              <thead>
                <tr>
                  <th scope="col">{t('appointments.schedule.weekday')}</th>
                  <th scope="col">{t('appointments.schedule.hours')}</th>
                  <th scope="col">{t('appointments.schedule.capacity')}</th>
                  <th scope="col">{t('appointments.schedule.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id} className={editing?.id === s.id ? 'sched-editing' : undefined}>
                    <th scope="row">{t(weekdayKey(s.weekday))}</th>
                    <td>
                      <span className="appt-time">
                        {s.start}–{s.end}
                      </span>{' '}
                      <span className="sched-detail">
                        {t('appointments.schedule.slots', { count: slotCount(s) })} × {s.slotMinutes}′
                      </span>
                    </td>
                    <td>{s.capacity}</td>
                    <td className="sched-actions">
                      {confirming === s.id ? (
                        <div
                          className="appt-confirm"
                          role="alertdialog"
                          aria-label={t('appointments.schedule.removeConfirm', label(s))}
                        >
                          <p>{t('appointments.schedule.removeConfirm', label(s))}</p>
                          <button type="button" className="appt-confirm-yes" onClick={() => void remove(s.id)}>
                            {t('appointments.schedule.removeYes')}
                          </button>
                          <button type="button" onClick={() => setConfirming(null)}>
                            {t('appointments.schedule.removeNo')}
                          </button>
                        </div>
                      ) : (
                        <>
                          <button
                            type="button"
                            aria-label={t('appointments.schedule.editLabel', label(s))}
                            onClick={() => setEditing(s)}
                          >
                            {t('appointments.schedule.edit')}
                          </button>
                          <button
                            type="button"
                            aria-label={t('appointments.schedule.removeLabel', label(s))}
                            onClick={() => setConfirming(s.id)}
                          >
                            {t('appointments.schedule.remove')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <SessionForm
            key={editing?.id ?? 'new'}
            editing={editing}
            onSaved={async () => {
              setEditing(null);
              await changed(t('appointments.schedule.saved'));
            }}
            onCancelEdit={() => setEditing(null)}
          />
        </section>
        <ClosingDays days={closingDays} onChanged={changed} />
      </div>
    </div>
  );
}
