import { useState } from 'react';
import type { OpeningSessionRow } from '../../../main/contract/appointments';
import type { CallError, FieldError } from '../../../main/contract/define';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSingleFlight } from '../../components/useSingleFlight';
import { useI18n } from '../../i18n/index';
import { ScheduleField, weekdayKey, weekdays, wholeNumber } from './scheduleFields';

const blank = { weekday: '2', start: '', end: '', slotMinutes: '15', capacity: '2' };

/** Adds a session, or changes `editing`. Nothing is saved while a field is wrong. */
export function SessionForm(props: {
  editing: OpeningSessionRow | null;
  onSaved: () => Promise<void>;
  onCancelEdit: () => void;
}) {
  const { t } = useI18n();
  const { editing } = props;
  const [form, setForm] = useState(() =>
    editing
      ? {
          weekday: String(editing.weekday),
          start: editing.start,
          end: editing.end,
          slotMinutes: String(editing.slotMinutes),
          capacity: String(editing.capacity),
        }
      : blank,
  );
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const set = (key: keyof typeof blank) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = useSingleFlight(async () => {
    const result = await call('appointments:save-session', {
      ...(editing ? { id: editing.id } : {}),
      weekday: Number(form.weekday),
      start: form.start.trim(),
      end: form.end.trim(),
      slotMinutes: wholeNumber(form.slotMinutes),
      capacity: wholeNumber(form.capacity),
    });
    if (!result.ok) {
      setFields(result.error.fields ?? []);
      setError(result.error.fields?.length ? null : result.error);
      return;
    }
    setFields([]);
    setError(null);
    if (!editing) setForm(blank);
    await props.onSaved();
  });

  const text = (id: string, path: keyof typeof blank, label: Parameters<typeof ScheduleField>[0]['label']) => (
    <ScheduleField id={id} label={label} path={path} errors={fields} params={{ minutes: form.slotMinutes }}>
      {(f) => (
        <input
          id={id}
          className={f.invalid ? 'input input-invalid' : 'input'}
          inputMode="numeric"
          autoComplete="off"
          placeholder={path === 'start' ? '13:00' : path === 'end' ? '17:00' : undefined}
          aria-invalid={f.invalid || undefined}
          aria-describedby={f.describedBy}
          value={form[path]}
          onChange={(e) => set(path)(e.target.value)}
        />
      )}
    </ScheduleField>
  );

  const title = editing ? t('appointments.schedule.editTitle') : t('appointments.schedule.addTitle');
  return (
    <section className="sched-form" aria-label={title}>
      <h3>{title}</h3>
      <form
        className="sched-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ScheduleField id="sched-weekday" label="appointments.schedule.weekday" path="weekday" errors={fields}>
          {(f) => (
            <select
              id="sched-weekday"
              className={f.invalid ? 'input input-invalid' : 'input'}
              aria-describedby={f.describedBy}
              value={form.weekday}
              onChange={(e) => set('weekday')(e.target.value)}
            >
              {weekdays.map((d) => (
                <option key={d} value={d}>
                  {t(weekdayKey(d))}
                </option>
              ))}
            </select>
          )}
        </ScheduleField>
        {text('sched-start', 'start', 'appointments.schedule.start')}
        {text('sched-end', 'end', 'appointments.schedule.end')}
        {text('sched-slot', 'slotMinutes', 'appointments.schedule.slotMinutes')}
        {text('sched-capacity', 'capacity', 'appointments.schedule.capacity')}
        <div className="sched-buttons">
          <button type="submit" className="button button-primary">
            {editing ? t('appointments.schedule.save') : t('appointments.schedule.add')}
          </button>
          {editing ? (
            <button type="button" className="button" onClick={props.onCancelEdit}>
              {t('appointments.schedule.cancelEdit')}
            </button>
          ) : null}
        </div>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
