import type { DayListEntry } from '../../../main/contract/appointments';
import { useI18n } from '../../i18n/index';

/** The day's appointments as the till shows them: time, first name, status. Also used by the till. */
export function DayList(props: {
  entries: readonly DayListEntry[];
  onMove?: (entry: DayListEntry) => void;
  onCancel?: (entry: DayListEntry) => void;
}) {
  const { t } = useI18n();
  if (props.entries.length === 0) return <p className="appt-empty">{t('appointments.empty')}</p>;
  return (
    <ul className="appt-day-list" aria-label={t('appointments.dayList')}>
      {props.entries.map((entry) => (
        <li key={entry.appointmentId} className={`appt-entry appt-${entry.status}`}>
          <span className="appt-time">{entry.time}</span>
          <span className="appt-name">{entry.firstName}</span>
          <span className="appt-status">
            {t(`appointments.status.${entry.status}`)}
            {entry.walkIn ? ` · ${t('appointments.walkIn')}` : ''}
          </span>
          {entry.status === 'booked' && props.onMove ? (
            <button type="button" onClick={() => props.onMove?.(entry)}>
              {t('appointments.move')}
            </button>
          ) : null}
          {entry.status === 'booked' && props.onCancel ? (
            <button type="button" onClick={() => props.onCancel?.(entry)}>
              {t('appointments.cancel')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
