import { type FormEvent, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { Language } from '../../../main/contract/money';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PinInput } from '../../components/PinInput';
import { useI18n } from '../../i18n/index';

/** First run: create the first coordinator, then sign in as them. */
export function FirstRunScreen({ onCreated }: { onCreated: (userId: number, pin: string) => void }) {
  const { t, lang } = useI18n();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const [mismatch, setMismatch] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pin !== pin2) return setMismatch(true);
    setMismatch(false);
    const result = await call('setup:create-coordinator', { name, pin, language: lang as Language });
    if (result.ok) onCreated(result.value.userId, pin);
    else setError(result.error);
  };

  return (
    <section className="login" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('auth.firstRunTitle')}</h1>
      <p>{t('auth.firstRunText')}</p>
      <form onSubmit={submit} className="form">
        <label htmlFor="setup-name">{t('auth.name')}</label>
        <input
          id="setup-name"
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={80}
        />
        <label htmlFor="setup-pin">{t('auth.pin')}</label>
        <PinInput id="setup-pin" value={pin} onChange={setPin} minLength={4} required />
        <label htmlFor="setup-pin2">{t('auth.pinRepeat')}</label>
        <PinInput id="setup-pin2" value={pin2} onChange={setPin2} minLength={4} required />
        {mismatch && (
          <p className="message message-error" role="alert">
            {t('auth.pinsDiffer')}
          </p>
        )}
        <ErrorMessage error={error} />
        <button type="submit" className="button button-primary">
          {t('auth.create')}
        </button>
      </form>
    </section>
  );
}
