import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import type { Language } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/index';
import { actionText, detailPairs, entityText } from './auditText';

type Page = ChannelOutput<'audit:list-entries'>;
type Entry = Page['entries'][number];

const PAGE = 50;

/** "Label: value" lines; the details hold ids and codes only, so nothing here is personal. */
function Details({ lang, details }: { lang: Language; details: string | null }) {
  const { t } = useI18n();
  const pairs = detailPairs(lang, details);
  if (pairs.length === 0) return null;
  return (
    <ul className="audit-pairs">
      {pairs.map((p) => (
        <li key={p.key}>{t('audit.pair', { label: p.label, value: p.value })}</li>
      ))}
    </ul>
  );
}

/** Coordinators read who did what and when, filtered by user, action and day. */
export function AuditScreen() {
  const { t, lang } = useI18n();
  const [userId, setUserId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [options, setOptions] = useState<Pick<Page, 'actions' | 'users'>>({ actions: [], users: [] });
  const [more, setMore] = useState(false);
  const [timeZone, setTimeZone] = useState('Europe/Brussels');
  const [error, setError] = useState<CallError | null>(null);

  const load = useCallback(
    async (beforeId?: number) => {
      const result = await call('audit:list-entries', {
        limit: PAGE,
        ...(userId ? { userId: Number(userId) } : {}),
        ...(action ? { action } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(beforeId ? { beforeId } : {}),
      });
      if (!result.ok) return setError(result.error);
      setError(null);
      setOptions({ actions: result.value.actions, users: result.value.users });
      setTimeZone(result.value.timeZone);
      setEntries((old) => (beforeId ? [...old, ...result.value.entries] : result.value.entries));
      setMore(result.value.entries.length === PAGE);
    },
    [userId, action, from, to],
  );
  // First load only; later loads come from the filter button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: filters apply on submit
  useEffect(() => void load(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void load();
  };
  const when = (at: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-BE' : `${lang}-BE`, {
      dateStyle: 'short',
      timeStyle: 'medium',
      timeZone,
    }).format(new Date(at));

  return (
    <section aria-labelledby="audit-title" className="trust">
      <h2 id="audit-title">{t('trust.audit.title')}</h2>
      <form className="audit-filters" onSubmit={submit}>
        <label>
          {t('trust.audit.user')}
          <select className="input" value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">{t('trust.audit.all')}</option>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trust.audit.action')}
          <select className="input" value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('trust.audit.all')}</option>
            {[...options.actions]
              .sort((a, b) => actionText(lang, a).localeCompare(actionText(lang, b), lang))
              .map((a) => (
                <option key={a} value={a}>
                  {actionText(lang, a)}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('trust.audit.since')}
          <input className="input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('trust.audit.until')}
          <input className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" className="button button-primary">
          {t('trust.audit.filter')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {entries.length === 0 ? (
        <p className="muted">{t('trust.audit.none')}</p>
      ) : (
        <table className="table audit-table">
          <thead>
            <tr>
              <th>{t('trust.audit.when')}</th>
              <th>{t('trust.audit.user')}</th>
              <th>{t('trust.audit.action')}</th>
              <th>{t('trust.audit.entity')}</th>
              <th>{t('trust.audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{when(e.at)}</td>
                <td>{e.userName ?? t('trust.audit.system')}</td>
                <td>{actionText(lang, e.action)}</td>
                <td>{entityText(lang, e.entity, e.entityId)}</td>
                <td className="audit-details">
                  <Details lang={lang} details={e.details} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more && (
        <button type="button" className="button" onClick={() => void load(entries[entries.length - 1]?.id)}>
          {t('trust.audit.more')}
        </button>
      )}
    </section>
  );
}
