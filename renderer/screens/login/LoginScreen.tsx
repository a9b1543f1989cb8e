import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { ChannelOutput } from '../../../main/contract/index';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PinInput } from '../../components/PinInput';
import { PinPad } from '../../components/PinPad';
import { useI18n } from '../../i18n/index';

type Login = ChannelOutput<'auth:login'>;
type Who = { userId: number; name: string } | { badge: string; name: string };

/** Choose your name (or scan your badge), then type your PIN. */
export function LoginScreen({
  onSignedIn,
  lockedUser,
}: {
  onSignedIn: (login: Login) => void;
  lockedUser?: { id: number; name: string };
}) {
  const { t } = useI18n();
  const [users, setUsers] = useState<{ id: number; name: string }[] | null>(null);
  const [who, setWho] = useState<Who | null>(lockedUser ? { userId: lockedUser.id, name: lockedUser.name } : null);
  const [pin, setPin] = useState('');
  const [badge, setBadge] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void call('auth:list-users', {}).then((r) => setUsers(r.ok ? r.value : []));
  }, []);
  useEffect(() => {
    if (who) pinRef.current?.focus();
  }, [who]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!who || busy || pin.length < 4) return;
    setBusy(true);
    const result = await call('auth:login', 'userId' in who ? { userId: who.userId, pin } : { badge: who.badge, pin });
    setBusy(false);
    setPin('');
    if (result.ok) onSignedIn(result.value);
    else setError(result.error);
  };

  if (!who) {
    return (
      <section className="login" aria-labelledby="login-title">
        <h1 id="login-title">{t('auth.title')}</h1>
        <h2>{t('auth.chooseName')}</h2>
        {users === null && <p className="muted">{t('common.loading')}</p>}
        {users?.length === 0 && <p className="muted">{t('auth.noUsers')}</p>}
        <div className="name-grid">
          {users?.map((u) => (
            <button
              key={u.id}
              type="button"
              className="name-button"
              onClick={() => {
                setWho({ userId: u.id, name: u.name });
                setError(null);
              }}
            >
              {u.name}
            </button>
          ))}
        </div>
        <form
          className="badge-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (badge.trim().length >= 4) setWho({ badge: badge.trim(), name: t('auth.badgeHint') });
            setBadge('');
          }}
        >
          <label htmlFor="badge">{t('auth.badgeHint')}</label>
          <input
            id="badge"
            className="input"
            value={badge}
            onChange={(e) => setBadge(e.target.value)}
            autoComplete="off"
          />
        </form>
      </section>
    );
  }

  return (
    <section className="login" aria-labelledby="pin-title">
      {lockedUser && <p className="message message-info">{t('auth.locked')}</p>}
      <h1 id="pin-title">{who.name}</h1>
      <form onSubmit={submit} className="pin-form">
        <label htmlFor="pin">{t('auth.pin')}</label>
        <PinInput
          id="pin"
          ref={pinRef}
          className="input input-pin"
          value={pin}
          onChange={setPin}
          aria-describedby="pin-help"
        />
        <p id="pin-help" className="muted">
          {t('auth.pinHelp')}
        </p>
        <PinPad
          value={pin}
          onChange={(next) => {
            setPin(next);
            pinRef.current?.focus();
          }}
        />
        <ErrorMessage error={error} />
        <div className="actions">
          {!lockedUser && (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                setWho(null);
                setPin('');
                setError(null);
              }}
            >
              {t('common.back')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={busy || pin.length < 4}>
            {t('auth.signIn')}
          </button>
        </div>
      </form>
    </section>
  );
}
