import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { CallError, Role } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import type { Language } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';
import { PinInput } from '../../components/PinInput';
import { useI18n } from '../../i18n/index';
import { RoleChecks } from './RoleChecks';
import { UserEditPanel } from './UserEditPanel';

type UserRow = ChannelOutput<'users:list-users'>[number];

/** Coordinators add volunteers, social workers and coordinators, and change or deactivate them. */
export function UsersScreen() {
  const { t } = useI18n();
  const [rows, setRows] = useState<UserRow[]>([]);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [badge, setBadge] = useState('');
  const [language, setLanguage] = useState<Language>('nl');
  const [roles, setRoles] = useState<Role[]>(['cashier']);
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const edited = rows.find((u) => u.id === editing);

  const load = useCallback(async () => {
    const result = await call('users:list-users', {});
    if (result.ok) setRows(result.value);
  }, []);
  useEffect(() => void load(), [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [first, ...rest] = roles;
    if (!first) return;
    const result = await call('users:create-user', {
      name,
      pin,
      language,
      roles: [first, ...rest],
      ...(badge ? { badge } : {}),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(name);
    setName('');
    setPin('');
    setBadge('');
    await load();
  };

  return (
    <div className="two-columns">
      <section aria-labelledby="users-list">
        <h2 id="users-list">{t('users.list')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th>{t('users.name')}</th>
              <th>{t('users.roles')}</th>
              <th>{t('users.language')}</th>
              <th>{t('users.status')}</th>
              <th>
                <span className="visually-hidden">{t('users.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className={u.active ? undefined : 'users-inactive'}>
                <td>
                  {u.name}
                  {u.lockedUntil ? ` (${t('users.locked')})` : ''}
                </td>
                <td>{u.roles.map((r) => t(`common.role.${r}`)).join(', ')}</td>
                <td>{t(`common.lang.${u.language}`)}</td>
                <td>{t(u.active ? 'users.active' : 'users.inactive')}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('users.edit-title', { name: u.name })}
                    aria-pressed={editing === u.id}
                    onClick={() => setEditing(u.id)}
                  >
                    {t('users.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {edited ? (
        <UserEditPanel key={edited.id} user={edited} onChanged={load} onClose={() => setEditing(null)} />
      ) : (
        <section aria-labelledby="users-add">
          <h2 id="users-add">{t('users.add')}</h2>
          <form className="form" onSubmit={submit}>
            <label htmlFor="user-name">{t('users.name')}</label>
            <input
              id="user-name"
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={80}
            />
            <RoleChecks roles={roles} onChange={setRoles} />
            <label htmlFor="user-pin">{t('users.pin')}</label>
            <PinInput id="user-pin" masked={false} value={pin} onChange={setPin} minLength={4} required />
            <label htmlFor="user-badge">{t('users.badge')}</label>
            <input
              id="user-badge"
              className="input"
              value={badge}
              onChange={(e) => setBadge(e.target.value)}
              maxLength={64}
            />
            <label htmlFor="user-lang">{t('users.language')}</label>
            <LanguageSelect id="user-lang" value={language} onChange={setLanguage} />
            <ErrorMessage error={error} />
            {done && (
              <p className="message message-ok" role="status">
                {t('users.created', { name: done })}
              </p>
            )}
            <button type="submit" className="button button-primary" disabled={roles.length === 0}>
              {t('common.save')}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
