import { useState } from 'react';
import type { DayListEntry } from '../../../main/contract/appointments';
import { useI18n } from '../../i18n/index';

/** First and last name when the caller may see it (staff), the first name alone at the till. */
export function entryName(entry: DayListEntry): string {
  return entry.lastName ? `${entry.firstName} ${entry.lastName}` : entry.firstName;
}

/** The day's appointments: time, name, status. Cancelling asks first: one stray tap must not drop a booking. */
export function DayList(props: {
  entries: readonly DayListEntry[];
  onMove?: (entry: DayListEntry) => void;
  onCancel?: (entry: DayListEntry) => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<number | null>(null);
  if (props.entries.length === 0) return <p className="appt-empty">{t('appointments.empty')}</p>;
  return (
    <ul className="appt-day-list" aria-label={t('appointments.dayList')}>
      {props.entries.map((entry) => (
        <li key={entry.appointmentId} className={`appt-entry appt-${entry.status}`}>
          <span className="appt-time">{entry.time}</span>
          <span className="appt-name">{entryName(entry)}</span>
          <span className="appt-status">
            {t(`appointments.status.${entry.status}`)}
            {entry.walkIn ? ` · ${t('appointments.walkIn')}` : ''}
          </span>
          {entry.status === 'booked' && props.onMove && confirming !== entry.appointmentId ? (
            <button type="button" onClick={() => props.onMove?.(entry)}>
              {t('appointments.move')}
            </button>
          ) : null}
          {entry.status === 'booked' && props.onCancel && confirming !== entry.appointmentId ? (
            <button type="button" onClick={() => setConfirming(entry.appointmentId)}>
              {t('appointments.cancel')}
            </button>
          ) : null}
          {confirming === entry.appointmentId ? (
            <div
              className="appt-confirm"
              role="alertdialog"
              aria-label={t('appointments.cancelConfirm', { name: entryName(entry), time: entry.time })}
            >
              <p>{t('appointments.cancelConfirm', { name: entryName(entry), time: entry.time })}</p>
              <button
                type="button"
                className="appt-confirm-yes"
                onClick={() => {
                  setConfirming(null);
                  props.onCancel?.(entry);
                }}
              >
                {t('appointments.cancelYes')}
              </button>
              <button type="button" onClick={() => setConfirming(null)}>
                {t('appointments.cancelNo')}
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
