import { useCallback, useEffect, useState } from 'react';
import type { DayListEntry } from '../../../main/contract/appointments';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HouseholdPicker, type PickedHousehold } from '../../components/HouseholdPicker';
import { useSingleFlight } from '../../components/useSingleFlight';
import { addDays, todayIn } from '../../dates';
import { useI18n } from '../../i18n/index';
import { hasRole, useSession } from '../../session';
import { DayList, entryName } from './DayList';
import { SchedulePanel } from './SchedulePanel';

type Slots = ChannelOutput<'appointments:list-slots'>;

/** Social workers and coordinators: a day's slots with room, booking for a household found by name, move and cancel. */
export function AppointmentsScreen() {
  const { t } = useI18n();
  const { timeZone, user } = useSession();
  // The schedule editor is for coordinators only; social workers book within it.
  const [editingSchedule, setEditingSchedule] = useState(false);
  const coordinator = hasRole(user, ['coordinator']);
  const [date, setDate] = useState(() => todayIn(timeZone));
  const [household, setHousehold] = useState<PickedHousehold | null>(null);
  const [slots, setSlots] = useState<Slots | null>(null);
  const [entries, setEntries] = useState<DayListEntry[]>([]);
  const [moving, setMoving] = useState<DayListEntry | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<CallError | null>(null);

  const load = useCallback(async () => {
    const [s, d] = await Promise.all([
      call('appointments:list-slots', { date }),
      call('appointments:list-day', { date }),
    ]);
    if (!s.ok) return setError(s.error);
    if (!d.ok) return setError(d.error);
    setSlots(s.value);
    setEntries(d.value.entries);
  }, [date]);
  useEffect(() => void load(), [load]);

  const done = async (result: { ok: true } | { ok: false; error: CallError }, message: string) => {
    if (!result.ok) return setError(result.error);
    setError(null);
    setMoving(null);
    setNotice(message);
    await load();
  };
  // A double tap on a slot books (or moves) once.
  const pick = useSingleFlight(async (slotStartUtc: string) => {
    if (moving) {
      await done(
        await call('appointments:move', { appointmentId: moving.appointmentId, slotStartUtc }),
        t('appointments.moved'),
      );
    } else if (household) {
      await done(
        await call('appointments:book', { householdId: household.id, slotStartUtc }),
        t('appointments.booked'),
      );
    }
  });
  const canBook = moving !== null || household !== null;
  const scheduleToggle = coordinator ? (
    <button
      type="button"
      className="appt-schedule-toggle"
      aria-pressed={editingSchedule}
      onClick={() => {
        setEditingSchedule(!editingSchedule);
        if (editingSchedule) void load();
      }}
    >
      {editingSchedule ? t('appointments.schedule.close') : t('appointments.schedule.open')}
    </button>
  ) : null;

  if (editingSchedule)
    return (
      <div className="appointments-screen">
        <div className="appt-toolbar">{scheduleToggle}</div>
        <SchedulePanel />
      </div>
    );
  return (
    <div className="appointments-screen">
      <div className="appt-toolbar">
        <button type="button" onClick={() => setDate(addDays(date, -1))}>
          {t('appointments.previousDay')}
        </button>
        <label>
          {t('appointments.date')}
          <input id="appt-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        </label>
        <button type="button" onClick={() => setDate(addDays(date, 1))}>
          {t('appointments.nextDay')}
        </button>
        {scheduleToggle}
      </div>
      <HouseholdPicker
        picked={household}
        onPick={setHousehold}
        pickedText={(name) => t('appointments.for', { name })}
      />
      {notice ? <p role="status">{notice}</p> : null}
      <ErrorMessage error={error} />
      {moving ? (
        <p className="appt-moving">
          {t('appointments.moving', { name: entryName(moving), time: moving.time })}{' '}
          <button type="button" onClick={() => setMoving(null)}>
            {t('appointments.stopMoving')}
          </button>
        </p>
      ) : null}
      <div className="appt-columns">
        <section>
          <h2>{t('appointments.slots')}</h2>
          {slots?.closed ? <p>{t('appointments.closed')}</p> : null}
          {slots && !slots.closed && slots.slots.length === 0 ? <p>{t('appointments.noSlots')}</p> : null}
          <ul className="appt-slots">
            {(slots?.slots ?? []).map((slot) => (
              <li key={slot.startUtc}>
                <span className="appt-time">
                  {slot.localStart}–{slot.localEnd}
                </span>
                <span>{t('appointments.places', { taken: slot.taken, capacity: slot.capacity })}</span>
                <button
                  type="button"
                  disabled={!canBook || slot.remaining === 0}
                  onClick={() => void pick(slot.startUtc)}
                  aria-label={`${moving ? t('appointments.moveHere') : t('appointments.book')} ${slot.localStart}`}
                >
                  {moving ? t('appointments.moveHere') : t('appointments.book')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{t('appointments.dayList')}</h2>
          <DayList
            entries={entries}
            onMove={setMoving}
            onCancel={async (entry) =>
              done(
                await call('appointments:cancel', { appointmentId: entry.appointmentId }),
                t('appointments.cancelled'),
              )
            }
          />
        </section>
      </div>
    </div>
  );
}
