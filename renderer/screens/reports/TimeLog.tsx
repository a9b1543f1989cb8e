import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { volunteerActivities } from '../../../main/contract/reports';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';

type Activity = (typeof volunteerActivities)[number];

/** Hours of volunteers who do not work at the till (warehouse, transport…), logged by a coordinator. */
export function TimeLog({ month, onLogged }: { month: string; onLogged: () => void }) {
  const { t } = useI18n();
  const [data, setData] = useState<ChannelOutput<'reports:list-time'> | null>(null);
  const [userId, setUserId] = useState(0);
  const [workDate, setWorkDate] = useState(`${month}-01`);
  const [hours, setHours] = useState('');
  const [activity, setActivity] = useState<Activity>('warehouse');
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState(false);

  const load = useCallback(async () => {
    const result = await call('reports:list-time', { month });
    if (result.ok) setData(result.value);
  }, [month]);
  useEffect(() => void load(), [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minutes = Math.round(Number(hours.replace(',', '.')) * 60);
    const result = await call('reports:log-time', { userId, workDate, minutes, activity });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(true);
    setHours('');
    await load();
    onLogged();
  };

  return (
    <section className="report-timelog" aria-labelledby="report-timelog">
      <h3 id="report-timelog">{t('reports.timeLog')}</h3>
      <form onSubmit={submit} className="report-timelog-form">
        <label>
          {t('reports.volunteer')}
          <select value={userId} onChange={(e) => setUserId(Number(e.target.value))} required>
            <option value={0} disabled>
              —
            </option>
            {data?.volunteers.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.date')}
          <input type="date" value={workDate} onChange={(e) => setWorkDate(e.target.value)} required />
        </label>
        <label>
          {t('reports.hours')}
          <input inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} required size={5} />
        </label>
        <label>
          {t('reports.activity')}
          <select
            value={activity}
            onChange={(e) => setActivity(volunteerActivities.find((a) => a === e.target.value) ?? 'other')}
          >
            {volunteerActivities.map((a) => (
              <option key={a} value={a}>
                {t(`reports.activity.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary">
          {t('reports.logHours')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {done && <p role="status">{t('reports.logged')}</p>}
      {data && data.entries.length === 0 && <p>{t('reports.noEntries')}</p>}
      {data && data.entries.length > 0 && (
        <table className="table">
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.id}>
                <td>{e.workDate}</td>
                <td>{e.name}</td>
                <td>{t(`reports.activity.${volunteerActivities.find((a) => a === e.activity) ?? 'other'}`)}</td>
                <td className="num">{(e.minutes / 60).toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
