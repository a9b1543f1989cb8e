import { useCallback, useEffect, useState } from 'react';
import type { CallError, FieldError } from '../../../main/contract/define';
import { type BackupFolderProblem, type BackupStatus, backupFolderProblems } from '../../../main/contract/trust';
import { call, onEvent } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { dateTimeText } from '../../dates';
import { useI18n } from '../../i18n/index';
import { useSession } from '../../session';
import { BackupForm, type BackupFormValues } from './BackupForm';
import { IntegrityPanel } from './IntegrityPanel';

/** Where backups go, how often, encrypted or not; back up now with progress; recent backups. */
export function BackupPanel() {
  const { t, lang } = useI18n();
  const { timeZone } = useSession();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [values, setValues] = useState<BackupFormValues>({
    folder: '',
    hours: '24',
    passphrase: '',
    removePassphrase: false,
  });
  const [fields, setFields] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await call('backup:get-status', {});
    if (!result.ok) return setError(result.error);
    setStatus(result.value);
    setValues((v) => ({ ...v, folder: result.value.folder ?? '', hours: String(result.value.intervalHours) }));
  }, []);
  useEffect(() => void load(), [load]);
  useEffect(() => onEvent('backup:progress', (p) => setProgress(p.running ? p.progress : null)), []);
  // A scheduled backup that ran (or failed) while this screen is open: its line and any folder
  // problem appear without touching what is being typed in the form.
  useEffect(
    () =>
      onEvent('backup:result', () => {
        void call('backup:get-status', {}).then((r) => r.ok && setStatus(r.value));
      }),
    [],
  );

  const save = async () => {
    // A new attempt: the last one's "saved" must not stand next to this one's refusal.
    setDone(null);
    setError(null);
    setSaving(true);
    const result = await call('backup:set-config', {
      folder: values.folder,
      intervalHours: values.hours.trim() === '' ? Number.NaN : Number(values.hours),
      ...(values.removePassphrase ? { passphrase: null } : values.passphrase ? { passphrase: values.passphrase } : {}),
    });
    setSaving(false);
    if (!result.ok) {
      setFields(result.error.fields ?? []);
      return setError(result.error.fields?.length ? null : result.error);
    }
    setFields([]);
    setValues((v) => ({ ...v, passphrase: '', removePassphrase: false }));
    setDone(t('trust.backup.saved'));
    await load();
  };
  const runNow = async () => {
    setDone(null);
    setProgress(0);
    const result = await call('backup:run-now', {});
    setProgress(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(result.value.ok ? t('trust.backup.done') : null);
    await load();
  };

  // The till's own reasons in words; anything else (a disk error) as the system said it.
  const failureText = (detail: string | null): string =>
    detail && (backupFolderProblems as readonly string[]).includes(detail)
      ? t(`trust.backup.detail.${detail as BackupFolderProblem}`)
      : (detail ?? '');

  return (
    <section aria-labelledby="backup-title" className="trust-card">
      <h2 id="backup-title">{t('trust.backup.title')}</h2>
      {status && !status.folder && <p className="message message-warn">{t('trust.backup.noFolder')}</p>}
      {status?.folder && status.folderProblem && (
        <p className="message message-error" role="alert">
          {t(`trust.backup.problem.${status.folderProblem}`, { folder: status.folder })}
        </p>
      )}
      {status?.folder && (
        <p className={`message ${status.encrypted ? 'message-ok' : 'message-info'}`}>
          {t(status.encrypted ? 'trust.backup.encrypted' : 'trust.backup.notEncrypted')}
        </p>
      )}
      <BackupForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save()}
        fields={fields}
        encrypted={status?.encrypted ?? false}
        busy={saving}
      />
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
                  : `${t('trust.backup.failed')}: ${failureText(r.detail)}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {status && <IntegrityPanel initial={status.integrity} />}
    </section>
  );
}
