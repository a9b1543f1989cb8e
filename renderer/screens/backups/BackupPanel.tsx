import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { CallError } from '../../../main/contract/define';
import type { BackupStatus } from '../../../main/contract/trust';
import { call, onEvent } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { dateTimeText } from '../../dates';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { IntegrityPanel } from './IntegrityPanel';

/** Where backups go, how often, encrypted or not; back up now with progress; recent backups. */
export function BackupPanel() {
  const { t, lang } = useI18n();
  const { timeZone } = useSession();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [hours, setHours] = useState(24);
  const [passphrase, setPassphrase] = useState('');
  const [removePassphrase, setRemovePassphrase] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await call('backup:get-status', {});
    if (!result.ok) return setError(result.error);
    setStatus(result.value);
    setFolder(result.value.folder ?? '');
    setHours(result.value.intervalHours);
  }, []);
  useEffect(() => void load(), [load]);
  useEffect(() => onEvent('backup:progress', (p) => setProgress(p.running ? p.progress : null)), []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('backup:set-config', {
      folder,
      intervalHours: hours,
      ...(removePassphrase ? { passphrase: null } : passphrase ? { passphrase } : {}),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setPassphrase('');
    setRemovePassphrase(false);
    setDone(t('trust.backup.saved'));
    await load();
  };
  const runNow = async () => {
    setProgress(0);
    const result = await call('backup:run-now', {});
    setProgress(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(result.value.ok ? t('trust.backup.done') : null);
    await load();
  };

  return (
    <section aria-labelledby="backup-title" className="trust-card">
      <h2 id="backup-title">{t('trust.backup.title')}</h2>
      {status && !status.folder && <p className="message message-warn">{t('trust.backup.noFolder')}</p>}
      {status?.folder && (
        <p className={`message ${status.encrypted ? 'message-ok' : 'message-info'}`}>
          {t(status.encrypted ? 'trust.backup.encrypted' : 'trust.backup.notEncrypted')}
        </p>
      )}
      <form className="form" onSubmit={save}>
        <label htmlFor="backup-folder">{t('trust.backup.folder')}</label>
        <input
          id="backup-folder"
          className="input"
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
          required
        />
        <label htmlFor="backup-hours">{t('trust.backup.interval')}</label>
        <input
          id="backup-hours"
          className="input"
          type="number"
          min={1}
          max={168}
          value={hours}
          onChange={(e) => setHours(Number(e.target.value))}
        />
        <label htmlFor="backup-pass">{t('trust.backup.passphrase')}</label>
        <input
          id="backup-pass"
          className="input"
          type="password"
          autoComplete="new-password"
          minLength={12}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {status?.encrypted && (
          <label className="check">
            <input type="checkbox" checked={removePassphrase} onChange={(e) => setRemovePassphrase(e.target.checked)} />
            {t('trust.backup.removePassphrase')}
          </label>
        )}
        <button type="submit" className="button">
          {t('common.save')}
        </button>
      </form>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!status?.folder || progress !== null}
          onClick={() => void runNow()}
        >
          {progress === null
            ? t('trust.backup.runNow')
            : t('trust.backup.running', { percent: Math.round(progress * 100) })}
        </button>
      </div>
      {progress !== null && <progress className="trust-progress" max={1} value={progress} />}
      <ErrorMessage error={error} />
      {done && (
        <p className="message message-ok" role="status">
          {done}
        </p>
      )}
      {status?.nextDueAt && (
        <p className="muted">{t('trust.backup.next', { at: dateTimeText(status.nextDueAt, lang, timeZone) })}</p>
      )}
      {status && status.recent.length > 0 && (
        <>
          <h3>{t('trust.backup.recent')}</h3>
          <ul className="trust-list">
            {status.recent.map((r) => (
              <li key={`${r.at}-${r.file}`} className={r.ok ? '' : 'trust-failed'}>
                {dateTimeText(r.at, lang, timeZone)} · {t(`trust.backup.kind.${r.kind}`)} ·{' '}
                {r.ok
                  ? `${Math.round(r.bytes / 1024)} kB, ${t('trust.backup.ok')}`
                  : `${t('trust.backup.failed')}: ${r.detail ?? ''}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {status && <IntegrityPanel initial={status.integrity} />}
    </section>
  );
}
